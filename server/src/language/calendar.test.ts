import * as assert from 'assert';
import {
  daysInMonth, isValidDay, isoValue, isoWeek, monthBeside, monthNumber, parseAnchor, shiftDays, shiftMonths, weekdayBeside, weekdayNumber,
  weekdayOnOrBefore,
} from './calendar';

describe('calendar', () => {
  it('knows month names and abbreviations in both languages', () => {
    assert.strictEqual(monthNumber('Sept.'), 9);
    assert.strictEqual(monthNumber('März'), 3);
    assert.strictEqual(monthNumber('Jänner'), 1);
    assert.strictEqual(monthNumber('DEZ'), 12);
    assert.strictEqual(monthNumber('Montag'), undefined);
    assert.strictEqual(monthNumber('SEPTEMBER.'), 9);
    assert.strictEqual(monthNumber('Septembers'), undefined);
  });

  it('numbers weekdays the ISO way, Monday 1 to Sunday 7', () => {
    assert.strictEqual(weekdayNumber('Monday'), 1);
    assert.strictEqual(weekdayNumber('Sonnabend'), 6);
    assert.strictEqual(weekdayNumber('sonntag'), 7);
    assert.strictEqual(weekdayNumber('DONNERSTAG'), 4);
    assert.strictEqual(weekdayNumber('Donnerstage'), undefined);
  });

  it('parses anchors of any precision', () => {
    assert.deepStrictEqual(parseAnchor('2025-05-15'), { year: 2025, month: 5, day: 15 });
    assert.deepStrictEqual(parseAnchor('2025-05'), { year: 2025, month: 5, day: undefined });
    assert.deepStrictEqual(parseAnchor(null), {});
  });

  it('validates days, leap years included', () => {
    assert.strictEqual(daysInMonth(2024, 2), 29);
    assert.strictEqual(daysInMonth(1900, 2), 28);
    assert.strictEqual(isValidDay(undefined, 2, 29), true);
    assert.strictEqual(isValidDay(2023, 4, 31), false);
  });

  it('writes ISO values with XXXX for an unknown year', () => {
    assert.strictEqual(isoValue(2024, 3, 5), '2024-03-05');
    assert.strictEqual(isoValue(undefined, 11), 'XXXX-11');
  });

  it('shifts days and months across year ends', () => {
    assert.strictEqual(shiftDays({ year: 2024, month: 3, day: 1 }, -1), '2024-02-29');
    assert.strictEqual(shiftMonths({ year: 2024, month: 1 }, -1), '2023-12');
    assert.strictEqual(shiftDays({ year: 2024, month: 3 }, 1), undefined);
  });

  it('finds the closest weekday on or before a date', () => {
    // 2024-09-15 is a Sunday.
    assert.strictEqual(weekdayOnOrBefore({ year: 2024, month: 9, day: 15 }, 4), '2024-09-12');
    assert.strictEqual(weekdayOnOrBefore({ year: 2024, month: 9, day: 15 }, 7), '2024-09-15');
    assert.strictEqual(weekdayOnOrBefore({ year: 2024, month: 9 }, 1), undefined);
  });

  it('computes ISO weeks, including weeks that belong to the neighbouring year', () => {
    assert.strictEqual(isoWeek({ year: 2024, month: 9, day: 15 }), '2024-W37');
    assert.strictEqual(isoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.strictEqual(isoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
    assert.strictEqual(isoWeek({ year: 2024, month: 12, day: 30 }, -1), '2024-W52');
  });

  it('finds the closest weekday or month strictly before or after the anchor', () => {
    const thursday = { year: 2025, month: 3, day: 20 };
    assert.strictEqual(weekdayBeside(thursday, 4, -1), '2025-03-13');
    assert.strictEqual(weekdayBeside(thursday, 4, 1), '2025-03-27');
    assert.strictEqual(weekdayBeside(thursday, 1, -1), '2025-03-17');
    assert.strictEqual(weekdayBeside({ year: 2025, month: 3 }, 1, -1), undefined);
    assert.strictEqual(monthBeside(thursday, 3, -1), '2024-03');
    assert.strictEqual(monthBeside(thursday, 12, 1), '2025-12');
    assert.strictEqual(monthBeside({ year: 2025 }, 12, 1), undefined);
  });
});
