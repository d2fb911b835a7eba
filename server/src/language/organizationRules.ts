import { Candidate, Priority } from './candidates';
import {
	CATEGORY_NOUNS, COMPANY_APPOSITIVE_HEADS, DIVISION_HEADS, FOREIGN_LEGAL_FORMS, GENERIC_NAME_PARTS, germanOrganizationSuffix, isLeadingStopword, LIST_MARKERS,
	ENGLISH_NATIONALITIES, NATIONALITY_STEMS, ORGANIZATION_NOUNS, ORGANIZATION_ROLES, ROLE_JOINERS, STATE_BODY_WORDS, Word,
} from './lexicon';
import { Head, TokenRange, extendInPlace, extendLegalForm, headOf, nameSequences, organizationCandidate, paragraphWords, punctuationBetween } from './nameSequences';
import { NameMatch } from './knowledgeBase';
import { ParagraphContext } from './paragraphContext';
import { partitionPoint } from './sortedSearch';
import { looksLikePersonName, personCandidate } from './personRules';
import { Shape, Token, TokenWords, isNameToken, joinedInName, onlySpacesBetween } from './tokenizer';

/**
 * Organizations found by the context around them rather than by a designator at their end:
 * German bodies with genitive or "für" complements, translated names after a nationality adjective,
 * news-wire markers, credit lines, appositives, "CEO of X" and company enumerations.
 */
export function organizationsInContext(context: ParagraphContext, sequences: readonly TokenRange[] = nameSequences(context)): Candidate[] {
	const candidates: Candidate[] = [];
	if (context.language === 'de' && paragraphWords(context).union & Word.GermanOrganizationHead) {
		germanBodies(context, candidates);
		nationalityBodies(context, candidates);
	}
	wireServices(context, candidates);
	companyUnits(context, candidates);
	foreignLegalForms(context, candidates);
	seatedSubsidiaries(context, candidates);
	registeredAssociations(context, candidates);
	creditLines(context, candidates);
	appositives(context, candidates);
	if (context.language === 'en') {
		descriptorNames(context, candidates);
		possessiveOfficers(context, candidates);
	} else {
		germanDescriptorNames(context, candidates);
		stateGovernments(context, candidates);
	}
	cityGovernments(context, candidates);
	rolesOf(context, sequences, candidates);
	enumerations(context, sequences, candidates);
	aboutHeadings(context, candidates);
	agencyBrands(context, candidates);
	compoundBodies(context, candidates);
	return candidates;
}

/** Heads that a German compound ends in when its first part names a university or an institute ("Jilin-Universität"). */
const COMPOUND_INSTITUTION_HEADS = /-(?:Universität|Hochschule|Akademie|Institut|Klinikum)$/;

/**
 * "Jilin-Universität", "Fudan-Universität": a name joined to an institution's head is the institution, and
 * "FAW-Volkswagen", "SAIC-Volkswagen": two companies joined are their joint venture.
 */
function compoundBodies(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const token = tokens[i];
		if (!(token.shape & Shape.Joined) || !(token.shape & Shape.Capitalized)) {
			continue;
		}
		const first = context.nameAt(token.start);
		const jointVenture = first?.entry.kind === 'organization' && text.charCodeAt(first.end) === 0x2d
			&& context.nameAt(first.end + 1)?.entry.kind === 'organization' && context.nameAt(first.end + 1)!.end === token.end;
		if (jointVenture || (context.language === 'de' && COMPOUND_INSTITUTION_HEADS.test(token.text) && !(first && first.end === token.end))) {
			candidates.push(organizationCandidate(token.start, token.end, Priority.Pattern));
		}
	}
}

/**
 * Investment and trade agencies named after their place with a brand word: "Business Finland",
 * "Business Upper Austria", "Invest in Bavaria", "Hamburg Invest". A place alone is no such name, so
 * the brand word is what makes the organization.
 */
const AGENCY_BRAND_WORDS = new TokenWords(new Set(['Business', 'Invest']));

function agencyBrands(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const brand = tokens[i];
		if (!AGENCY_BRAND_WORDS.includes(brand)) {
			continue;
		}
		const invest = brand.text === 'Invest';
		let next = i + 1;
		if (invest && tokens[next]?.text === 'in' && tokens[next].start === brand.end + 1) {
			next++;
		}
		const after = tokens[next];
		const placeAfter = after !== undefined && after.start === tokens[next - 1].end + 1 ? context.nameAt(after.start) : undefined;
		if (placeAfter?.entry.kind === 'place') {
			candidates.push(organizationCandidate(brand.start, placeAfter.end, Priority.Context));
			continue;
		}
		const before = tokens[i - 1];
		if (invest && before !== undefined && before.end + 1 === brand.start && text.charCodeAt(before.end) === 0x20) {
			const placeBefore = context.names[partitionPoint(context.names, name => name.end >= before.end)];
			if (placeBefore !== undefined && placeBefore.end === before.end && placeBefore.entry.kind === 'place') {
				candidates.push(organizationCandidate(placeBefore.start, brand.end, Priority.Context));
			}
		}
	}
}

/** Place types whose German name after "Land" is the state as a body. */
const STATE_TYPES = new Set(['german-state', 'austrian-state']);

/**
 * "das Land Tirol fördert", "vom Land Niedersachsen gefördert", "eine Delegation des Landes Niedersachsen": German
 * calls a federal state acting as a body "Land" with its name, while the place alone is "Tirol" or "das Bundesland Tirol".
 */
function stateGovernments(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const land = tokens[i];
		const next = tokens[i + 1];
		if (!STATE_BODY_WORDS.has(land.text) || next === undefined || next.start !== land.end + 1) {
			continue;
		}
		const state = context.nameAt(next.start);
		if (state?.entry.kind === 'place' && state.entry.type !== undefined && STATE_TYPES.has(state.entry.type)) {
			candidates.push(organizationCandidate(land.start, state.end, Priority.Context));
		}
	}
}

/** Prepositions after which "der Stadt X" is the city as a partner, not as a location: "mit der Stadt Erlangen". */
const PARTNER_PREPOSITIONS = new Set(['mit', 'von', 'zwischen', 'seitens', 'gegenüber', 'bei', 'durch', 'Mit', 'Von', 'Zwischen', 'Seitens', 'Bei']);
const NOMINATIVE_ARTICLES = new Set(['die', 'Die', 'DIE']);

/**
 * Whether "Stadt X" at token `index` ("Stadt") is the city as a body: "Die Stadt Wolfsburg und … unterzeichneten",
 * "mit der Stadt Erlangen", a publisher's or a contact's line ("Herausgeber: Stadt Erlangen"). After "der" without such a
 * preposition it locates ("im Bezirk Yinzhou der Stadt Ningbo", "in der Stadt Qingdao"), and so after an adjective
 * ("der südchinesischen Stadt Foshan").
 */
export function germanCityActsAsBody(context: ParagraphContext, index: number): boolean {
	const { tokens, text } = context;
	const before = tokens[index - 1];
	if (before === undefined || text.lastIndexOf('\n', tokens[index].start - 1) >= before.end || /:\s*$/.test(text.slice(before.end, tokens[index].start))) {
		return true;
	}
	if (NOMINATIVE_ARTICLES.has(before.text)) {
		return true;
	}
	return before.text === 'der' && PARTNER_PREPOSITIONS.has(tokens[index - 2]?.text ?? '');
}

/**
 * A city's name with "Stadt" or "City of" before it, where the city acts as a body: "Die Stadt Wolfsburg und die Zone
 * unterzeichneten", "The City of Leuven and the Yangpu District People's Government". In English, "in the City of X" locates.
 */
function cityGovernments(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const german = context.language === 'de';
	for (const i of paragraphWords(context).nameTokens) {
		const city = tokens[i];
		const cityWord = german ? city.text === 'Stadt' : city.text === 'City' && tokens[i + 1]?.text === 'of';
		if (!cityWord) {
			continue;
		}
		const nameIndex = german ? i + 1 : i + 2;
		const name = tokens[nameIndex];
		if (name === undefined || name.start > tokens[nameIndex - 1].end + 1) {
			continue;
		}
		const place = context.nameAt(name.start);
		if (place?.entry.kind !== 'place') {
			continue;
		}
		const body = german ? germanCityActsAsBody(context, i) : !/\bin (?:the )?$/.test(text.slice(Math.max(0, city.start - 7), city.start));
		if (body) {
			candidates.push(organizationCandidate(city.start, place.end, Priority.Context));
		}
	}
}

const ABOUT_WORDS = new TokenWords(new Set(['About', 'ABOUT', 'Über', 'ÜBER']));
const ABOUT_ARTICLES = new Set(['die', 'den', 'das', 'der', 'the']);
/** "About Us" is about the issuer, but names none. */
const ABOUT_PRONOUNS = new Set(['Us', 'US', 'Uns', 'UNS']);
const ABOUT_CONNECTORS = new Set(['of', 'and', 'for', '&', 'für', 'und', 'de']);
/** Words of a name in an "About" heading, at most; longer lines are sentences. */
const ABOUT_NAME_WORDS = 8;

/**
 * "About Business Tampere" on a line of its own heads the part of a press release about its issuer, so
 * the name is an organization's, whatever its words. Names the knowledge base knows ("About Shenzhen")
 * keep their kind.
 */
function aboutHeadings(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const about = tokens[i];
		if (!ABOUT_WORDS.includes(about) || (about.start > context.from && text.charCodeAt(about.start - 1) !== 0x0a)) {
			continue;
		}
		const lineBreak = text.indexOf('\n', about.end);
		const lineEnd = lineBreak < 0 || lineBreak > context.to ? context.to : lineBreak;
		let first = i + 1;
		if (first < tokens.length && ABOUT_ARTICLES.has(tokens[first].text)) {
			first++;
		}
		let last = first;
		while (last + 1 < tokens.length && tokens[last + 1].start < lineEnd && last - first < ABOUT_NAME_WORDS) {
			last++;
		}
		if (first >= tokens.length || tokens[first].start >= lineEnd || !(tokens[first].shape & Shape.Capitalized) || tokens[last].start >= lineEnd
			|| (first === last && ABOUT_PRONOUNS.has(tokens[first].text))) {
			continue;
		}
		let name = true;
		for (let k = first; k <= last && name; k++) {
			name = isNameToken(tokens[k]) ? k > first || !(paragraphWords(context).classes[k] & Word.Stopword) : ABOUT_CONNECTORS.has(tokens[k].text);
		}
		const end = extendLegalForm(text, tokens[last].end, lineEnd);
		if (name && text.slice(end, lineEnd).trim() === '') {
			pushUnlessKnownArea(context, tokens[first].start, end, candidates);
		}
	}
}

/** A legal form of elsewhere in Europe, from the token it starts with. */
const FOREIGN_LEGAL_FORM = new RegExp(`(?:${FOREIGN_LEGAL_FORMS.source})(?![\\p{L}\\p{N}])`, 'uy');
/** The first letters of the capitalized legal forms: only name tokens that start with one may start a form. */
const FOREIGN_LEGAL_FORM_INITIALS = new Set(FOREIGN_LEGAL_FORMS.source.split('|').map(form => form[0]).filter(letter => letter !== letter.toLowerCase()));
/** The longest first token of a legal form ("GesmbH"): its letters up to the first dot, slash or space. */
const FOREIGN_LEGAL_FORM_TOKEN_LENGTH = Math.max(...FOREIGN_LEGAL_FORMS.source.split('|').map(form => /^[\p{L}]+/u.exec(form)![0].length));
/** Name words before a legal form that make up the name: "Ferrante Meccanica" of "Ferrante Meccanica S.p.A.". */
const LEGAL_NAME_WORDS = 4;

/**
 * A company named by the name words right before its legal form, after a space or a comma and a space.
 * A form starts with a name token, or is one of the rare lowercase ones ("s.r.o."), which are looked for
 * only in a paragraph that holds one.
 */
function foreignLegalForms(context: ParagraphContext, candidates: Candidate[]): void {
	const { text, tokens } = context;
	if (tokens.some(token => isLowercaseFormEnd(text, token))) {
		for (let i = 1; i < tokens.length; i++) {
			legalFormAt(context, i, candidates);
		}
		return;
	}
	for (const i of paragraphWords(context).nameTokens) {
		if (FOREIGN_LEGAL_FORM_INITIALS.has(text[tokens[i].start])) {
			legalFormAt(context, i, candidates);
		}
	}
}

/** A Chinese subsidiary's seat and legal form: the ") Co., Ltd." of "Granite Subsea (Shenzhen) Co., Ltd.". */
const SEAT_AND_LEGAL_FORM = /\) (?:Co\.,? Ltd\b|Co\., Limited\b|Company Limited\b|Ltd\b|Limited\b)/g;
const SEAT_REACH = 32;

/** "Granite Subsea (Shenzhen) Co., Ltd.": the name words before the seat, the seat and the legal form, known or not. */
function seatedSubsidiaries(context: ParagraphContext, candidates: Candidate[]): void {
	const { text, from, to } = context;
	SEAT_AND_LEGAL_FORM.lastIndex = from;
	for (let match; (match = SEAT_AND_LEGAL_FORM.exec(text)) !== null && match.index < to;) {
		const open = text.lastIndexOf(' (', match.index);
		if (open < from || match.index - open > SEAT_REACH) {
			continue;
		}
		const first = legalNameStart(context, context.tokenIndexEndingAt(open));
		// A known company's seat and form are the knowledge base's and the designator rules' to add.
		const end = first >= 0 && context.nameAt(context.tokens[first].start)?.entry.kind !== 'organization' ? extendLegalForm(text, open, to) : open;
		if (end > open) {
			candidates.push(organizationCandidate(context.tokens[first].start, end, Priority.Context));
		}
	}
}

/** The last letter of a lowercase legal form, after a dot: the "o" of "s.r.o." and "d.o.o.", the "s" of "a.s.". */
function isLowercaseFormEnd(text: string, token: Token): boolean {
	const letter = text.charCodeAt(token.start);
	return token.end - token.start === 1 && (letter === 0x6f || letter === 0x73) && text.charCodeAt(token.start - 1) === 0x2e;
}

/** The company whose legal form starts with token `formStart`, if it does. */
function legalFormAt(context: ParagraphContext, formStart: number, candidates: Candidate[]): void {
	const { text, tokens } = context;
	const form = tokens[formStart];
	const space = form.start - 1;
	if (formStart === 0 || form.end - form.start > FOREIGN_LEGAL_FORM_TOKEN_LENGTH || text.charCodeAt(space) !== 0x20) {
		return;
	}
	const formEnd = foreignLegalFormEnd(context, form);
	if (formEnd < 0) {
		return;
	}
	// The name ends right before the space, or before a comma and the space ("Mendes & Filhos, Lda.").
	const nameEnd = text.charCodeAt(space - 1) === 0x2c ? space - 1 : space;
	const first = legalNameStart(context, tokens[formStart - 1].end === nameEnd ? formStart - 1 : -1);
	if (first >= 0) {
		candidates.push(organizationCandidate(tokens[first].start, formEnd, Priority.Context));
	}
}

/** The end of the foreign legal form that starts with `token`, within the paragraph, or -1. */
function foreignLegalFormEnd(context: ParagraphContext, token: Token): number {
	FOREIGN_LEGAL_FORM.lastIndex = token.start;
	const match = FOREIGN_LEGAL_FORM.exec(context.text);
	return match === null || token.start + match[0].length > context.to ? -1 : token.start + match[0].length;
}

/**
 * The first of the name words that end with token `last` before a legal form, or -1: up to LEGAL_NAME_WORDS
 * name tokens apart by spaces, without a leading function word, and not a lone all-caps word.
 */
function legalNameStart(context: ParagraphContext, last: number): number {
	const { tokens, text } = context;
	let first = -1;
	const { classes } = paragraphWords(context);
	// "die Möbelmanufaktur Ferraris & Bosco S.r.l.": what the company is stands before its name.
	for (let i = last; i >= 0 && last - i < LEGAL_NAME_WORDS && isNameToken(tokens[i]) && !(classes[i] & Word.CompanyDescriptor); i--) {
		if (i < last && !joinedInName(text, tokens[i], tokens[i + 1])) {
			break;
		}
		first = i;
	}
	while (first >= 0 && first <= last && isLeadingStopword(tokens[first].text)) {
		first++;
	}
	return first >= 0 && first <= last && !(tokens[first].shape & Shape.AllCaps && first === last) ? first : -1;
}

const REGISTERED_ASSOCIATION = / e\. ?V\.(?![\p{L}\p{N}])/uy;

/** "Hafen Hamburg Marketing e.V.": a registered association's legal form is lowercase, so no name token leads to it. */
function registeredAssociations(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const v = tokens[i];
		// The "V" of the form, after "e." or "e. ".
		if (v.end - v.start !== 1 || text.charCodeAt(v.start) !== 0x56 || i < 2) {
			continue;
		}
		const space = tokens[i - 1].start - 1;
		REGISTERED_ASSOCIATION.lastIndex = space;
		const match = REGISTERED_ASSOCIATION.exec(text);
		const first = match === null || space + match[0].length > context.to ? -1 : legalNameStart(context, i - 2);
		if (first >= 0 && tokens[i - 2].end === space) {
			candidates.push(organizationCandidate(tokens[first].start, space + match![0].length, Priority.Context));
		}
	}
}

/** The sequence starting at token `index`; `sequences` are in text order and do not overlap. */
function sequenceAt(sequences: readonly TokenRange[], index: number): TokenRange | undefined {
	const sequence = sequences[partitionPoint(sequences, range => range.first >= index)];
	return sequence !== undefined && sequence.first === index ? sequence : undefined;
}


const INDEFINITE_ARTICLES = new Set(['ein', 'eine', 'eines', 'einem', 'einen', 'einer', 'a', 'an', 'kein', 'keine', 'keinen', 'keines']);
const DEFINITE_ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'Der', 'Die', 'Das', 'Des', 'Dem', 'Den']);
/** German nouns that introduce a proper name in a genitive complement: "des Bezirks Baoshan", "der Volksrepublik China". */
const GERMAN_GEO_NOUNS = new Set(['Bezirks', 'Stadtbezirks', 'Stadt', 'Provinz', 'Volksrepublik', 'Republik', 'Bundesrepublik', 'Landes', 'Bundeslandes', 'Freistaates', 'Freistaats', 'Kantons', 'Kreises', 'Landkreises', 'Gemeinde', 'Region', 'Sonderverwaltungszone', 'Hansestadt', 'Metropole', 'Sonderwirtschaftszone', 'Freihandelszone']);

/** `wordBits` is the token's entry of `ParagraphWords.classes`. */
function isGermanBodyHead(token: Token, wordBits: number): boolean {
	return (token.shape & Shape.Capitalized) !== 0 && (wordBits & Word.GermanOrganizationHead) !== 0;
}

function precededByIndefiniteArticle(context: ParagraphContext, index: number): boolean {
	return index > 0 && INDEFINITE_ARTICLES.has(context.tokens[index - 1].text.toLowerCase());
}

/** Name tokens joined by single spaces (and "und"), starting at `index`; returns the last index or -1. */
function nameRun(context: ParagraphContext, index: number, allowAnd: boolean): number {
	const { tokens, text } = context;
	if (index >= tokens.length || !isNameToken(tokens[index]) || isLeadingStopword(tokens[index].text)) {
		return -1;
	}
	let last = index;
	while (last + 1 < tokens.length && joinedInName(text, tokens[last], tokens[last + 1])
		&& !(tokens[last].shape & Shape.Possessive)) {
		const next = tokens[last + 1];
		if (isNameToken(next) && !isLeadingStopword(next.text)) {
			last++;
		} else if (allowAnd && (next.text === 'und' || next.text === 'and') && last + 2 < tokens.length && isNameToken(tokens[last + 2])
			&& onlySpacesBetween(text, next.end, tokens[last + 2].start)) {
			last += 2;
		} else {
			break;
		}
	}
	return last;
}

/** Bodies whose name is the head and a city: "Handelskammer Hamburg", "Universität Heidelberg". */
const PLACE_NAMED_BODY = /(?:kammer|universität|hochschule|akademie|bank|sparkasse)$/i;
/** Heads too generic for a "für" name without a name in front: "das Zentrum für Innovation der Hochschule". */
const GENERIC_FOR_HEAD = /(?:zentrum|zentrums|bank|gruppe|zeitung)$/i;

/** "Wirtschaft, Energie und Betriebe": name runs listed with commas and closed by "und". */
function listedNameRun(context: ParagraphContext, index: number): number {
	const { tokens, text } = context;
	let last = nameRun(context, index, true);
	let tentative = last;
	while (tentative >= 0 && tentative + 1 < tokens.length && text.startsWith(', ', tokens[tentative].end)
		&& tokens[tentative + 1].start === tokens[tentative].end + 2) {
		tentative = nameRun(context, tentative + 1, true);
		if (tentative >= 0 && (hasWord(tokens, index, tentative + 1, 'und') || hasWord(tokens, index, tentative + 1, 'and'))) {
			last = tentative;
		}
	}
	return last;
}

/** "Industrie- und Handelskammer Nürnberg für Mittelfranken": the region a city's body serves belongs to its name. */
function regionAfter(context: ParagraphContext, last: number): number {
	const { tokens } = context;
	if (last + 2 >= tokens.length || tokens[last + 1].text !== 'für' || tokens[last + 1].start !== tokens[last].end + 1 || tokens[last + 2].start !== tokens[last + 1].end + 1) {
		return last;
	}
	const region = context.nameAt(tokens[last + 2].start);
	return region !== undefined && region.entry.kind === 'place' ? context.tokenIndexFrom(region.end) - 1 : last;
}

/** "Handelskommission des Bezirks Baoshan", "Generalkonsulat der Volksrepublik China in Frankfurt", "Institut für Weltwirtschaft". */
function germanBodies(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const { classes, nameTokens } = paragraphWords(context);
	for (const i of nameTokens) {
		if (i + 1 >= tokens.length) {
			break;
		}
		const head = tokens[i];
		if (!isGermanBodyHead(head, classes[i]) || !onlySpacesBetween(text, head.end, tokens[i + 1].start) || precededByIndefiniteArticle(context, i)) {
			continue;
		}
		const joiner = tokens[i + 1].text;
		let last = -1;
		const hasComplement = i + 2 < tokens.length;
		if (hasComplement && (joiner === 'des' || joiner === 'der')) {
			const runEnd = nameRun(context, i + 2, false);
			const known = context.nameAt(tokens[i + 2].start);
			const properAdjective = !(tokens[i + 2].shape & Shape.SentenceStart) && /(?:e|en|er|es)$/.test(tokens[i + 2].text) && runEnd > i + 2;
			if (runEnd >= 0 && ((GERMAN_GEO_NOUNS.has(tokens[i + 2].text) && runEnd > i + 2) || known || properAdjective)) {
				last = runEnd;
			}
		} else if (hasComplement && joiner === 'für' && !GENERIC_FOR_HEAD.test(head.text)) {
			last = listedNameRun(context, i + 2);
			// "Amt für Handel des Bezirks Bao'an": the body's district or city follows its field.
			const genitive = last >= 0 && last + 2 < tokens.length && (tokens[last + 1].text === 'des' || tokens[last + 1].text === 'der')
				&& tokens[last + 1].start === tokens[last].end + 1 && tokens[last + 2].start === tokens[last + 1].end + 1
				? context.nameAt(tokens[last + 2].start) : undefined;
			if (genitive && (genitive.entry.kind === 'district' || genitive.entry.kind === 'place')) {
				last = context.tokenIndexFrom(genitive.end) - 1;
			}
		} else if (hasComplement && (joiner === 'zu' || (joiner === 'von' && PLACE_NAMED_BODY.test(head.text)))) {
			// "Universität zu Köln", "Industrie- und Handelskammer zu Berlin", "Handelskammer von Suzhou"
			const place = context.nameAt(tokens[i + 2].start);
			if (place && place.entry.kind === 'place') {
				last = context.tokenIndexFrom(place.end) - 1;
			}
		} else if (PLACE_NAMED_BODY.test(head.text)) {
			// "Handelskammer Hamburg", "Universität Heidelberg"
			const place = context.nameAt(tokens[i + 1].start);
			if (place && place.entry.kind === 'place' && tokens[i + 1].start === head.end + 1) {
				last = regionAfter(context, context.tokenIndexFrom(place.end) - 1);
			}
		}
		if (last < 0) {
			continue;
		}
		let first = i;
		if (i > 0 && nationalityAdjective(tokens[i - 1].text) && (tokens[i - 1].shape & Shape.Capitalized)) {
			first = i - 1;
		} else if (i > 1 && tokens[i - 1].text === 'und' && text.charCodeAt(tokens[i - 2].end) === 0x2d) {
			// "Industrie- und Handelskammer": the ellipsis compound is one name.
			first = i - 2;
		}
		let end = tokens[last].end;
		if (classes[i] & Word.LocatedBodyHead) {
			end = extendInPlace(context, end);
		}
		candidates.push(organizationCandidate(tokens[first].start, end, Priority.Pattern));
	}
}

/** True for "chinesischen", "britisch-chinesischen", "Deutsche", "internationalen". */
function nationalityAdjective(word: string): boolean {
	const parts = word.toLowerCase().split('-');
	return parts.every(part => NATIONALITY_STEMS.has(part.replace(/(?:e|en|er|es|em)$/, '')) || NATIONALITY_STEMS.has(part));
}

const NATIONAL_BODY_WORDS = /^(?:Botschaft|Konsulat|Generalkonsulat|Akademie|Handelskammer|Kammer)/;

/** Translated names after a definite article: "der chinesischen Handelskammer in Großbritannien", "des britisch-chinesischen Wirtschaftsentwicklungszentrums". */
function nationalityBodies(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const { classes, nameTokens } = paragraphWords(context);
	for (const headIndex of nameTokens) {
		const i = headIndex - 1;
		if (i < 1) {
			continue;
		}
		const adjective = tokens[i];
		const head = tokens[i + 1];
		if (!isGermanBodyHead(head, classes[i + 1]) || !onlySpacesBetween(text, adjective.end, head.start) || !DEFINITE_ARTICLES.has(tokens[i - 1].text)
			|| !/(?:e|en|er|es|em)$/.test(adjective.text) || !nationalityAdjective(adjective.text)) {
			continue;
		}
		if (head.text.length - germanOrganizationSuffix(head.text) < 3 && !NATIONAL_BODY_WORDS.test(head.text)) {
			continue;
		}
		// "die tschechische Investitionsagentur CzechInvest": the body's name follows (see germanDescriptorNames).
		const next = tokens[headIndex + 1];
		if (next !== undefined && next.start === head.end + 1 && looksUnlikeGermanNoun(text, next)) {
			continue;
		}
		let end = head.end;
		if (classes[headIndex] & Word.LocatedBodyHead) {
			end = extendInPlace(context, end);
		}
		candidates.push(organizationCandidate(adjective.start, end, Priority.Pattern));
	}
}

const SLASHED_WIRE = /\/\s?(\p{Lu}[\p{L}.-]+(?:[ -]\p{Lu}[\p{L}.-]*)*)\s?\/\s*(?:--|—|–|-)/gu;
const BRACKETED_WIRE = /\((\p{Lu}[\p{Lu} .-]{0,30}\p{Lu}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|\p{Ll}{2,5})\)\s*(?:--|—|–|-|:)/gu;
/** Each pattern with the character every match starts with and a cheap test for the way every match ends. */
const WIRE_PATTERNS: [RegExp, string, RegExp][] = [[SLASHED_WIRE, '/', /\/\s*[-—–]/], [BRACKETED_WIRE, '(', /\)\s*[-—–:]/]];
/** Wire markers sit in the dateline, at the start of the first paragraph of the story. */
const DATELINE_REACH = 300;

/** "/PRNewswire/ --", "(GLOBE NEWSWIRE) —", "(dpa) -", "(ots) -". */
function wireServices(context: ParagraphContext, candidates: Candidate[]): void {
	const limit = Math.min(context.to, context.from + DATELINE_REACH);
	let window: string | undefined;
	for (const [pattern, opener, closing] of WIRE_PATTERNS) {
		const opening = context.text.indexOf(opener, context.from);
		if (opening < 0 || opening >= limit) {
			continue;
		}
		window ??= context.text.slice(context.from, limit);
		if (!closing.test(window)) {
			continue;
		}
		pattern.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = pattern.exec(window)) !== null) {
			const start = context.from + match.index + match[0].indexOf(match[1]);
			const end = start + match[1].length;
			const known = context.nameAt(start);
			if (known && known.end === end && known.entry.kind !== 'organization') {
				continue;
			}
			candidates.push(organizationCandidate(start, end, Priority.Pattern));
		}
	}
}

const CREDIT_LINE = /^[ \t]*(?:Source|Quelle|Foto|Fotos|Photo|Photos|Bild|Credit|Image|Copyright|©)[ \t]*:[ \t]*([^\n]{2,80}?)[ \t]*$/gm;
const CREDIT_WORDS = ['Source', 'Quelle', 'Foto', 'Fotos', 'Photo', 'Photos', 'Bild', 'Credit', 'Image', 'Copyright', '©'];

/** A credit word right before a colon (spaces and tabs between): only then can a credit line match. */
function creditWordBeforeColon(context: ParagraphContext): boolean {
	const { text, from, to } = context;
	for (let colon = text.indexOf(':', from); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
		let end = colon;
		while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) {
			end--;
		}
		for (const word of CREDIT_WORDS) {
			if (end - word.length >= from && text.startsWith(word, end - word.length)) {
				return true;
			}
		}
	}
	return false;
}

/** "Quelle: Shanghai Observer", "Foto: dpa/Jane Doe": the credited names are organizations or persons. */
function creditLines(context: ParagraphContext, candidates: Candidate[]): void {
	if (!creditWordBeforeColon(context)) {
		return;
	}
	const window = context.text.slice(context.from, context.to);
	CREDIT_LINE.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = CREDIT_LINE.exec(window)) !== null) {
		let offset = context.from + match.index + match[0].indexOf(match[1]);
		for (const part of match[1].split(/([/,;|])/)) {
			const trimmed = part.trim();
			const start = offset + part.indexOf(trimmed);
			offset += part.length;
			if (trimmed.length < 2 || !/^\p{L}/u.test(trimmed) || !/^[\p{L}\p{N} .&'’-]+$/u.test(trimmed) || trimmed.split(' ').length > 6) {
				continue;
			}
			const end = start + trimmed.length;
			const known = context.nameAt(start);
			if (known && known.end === end) {
				continue;
			}
			const first = context.tokenIndexAt(start);
			if (first < 0) {
				continue;
			}
			if (looksLikePersonName(context, first, trimmed) || plainName(context, first, start + trimmed.length)) {
				candidates.push(personCandidate(start, end, Priority.Context));
			} else {
				candidates.push(organizationCandidate(start, end, Priority.Context));
			}
		}
	}
}

/** Two or three plain capitalized words, none a designator or a known name: a photographer or author. */
function plainName(context: ParagraphContext, first: number, end: number): boolean {
	const { tokens } = context;
	const last = nameRun(context, first, false);
	if (last < first + 1 || last > first + 2 || tokens[last].end !== end) {
		return false;
	}
	const { classes } = paragraphWords(context);
	for (let i = first; i <= last; i++) {
		if (!(tokens[i].shape & Shape.Capitalized) || (tokens[i].shape & Shape.AllCaps) || context.nameAt(tokens[i].start)
			|| classes[i] & (Word.OrganizationDesignator | Word.GermanOrganizationHead)) {
			return false;
		}
	}
	return true;
}

/** Start of the name run that ends at token `last` (walking back over name tokens joined by spaces). */
function runStartingBefore(context: ParagraphContext, last: number): number {
	const { tokens, text } = context;
	if (last < 0 || !isNameToken(tokens[last])) {
		return -1;
	}
	let first = last;
	while (first > 0 && isNameToken(tokens[first - 1]) && !isLeadingStopword(tokens[first - 1].text)
		&& onlySpacesBetween(text, tokens[first - 1].end, tokens[first].start) && !(tokens[first - 1].shape & Shape.Possessive)) {
		first--;
	}
	while (first <= last && isLeadingStopword(tokens[first].text)) {
		first++;
	}
	return first <= last ? first : -1;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'both', 'ein', 'eine', 'einer', 'eines', 'zwei', 'drei', 'beide']);
const APPOSITIVE_REACH = 7;

/** "SenseTime, a forefront AI software company", "trinamiX, a wholly-owned subsidiary of BASF", "Eintracht Frankfurt, one of the world’s most valuable clubs". */
function appositives(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	// The appositive follows a name run, which ends in a name token, and a comma.
	for (const nameIndex of paragraphWords(context).namesBeforeComma) {
		const i = nameIndex + 1;
		if (i >= tokens.length) {
			break;
		}
		if (tokens[i].start !== tokens[i - 1].end + 2 || text.charCodeAt(tokens[i - 1].end) !== 0x2c || text.charCodeAt(tokens[i - 1].end + 1) !== 0x20) {
			continue;
		}
		let j = i;
		if (tokens[j].text === 'one' && tokens[j + 1]?.text === 'of') {
			j += 2;
		} else if (tokens[j].text === 'einer' && tokens[j + 1]?.text === 'der') {
			j += 2;
		}
		if (j >= tokens.length || !(APPOSITIVE_OPENERS.has(tokens[j].text) || j > i)) {
			continue;
		}
		let headFound = false;
		for (let k = j; k < Math.min(tokens.length, j + APPOSITIVE_REACH); k++) {
			if (k > j && punctuationBetween(text, tokens[k - 1].end, tokens[k].start, ',.;:()')) {
				break;
			}
			const word = tokens[k].text;
			const hyphen = word.lastIndexOf('-');
			if (COMPANY_APPOSITIVE_HEADS.has(word) || (hyphen >= 0 && COMPANY_APPOSITIVE_HEADS.has(word.slice(hyphen + 1)))) {
				// "Chen Wei, the company's chief executive": the company owns what follows, which is the name's.
				headFound = !(tokens[k].shape & Shape.Possessive);
				break;
			}
			if (word === 'of' || word === 'von') {
				break;
			}
		}
		if (!headFound) {
			continue;
		}
		const first = runStartingBefore(context, i - 1);
		if (first < 0 || (first === i - 1 && (tokens[first].shape & Shape.SentenceStart) && !(tokens[first].shape & (Shape.InterCap | Shape.AllCaps)))) {
			continue;
		}
		pushUnlessKnownArea(context, tokens[first].start, tokens[i - 1].end, candidates);
	}
}

/** Singular company nouns that name the company right after them: "the diagnostics company bioMérieux". */
const DESCRIPTOR_HEADS = new TokenWords(new Set([
	'company', 'subsidiary', 'firm', 'startup', 'start-up', 'manufacturer', 'provider', 'maker', 'developer', 'group', 'supplier',
	'operator', 'producer', 'retailer', 'conglomerate', 'giant', 'insurer', 'lender', 'carrier', 'automaker', 'carmaker', 'chipmaker',
	'unit', 'brand', 'affiliate', 'division', 'spin-off', 'venture',
]));
const DESCRIPTOR_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our']);
const ARTICLE_NEEDED = new Set(['unit', 'venture', 'brand', 'division', 'affiliate']);
/** Words from the determiner to the head: "the French diagnostics company". */
const DESCRIPTOR_REACH = 4;
const DESCRIPTOR_NAME_WORDS = 4;

/**
 * "the diagnostics company bioMérieux", "a Milan-based maker Ferrante", "the logistics group DHL": a
 * determiner, lowercase or nationality words and a singular company noun, then the name. English
 * only: German capitalizes every noun, so "der Konzern Milliarden" would read as a name.
 */
function descriptorNames(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const { classes } = paragraphWords(context);
	for (let k = 1; k + 1 < tokens.length; k++) {
		const name = tokens[k + 1];
		if (!isNameToken(name) || name.start !== tokens[k].end + 1 || !DESCRIPTOR_HEADS.includes(tokens[k])
			|| classes[k + 1] & (Word.PersonRole | Word.PersonTitle | Word.Stopword)) {
			continue;
		}
		let determiner = k - 1;
		while (determiner >= 0 && k - determiner <= DESCRIPTOR_REACH && !DESCRIPTOR_DETERMINERS.has(tokens[determiner].text)
			&& !punctuationBetween(text, tokens[determiner].end, tokens[determiner + 1].start, ',.;:()')) {
			determiner--;
		}
		if (determiner < 0 || !DESCRIPTOR_DETERMINERS.has(tokens[determiner].text)
			|| punctuationBetween(text, tokens[determiner].end, tokens[determiner + 1].start, ',.;:()')) {
			// News style drops the article: "said German carmaker Volkswagen", "Sportswear maker Lacoste grew".
			// Not before the nouns that also measure or pair things ("per unit Price", "joint venture Partners").
			if (ARTICLE_NEEDED.has(tokens[k].text) || !lowercaseDescription(context, k)) {
				continue;
			}
		}
		let last = k + 1;
		while (last + 1 < tokens.length && last - k < DESCRIPTOR_NAME_WORDS && !(tokens[last].shape & Shape.Possessive)
			&& isNameToken(tokens[last + 1]) && tokens[last + 1].start === tokens[last].end + 1
			&& onlySpacesBetween(text, tokens[last].end, tokens[last + 1].start)) {
			last++;
		}
		pushUnlessKnownArea(context, name.start, tokens[last].end, candidates);
		k = last;
	}
}

/**
 * The words before a company noun describe it without an article: lowercase words and nationality
 * adjectives ("German chemicals group", "Sportswear maker"), and nothing capitalized that could be
 * a name of its own ("Siemens unit Flender" is read by the possessive rules, if at all).
 */
function lowercaseDescription(context: ParagraphContext, head: number): boolean {
	const { tokens } = context;
	const before = tokens[head - 1];
	if (before === undefined || !onlySpacesBetween(context.text, before.end, tokens[head].start)) {
		return false;
	}
	const capitalized = (before.shape & (Shape.Capitalized | Shape.AllCaps | Shape.InterCap)) !== 0;
	return !capitalized || (before.shape & Shape.SentenceStart) !== 0 || ENGLISH_NATIONALITIES.has(before.text);
}

/** What only a company has: "Velmont's chief executive", "Talmonix's CEO", "Norvik's subsidiary". */
const COMPANY_POSSESSIONS = new TokenWords(new Set(['CEO', 'CFO', 'CTO', 'COO', 'chairman', 'chairwoman', 'founder', 'co-founder', 'subsidiary', 'subsidiaries']));

/**
 * "Velmont's chief executive", "Talmonix's CEO": a name whose officers or subsidiaries are meant is a company.
 * Not a known place or person ("Germany's chief executive" is no English), and not a person's name.
 */
function possessiveOfficers(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const owner = tokens[i];
		if (!(owner.shape & Shape.Possessive) || i + 1 >= tokens.length) {
			continue;
		}
		const next = tokens[i + 1];
		const chiefExecutive = next.text === 'chief' && tokens[i + 2]?.text === 'executive';
		if (!chiefExecutive && !COMPANY_POSSESSIONS.includes(next)) {
			continue;
		}
		const first = runStartingBefore(context, i);
		if (first < 0) {
			continue;
		}
		const surface = context.text.slice(tokens[first].start, owner.end);
		if (looksLikePersonName(context, first, surface)) {
			continue;
		}
		pushUnlessKnownArea(context, tokens[first].start, owner.end, candidates);
	}
}

const GERMAN_DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'seine', 'ihre', 'seiner', 'ihrer', 'seinem', 'ihrem']);

/**
 * "die Investitionsagentur CzechInvest", "der Mobilitätscluster ACstyria", "die Möbelmanufaktur Ferraris & Bosco":
 * a German determiner, perhaps adjectives, a noun that says what a company is, then its name. Every German noun
 * is capitalized, so "weil der Konzern Stellen abbaut" looks the same; only names that no German noun looks like
 * count: intercap, all caps or two capitals first ("ACstyria"), or joined by " & ".
 */
function germanDescriptorNames(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const { classes } = paragraphWords(context);
	for (let k = 1; k + 1 < tokens.length; k++) {
		if (!(classes[k] & (Word.CompanyDescriptor | Word.GermanOrganizationHead))) {
			continue;
		}
		const name = tokens[k + 1];
		if (!isNameToken(name) || name.start !== tokens[k].end + 1 || classes[k + 1] & (Word.PersonRole | Word.PersonTitle | Word.Stopword)) {
			continue;
		}
		let determiner = k - 1;
		while (determiner > 0 && k - determiner < DESCRIPTOR_REACH && !isGermanDeterminer(tokens[determiner])
			&& !punctuationBetween(text, tokens[determiner].end, tokens[determiner + 1].start, ',.;:()')) {
			determiner--;
		}
		if (!isGermanDeterminer(tokens[determiner]) || punctuationBetween(text, tokens[determiner].end, tokens[determiner + 1].start, ',.;:()')) {
			continue;
		}
		let last = k + 1;
		let ampersand = false;
		let legalFormEnd = -1;
		while (last + 1 < tokens.length && last - k < DESCRIPTOR_NAME_WORDS && isNameToken(tokens[last + 1])
			&& joinedInName(text, tokens[last], tokens[last + 1]) && !(classes[last + 1] & Word.Stopword)
			&& (legalFormEnd = foreignLegalFormEnd(context, tokens[last + 1])) < 0) {
			ampersand ||= tokens[last + 1].start !== tokens[last].end + 1;
			last++;
		}
		if (ampersand || looksUnlikeGermanNoun(text, name) || (NAMING_NOUNS.has(tokens[k].text) && !isFunctionWord(name))) {
			pushUnlessKnownArea(context, name.start, legalFormEnd >= 0 ? legalFormEnd : extendLegalForm(text, tokens[last].end, context.to), candidates);
		}
		k = last;
	}
}

/** Nouns that are followed by the company's name and nothing else: "die Firma Vallourec", "ihre Tochtergesellschaft Flender". */
const NAMING_NOUNS = new Set(['Firma', 'Tochterfirma', 'Tochtergesellschaft']);

function isGermanDeterminer(token: Token): boolean {
	return GERMAN_DETERMINERS.has(token.shape & Shape.SentenceStart ? token.text.toLowerCase() : token.text);
}

/** A function word, capitalized or in capitals: "Und", "UND". */
function isFunctionWord(token: Token): boolean {
	return isLeadingStopword(token.text[0] + token.text.slice(1).toLowerCase());
}

/**
 * A capitalized word no German noun is written like: intercap, all caps or two capitals first ("CzechInvest", "ACstyria").
 * Not a compound ("US-Zölle", "IT-Sicherheit"), a formula ("CO2") or a function word in capitals ("UND").
 */
function looksUnlikeGermanNoun(text: string, token: Token): boolean {
	if (token.shape & (Shape.Joined | Shape.Digit) || isFunctionWord(token)) {
		return false;
	}
	const second = text.charCodeAt(token.start + 1);
	return (token.shape & (Shape.InterCap | Shape.AllCaps)) !== 0
		|| (isNameToken(token) && ((second >= 65 && second <= 90) || (second >= 0xc0 && second <= 0xde && second !== 0xd7)));
}

/**
 * "GAC Toyota", "SAIC Volkswagen", "ING Belgium": a known company right before another known company names their
 * joint venture, and in English right before a country or province its unit there ("weil Bosch China als Markt sieht" is
 * German word order), and before its seat in brackets and a legal form its subsidiary there. Each is a company of its
 * own. Not a union of states: "the EU China summit".
 */
function companyUnits(context: ParagraphContext, candidates: Candidate[]): void {
	const { names, text } = context;
	for (let i = 0; i < names.length; i++) {
		const company = names[i];
		const next: NameMatch | undefined = names[i + 1];
		if (company.entry.kind !== 'organization' || text.charCodeAt(company.end) !== 0x20 || company.end - company.start <= UNION_ACRONYM_LENGTH) {
			continue;
		}
		// "Bosch Rexroth (Suzhou) Co., Ltd.": the unit named by its seat in brackets and its legal form.
		if (text.charCodeAt(company.end + 1) === 0x28) {
			const end = extendLegalForm(text, company.end, context.to);
			if (end > company.end) {
				candidates.push(organizationCandidate(company.start, end, Priority.Pattern));
			}
			continue;
		}
		if (next !== undefined && next.start === company.end + 1
			&& (next.entry.kind === 'organization' || (context.language === 'en' && UNIT_PLACE_TYPES.has(next.entry.type!)))) {
			candidates.push(organizationCandidate(company.start, next.end, Priority.Pattern));
			i++;
			continue;
		}
		const division = divisionEnd(context, company.end);
		if (division > company.end) {
			candidates.push(organizationCandidate(company.start, extendLegalForm(text, division, context.to), Priority.Pattern));
		}
	}
}

/** Words before a field in a division's name: "Siemens Smart Infrastructure", "Philips Consumer Lifestyle". */
const DIVISION_MODIFIERS = new Set(['Smart', 'Industrial', 'Consumer', 'Commercial', 'Life', 'Intelligent', 'Mobile', 'Renewable', 'New', 'Green']);

/** Capitalized words a division's name may have after its company's: "Huawei Digital Power", "Bosch Home Appliances". */
const DIVISION_WORDS = 3;

/**
 * Where the division a known company's name begins ends ("BASF Coatings", "Bosch Power Tools"): at the last of the
 * capitalized words right after the name that names a field; -1 when none does ("Siemens Beijing", "BASF Chairman").
 */
function divisionEnd(context: ParagraphContext, companyEnd: number): number {
	const { tokens, text } = context;
	const { classes } = paragraphWords(context);
	const first = context.tokenIndexAt(companyEnd + 1);
	let end = -1;
	for (let index = first; first >= 0 && index < tokens.length && index - first < DIVISION_WORDS; index++) {
		const token = tokens[index];
		const previousEnd = index === first ? companyEnd : tokens[index - 1].end;
		if (token.start !== previousEnd + 1 || text.charCodeAt(previousEnd) !== 0x20 || !(token.shape & Shape.Capitalized)
			|| context.nameAt(token.start) !== undefined || classes[index] & (Word.HeadlineVerb | Word.Stopword | Word.PersonRole | Word.PersonTitle)) {
			break;
		}
		// German capitalizes the noun after a name, which may be a weak head: "mit der Tongji-Universität Software entwickeln".
		if ((context.language === 'en' && classes[index] & Word.WeakOrganizationHead) || DIVISION_HEADS.has(token.text)) {
			end = token.end;
		} else if (!DIVISION_MODIFIERS.has(token.text)) {
			// Only a field's words: in a headline, the words after a company are its verb and object.
			break;
		}
		if (token.shape & Shape.Possessive) {
			break;
		}
	}
	return end;
}

/** Where a company's unit is named after: "ING Belgium", "Volkswagen Anhui". */
const UNIT_PLACE_TYPES = new Set(['country', 'province']);
/** "EU", "UN": two letters name unions of states more often than companies. */
const UNION_ACRONYM_LENGTH = 2;

/** An organization candidate, unless the knowledge base knows the span as a place, district or person. */
function pushUnlessKnownArea(context: ParagraphContext, start: number, end: number, candidates: Candidate[]): void {
	const known = context.nameAt(start);
	if (known && known.end === end) {
		return;
	}
	// "About Sichuan Tianfu New Area": a name with an area's designator at its end is the area's.
	const last = context.tokenIndexEndingAt(end);
	const head = last >= 0 ? headOf(context, last) : Head.None;
	if (head === Head.District || head === Head.Place) {
		return;
	}
	candidates.push(organizationCandidate(start, end, Priority.Context));
}

const ROLE_JOINER_WORDS = new TokenWords(ROLE_JOINERS);
const ORGANIZATION_ROLE_WORDS = new TokenWords(ORGANIZATION_ROLES);

/** "CEO of SenseTime", "founder, chairman, and CEO of trinamiX", "subsidiary of BASF", "Gründer von X". */
function rolesOf(context: ParagraphContext, sequences: readonly TokenRange[], candidates: Candidate[]): void {
	const { tokens } = context;
	for (const joinerIndex of paragraphWords(context).contextCues) {
		const i = joinerIndex - 1;
		if (i + 2 >= tokens.length) {
			break;
		}
		if (i < 0 || !ROLE_JOINER_WORDS.includes(tokens[joinerIndex]) || !ORGANIZATION_ROLE_WORDS.includes(tokens[i])) {
			continue;
		}
		let j = i + 2;
		if (tokens[j].text === 'the' && j + 1 < tokens.length) {
			j++;
		}
		const sequence = sequenceAt(sequences, j);
		const last = sequence ? firstPartEnd(context, sequence) : nameRun(context, j, false);
		if (last < 0) {
			continue;
		}
		pushUnlessKnownArea(context, tokens[j].start, tokens[last].end, candidates);
	}
}

/** Whether a token in [from, to) is `word`. */
function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
	for (let i = from; i < to; i++) {
		if (tokens[i].text === word) {
			return true;
		}
	}
	return false;
}

/** The last token of a sequence's first part when an enumeration "and" splits it ("Tektronix and Bosch"). */
function firstPartEnd(context: ParagraphContext, sequence: TokenRange): number {
	const { tokens } = context;
	for (let i = sequence.first + 1; i < sequence.last; i++) {
		const word = tokens[i].text;
		if ((word === 'and' || word === 'und' || word === '&') && !GENERIC_NAME_PARTS.has(tokens[i + 1].text)) {
			if (hasWord(tokens, sequence.first, i, 'of')) {
				continue;
			}
			return i - 1;
		}
		if (word === 'of' || word === 'for') {
			return sequence.last;
		}
	}
	return sequence.last;
}

/** An acronym after a list item: " (ABC)". Matched where the item ends (sticky), not on a slice. */
const LIST_ITEM_ACRONYM = / \([\p{Lu}\p{N}&]{2,10}\)/uy;
/** What separates list items: ", ", ", and ", " oder ", " as well as the ". */
const LIST_ITEM_SEPARATOR = /(?:,? (?:and|und|or|oder|sowie|as well as) (?:the )?|, (?:the )?)/y;
const LIST_JOINERS = new Set(['and', 'und', 'or', 'oder', 'sowie', 'as', '&']);
const CONTEXT_REACH = 10;
const GERMAN_COMMON_NOUN = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|nis|nisse|ismus|ien|chen|ten|len|ern)$/;

/** "companies, including Siemens, Tektronix, Ledvance Operations and Management, have invested". */
function enumerations(context: ParagraphContext, sequences: readonly TokenRange[], candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).contextCues) {
		if (i + 1 >= tokens.length) {
			break;
		}
		const word = tokens[i].text;
		const following = tokens[i + 1];
		// A list starts with a name, "the" or the second word of the marker.
		if (!(following.shape & (Shape.Capitalized | Shape.InterCap)) && following.text !== 'as' && following.text !== 'them'
			&& following.text !== 'anderem' && following.text !== 'the') {
			continue;
		}
		let next = i + 1;
		if (word === 'such' && tokens[next].text === 'as') {
			next++;
		} else if (word === 'among' && tokens[next].text === 'them') {
			next++;
		} else if (word === 'unter' && tokens[next].text === 'anderem') {
			next++;
		} else if (!LIST_MARKERS.has(word)) {
			continue;
		}
		if (!organizationNounBefore(context, i)) {
			continue;
		}
		let index = next;
		let rest: TokenRange | undefined;
		for (;;) {
			if (index < tokens.length && (tokens[index].text === 'the' || tokens[index].text === 'The')) {
				index++;
			}
			const sequence = rest ?? (index < tokens.length ? sequenceAt(sequences, index) : undefined);
			rest = undefined;
			if (!sequence) {
				break;
			}
			const last = firstPartEnd(context, sequence);
			pushListItem(context, index, last, candidates);
			let after = tokens[last].end;
			if (last < sequence.last) {
				// "Tektronix and Bosch": the rest of the sequence is the next item.
				index = last + 2;
				rest = { first: index, last: sequence.last };
				continue;
			}
			after = extendInPlace(context, after);
			LIST_ITEM_ACRONYM.lastIndex = after;
			const acronym = LIST_ITEM_ACRONYM.exec(text);
			if (acronym) {
				after += acronym[0].length;
			}
			LIST_ITEM_SEPARATOR.lastIndex = after;
			const separator = LIST_ITEM_SEPARATOR.exec(text);
			if (!separator) {
				break;
			}
			index = context.tokenIndexAt(after + separator[0].length);
			if (index < 0 || LIST_JOINERS.has(tokens[index].text)) {
				break;
			}
		}
	}
}

function organizationNounBefore(context: ParagraphContext, marker: number): boolean {
	const { tokens, text } = context;
	for (let k = marker - 1; k >= Math.max(0, marker - CONTEXT_REACH); k--) {
		if (CATEGORY_NOUNS.has(tokens[k].text)) {
			return false;
		}
		if (ORGANIZATION_NOUNS.has(tokens[k].text) || ORGANIZATION_NOUNS.has(tokens[k].text.toLowerCase())) {
			return true;
		}
		if (punctuationBetween(text, tokens[k].end, tokens[k + 1].start, '.;:!?')) {
			return false;
		}
	}
	return false;
}

function pushListItem(context: ParagraphContext, first: number, last: number, candidates: Candidate[]): void {
	const { tokens } = context;
	if (context.language === 'de' && first === last && GERMAN_COMMON_NOUN.test(tokens[first].text)) {
		return;
	}
	pushUnlessKnownArea(context, tokens[first].start, tokens[last].end, candidates);
}

/** The mention starting at `offset`; `mentions` are in text order and do not overlap. */
function mentionAt(mentions: readonly Candidate[], offset: number): Candidate | undefined {
	const index = partitionPoint(mentions, mention => mention.start >= offset);
	return index < mentions.length && mentions[index].start === offset ? mentions[index] : undefined;
}

/** The mention ending at `offset`; their ends are in text order too. */
function mentionEndingAt(mentions: readonly Candidate[], offset: number): Candidate | undefined {
	const index = partitionPoint(mentions, mention => mention.end >= offset);
	return index < mentions.length && mentions[index].end === offset ? mentions[index] : undefined;
}

/** Words that join list items, with the spaces around them: ", X", ", and X", " und X", " as well as X". */
const LIST_SEPARATOR_WORDS = [' and ', ' und ', ' sowie ', ' as well as '];
/** Articles that may follow a list separator ("und der X", ", the X"), with the space after them. */
const LIST_ARTICLES = ['der ', 'die ', 'das ', 'des ', 'dem ', 'den ', 'the '];
/** The farthest a list separator reaches from the item next to it, article included. */
const LIST_SEPARATOR_REACH = 14;
const GERMAN_NOUN_ENDING = /(?:e|en|er|el|um)$/;
const NON_FEMININE_ARTICLES = new Set(['das', 'dem', 'den', 'des', 'ein', 'einem', 'einen', 'eines']);

/** The list separator starting at `offset`, with an optional article that ends within reach: its length, or 0. */
export function listSeparatorAfter(text: string, offset: number): number {
	let end = offset;
	const first = text.charCodeAt(end);
	if (first !== 0x2c && first !== 0x20) {
		// Every separator starts with a comma or a space: most mentions are followed by neither.
		return 0;
	}
	const comma = first === 0x2c;
	if (comma) {
		end++;
	}
	const word = LIST_SEPARATOR_WORDS.find(separator => text.startsWith(separator, end));
	if (word !== undefined) {
		end += word.length;
	} else if (comma && text.charCodeAt(end) === 0x20) {
		end++;
	} else {
		return 0;
	}
	if (end + 4 - offset <= LIST_SEPARATOR_REACH && LIST_ARTICLES.some(article => text.startsWith(article, end))) {
		end += 4;
	}
	return end - offset;
}

/**
 * The list separator ending at `offset` (", ", ", and ", " und ", " sowie ", each with an optional article after),
 * starting within reach: its length, or 0. "as well as" joins only to the right.
 */
export function listSeparatorBefore(text: string, offset: number): number {
	if (text.charCodeAt(offset - 1) !== 0x20) {
		// Every separator ends with a space.
		return 0;
	}
	const reach = Math.max(0, offset - LIST_SEPARATOR_REACH);
	let start = offset;
	if (start - 4 >= reach && LIST_ARTICLES.some(article => text.startsWith(article, start - 4))) {
		start -= 4;
	}
	const word = LIST_SEPARATOR_WORDS.find(separator => separator !== ' as well as ' && start - separator.length >= reach
		&& text.startsWith(separator, start - separator.length));
	if (word !== undefined) {
		start -= word.length;
		if (start - 1 >= reach && text.charCodeAt(start - 1) === 0x2c) {
			start--;
		}
	} else if (start - 2 >= reach && text.startsWith(', ', start - 2)) {
		start -= 2;
	} else {
		return 0;
	}
	return offset - start;
}

/**
 * Names coordinated with known organizations are organizations too:
 * "der chinesischen Handelskammer in Großbritannien, Hawksford und JP Morgan Chase".
 * Runs on the resolved mentions of a paragraph (in text order, without overlaps); stops at any place, district or person in the list.
 */
export function coordinatedOrganizations(context: ParagraphContext, mentions: readonly Candidate[]): Candidate[] {
	const { text, tokens } = context;
	const added: Candidate[] = [];
	for (const mention of mentions) {
		if (mention.kind !== 'organization') {
			continue;
		}
		// Forward: ", X", " und X", ", and X".
		let end = mention.end;
		for (let separator; (separator = listSeparatorAfter(text, end)) > 0;) {
			const start = end + separator;
			const next = mentionAt(mentions, start);
			if (next) {
				if (next.kind !== 'organization') {
					break;
				}
				end = next.end;
				continue;
			}
			const first = context.tokenIndexAt(start);
			const last = first >= 0 ? nameRun(context, first, false) : -1;
			if (last < 0 || !isListItem(context, mentions, first, last)) {
				break;
			}
			added.push(organizationCandidate(start, tokens[last].end, Priority.Context));
			end = tokens[last].end;
		}
		// Backward: "X, <org>", "X und <org>".
		let start = mention.start;
		for (let separator; (separator = listSeparatorBefore(text, start)) > 0;) {
			const itemEnd = start - separator;
			const previous = mentionEndingAt(mentions, itemEnd);
			if (previous) {
				if (previous.kind !== 'organization') {
					break;
				}
				start = previous.start;
				continue;
			}
			const lastIndex = context.tokenIndexEndingAt(itemEnd);
			const first = runStartingBefore(context, lastIndex);
			if (first < 0 || !isListItem(context, mentions, first, lastIndex) || (tokens[first].shape & Shape.SentenceStart && first === lastIndex)) {
				break;
			}
			added.push(organizationCandidate(tokens[first].start, itemEnd, Priority.Context));
			start = tokens[first].start;
		}
	}
	return added;
}

/**
 * Tokens [first, last] can be a list item of their own: no mention starts in them, no stopword, no German common
 * noun, and no event or venue ("John Lennon Airport", "Anna Seghers Preis") beside the organizations.
 */
function isListItem(context: ParagraphContext, mentions: readonly Candidate[], first: number, last: number): boolean {
	const { tokens } = context;
	if (context.language === 'de' && first === last && (GERMAN_COMMON_NOUN.test(tokens[first].text) || GERMAN_NOUN_ENDING.test(tokens[first].text)
		// "das Werk sowie Huaweis Labor": after a neuter or masculine article, a word any German noun could be is one
		// (companies take the feminine one: "der Voith und der Trumpf").
		|| (first > 0 && NON_FEMININE_ARTICLES.has(tokens[first - 1].text.toLowerCase()) && !looksUnlikeGermanNoun(context.text, tokens[first])))) {
		return false;
	}
	// "ACCIÓ, the Catalan government's agency": an adjective of a nation or a region begins an appositive, not an item.
	if (context.language === 'en' && ENGLISH_NATIONALITIES.has(tokens[first].text)) {
		return false;
	}
	// "Kearney, CEO of …": an officer's role is no list item.
	if (paragraphWords(context).classes[last] & (Word.EventHead | Word.VenueHead | Word.PersonRole | Word.PersonTitle)) {
		return false;
	}
	for (let i = first; i <= last; i++) {
		if (mentionAt(mentions, tokens[i].start) || isLeadingStopword(tokens[i].text)) {
			return false;
		}
	}
	return true;
}
