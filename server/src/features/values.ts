import type { Approximation, Entity } from '../language/types';

/**
 * Dates and figures in plain words, as the hover, the outline and workspace symbols show them:
 * `2025-05-15, Thursday`, `over 7,000`, `98,400,000,000 USD`, `94 %`, `4 decades`.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century']);
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** The weekday of a full ISO date (`2025-05-15` → Thursday), or of an unanchored weekday (`XXXX-WXX-6` → Saturday). */
export function weekdayOf(isoDate: string): string | undefined {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (full) {
    const date = new Date(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
    return Number.isNaN(date.getTime()) ? undefined : WEEKDAYS[date.getUTCDay()];
  }
  const weekday = /^XXXX-WXX-([1-7])$/.exec(isoDate);
  return weekday ? WEEKDAYS[Number(weekday[1]) % 7] : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-05-15, Thursday`; `2025-05, May 2025`; `2023`; `Saturday (no date fixed)`. */
export function describeDate(value: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  const monthName = month && MONTHS[Number(month[2]) - 1];
  if (monthName) return `${value}, ${monthName} ${month[1]}`;
  const weekday = weekdayOf(value);
  if (!weekday) return value;
  return value.startsWith('XXXX') ? `${weekday} (no date fixed)` : `${value}, ${weekday}`;
}

/** `98,400,000,000 USD`, `94 %`, `7,000`, `4 decades`, with the approximation word in front when given. */
export function describeFigure(value: number, unit: string | undefined, approx?: Approximation): string {
  const amount = `${numberFormat.format(value)}${unitSuffix(value, unit)}`;
  return approx ? `${approx} ${amount}` : amount;
}

function unitSuffix(value: number, unit: string | undefined): string {
  if (!unit || unit === 'count') return '';
  if (TIME_UNITS.has(unit) && value !== 1) return unit === 'century' ? ' centuries' : ` ${unit}s`;
  return ` ${unit}`;
}

/** The value of a date or figure mention in plain words, without approximation: what groups its mentions. */
export function valueName(entity: Entity): string | undefined {
  if (entity.kind === 'date' && typeof entity.value === 'string') return entity.value;
  if (entity.kind === 'figure' && typeof entity.value === 'number') return describeFigure(entity.value, entity.unit);
  return undefined;
}
