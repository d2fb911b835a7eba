import { FOREIGN_LEGAL_FORMS } from './lexicon';
import { EntityKind } from './types';

/**
 * Identity of named mentions: `kind:slug`, with the slug made from a normalized name so that
 * the surface variants of one thing (inflection, designators, legal forms) meet on one id.
 */

const UMLAUTS: Record<string, string> = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue' };
const SPECIAL_LETTERS: Record<string, string> = { 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'œ': 'oe' };
const NON_ASCII = /[^\u0000-\u007f]/;

/** 'Düsseldorf' → 'Duesseldorf', the German way of writing umlauts without them; ß stays. */
export function transliterateUmlauts(text: string): string {
	return text.replace(/[äöüÄÖÜ]/g, c => UMLAUTS[c]);
}

/** 'Düsseldorf' → 'Dusseldorf', 'Ørsted' → 'Orsted', 'Straße' → 'Strasse': diacritics dropped, special letters spelt out. */
export function foldDiacritics(text: string): string {
	if (!NON_ASCII.test(text)) {
		return text;
	}
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßøØæÆłŁđĐıœ]/g, c => SPECIAL_LETTERS[c]).normalize('NFC');
}

/**
 * Lowercase ASCII slug, runs of other characters → '-'. Umlauts are transliterated ('ue'), as German
 * spells names without them, or folded ('u') for the knowledge base's ids, made from English names.
 */
export function slugify(text: string, umlauts: 'transliterate' | 'fold' = 'transliterate'): string {
	return foldDiacritics(umlauts === 'transliterate' ? transliterateUmlauts(text) : text)
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function makeId(kind: EntityKind, name: string): string {
	return `${kind}:${slugify(name)}`;
}

/** Legal forms name the same company with or without them ("Siemens AG" = "Siemens"); "Group" is part of a name. */
const LEGAL_FORM = new RegExp(String.raw`(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.,?\s*Limited|Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|LLC|L\.L\.C\.|GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|e\.\s?V\.|SA|plc|PLC|Pte\.?\s*Ltd\.?|${FOREIGN_LEGAL_FORMS.source}))+\.?$`);

export function stripLegalForm(name: string): string {
	const stripped = name.replace(LEGAL_FORM, '');
	return stripped.length > 0 ? stripped : name;
}

const DISTRICT_DESIGNATOR_PREFIX = /^(?:\p{Lu}\p{Ll}*bezirks?|Bezirks?|Distrikts?|Stadtteils?|Ortsteils?|Großgemeinde|Neue[sn]? Gebiet(?:e?s)?|Landkreis(?:es)?|Kreis(?:es)?)\s+/u;
/** A "New Town" is named whole: "Suzhou High-speed Railway New Town" is no town "Suzhou High-speed Railway New". */
const DISTRICT_DESIGNATOR_SUFFIX = /(?<![Nn]ew)\s+(?:[Dd]istrict|[Nn]ew [Aa]rea|[Nn]ew [Dd]istrict|[Bb]orough|[Cc]ounty|[Ss]ubdistrict|[Ss]ub-district|Town(?:ship)?)$/;

/** "Luohu District", "Bezirk Luohu", "Bezirks Luohu" and "Luohu" are one district. */
export function districtBaseName(name: string): string {
	return name.replace(DISTRICT_DESIGNATOR_PREFIX, '').replace(DISTRICT_DESIGNATOR_SUFFIX, '');
}

const PLACE_DESIGNATOR_PREFIX = /^(?:Provinz|Bundesland(?:es)?|Bundesstaat(?:es)?|Region|Stadt)\s+/;
const PLACE_DESIGNATOR_SUFFIX = /\s+(?:Province|Prefecture|Municipality|Autonomous Region|Special Administrative Region)$/;

export function placeBaseName(name: string): string {
	return name.replace(PLACE_DESIGNATOR_PREFIX, '').replace(PLACE_DESIGNATOR_SUFFIX, '');
}

/**
 * German inflection of translated names: adjective endings and the genitive -s/-es of the head noun
 * ("des britisch-chinesischen Wirtschaftsentwicklungszentrums" = "das britisch-chinesische Wirtschaftsentwicklungszentrum").
 */
export function uninflectGerman(name: string): string {
	return name
		.split(/(\s+)/)
		.map(word => word
			.replace(/isch(?:e|en|er|es|em)\b/g, 'isch')
			.replace(/(zentrum|institut|amt|konsulat|verband|verein|ministerium|werk|bezirk|rat|komitee|ausschuss)(?:e?s)$/, '$1'))
		.join('');
}
