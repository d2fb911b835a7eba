import { Candidate, Priority } from './candidates';
import { EntityKind } from './types';

/**
 * Acronyms defined in parentheses after a name: "Oeiras Valley Investment Agency (OVIA)".
 * The acronym is a mention of the same entity, and so is every later bare use of it in the document.
 * Only the long form decides: "(AI)" after "artificial intelligence" defines nothing.
 */

const DEFINED_ACRONYM = /^ ?\((\p{Lu}[\p{Lu}\p{N}&-]{1,9}s?)\)/u;
/** Short names with inner capitals stand in brackets as acronyms do: "Niedersachsen Global GmbH (NGlobal)". */
const INTERCAP_SHORT_NAME = /^ ?\((?=\p{Lu}[\p{L}\p{N}]*\p{Lu})(?=\p{Lu}[\p{L}\p{N}]*\p{Ll})(\p{Lu}[\p{L}\p{N}]{1,14})\)/u;
/**
 * An acronym put before the name with a dash, as a letterhead or a heading does: "WFMG – Wirtschaftsförderung Mönchengladbach GmbH".
 * Read from the start of its line or bracket: in running text the word before a dash is anything ("07:00 CET – Kanaalpay N.V.").
 */
const ACRONYM_BEFORE_DASH = /^[ \t]*(\p{Lu}[\p{Lu}\p{N}&]{1,7}) [–—-] $/u;
/** Lowercase acronyms ("vbw") count only when they spell the initials of the capitalized words before them. */
const LOWERCASE_ACRONYM = /^ ?\((\p{Ll}{2,6})\)/u;

/** An uppercase letter that no letter precedes: the initial of a capitalized word. */
const INITIAL = /(?<![\p{L}])\p{Lu}/gu;

/** The lowercase initials of a name's capitalized words: "hipa" for "Hungarian Investment Promotion Agency". */
export function initials(name: string): string {
	// Names are nearly all Latin-1, whose letters a character loop tells apart faster than the regex finds them.
	let found = '';
	let afterLetter = false;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code > 0xff) {
			// Beyond Latin-1 come other scripts, combining marks and surrogate pairs: the regex knows them.
			return (name.match(INITIAL) ?? []).join('').toLowerCase();
		}
		// Latin-1 uppercase letters are A-Z and À-Þ but ×; its other letters a-z, ª, µ, º and ß-ÿ but ÷.
		const upper = (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
		if (upper && !afterLetter) {
			found += name[i];
		}
		afterLetter = upper || (code >= 0x61 && code <= 0x7a) || code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xdf && code !== 0xf7);
	}
	return found.toLowerCase();
}

/** Characters from a line's start to a name that an acronym and a dash before it take at most. */
const ACRONYM_BEFORE_DASH_REACH = 14;

/** The acronym written with a dash before the name at `nameStart`, at the start of its line or bracket. */
function acronymBeforeDash(text: string, nameStart: number): { start: number; acronym: string } | undefined {
	// One character more than the reach, so that a line break right before it is seen.
	const from = Math.max(0, nameStart - ACRONYM_BEFORE_DASH_REACH - 1);
	const lead = text.slice(from, nameStart);
	const opener = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('('));
	if (opener < 0 && from > 0) {
		return undefined;
	}
	const match = ACRONYM_BEFORE_DASH.exec(lead.slice(opener + 1));
	return match ? { start: from + opener + 1 + match[0].indexOf(match[1]), acronym: match[1] } : undefined;
}

export interface AcronymDefinition { acronym: string; kind: EntityKind; id: string }

/**
 * Acronym candidates right after accepted organization or district mentions, with their definitions.
 * When the knowledge base knows the acronym as an organization, its id wins for both forms.
 */
export function definedAcronyms(text: string, mentions: readonly Candidate[], to: number, knownId: (acronym: string) => string | undefined = () => undefined): { candidates: Candidate[]; definitions: AcronymDefinition[] } {
	const candidates: Candidate[] = [];
	const definitions: AcronymDefinition[] = [];
	for (const mention of mentions) {
		if ((mention.kind !== 'organization' && mention.kind !== 'district') || !mention.id) {
			continue;
		}
		const before = mention.kind === 'organization' && mention.start >= 4 && text.charCodeAt(mention.start - 1) === 0x20
			? acronymBeforeDash(text, mention.start) : undefined;
		if (before !== undefined) {
			candidates.push({ start: before.start, end: before.start + before.acronym.length, kind: mention.kind, id: mention.id, priority: Priority.Pattern });
			definitions.push({ acronym: before.acronym, kind: mention.kind, id: mention.id });
		}
		const next = text.charCodeAt(mention.end);
		if (next !== 0x28 && (next !== 0x20 || text.charCodeAt(mention.end + 1) !== 0x28)) {
			// Both patterns start with " (" or "(".
			continue;
		}
		const after = text.slice(mention.end, Math.min(to, mention.end + 16));
		let match = DEFINED_ACRONYM.exec(after) ?? (mention.kind === 'organization' ? INTERCAP_SHORT_NAME.exec(after) : null);
		if (!match) {
			const lowercase = LOWERCASE_ACRONYM.exec(after);
			match = lowercase && lowercase[1] === initials(text.slice(mention.start, mention.end)) ? lowercase : null;
		}
		if (!match) {
			continue;
		}
		const start = mention.end + match[0].indexOf(match[1]);
		const known = mention.kind === 'organization' ? knownId(match[1]) : undefined;
		if (known) {
			mention.id = known;
		}
		candidates.push({ start, end: start + match[1].length, kind: mention.kind, id: mention.id, priority: Priority.Pattern });
		definitions.push({ acronym: match[1], kind: mention.kind, id: mention.id });
	}
	return { candidates, definitions };
}
