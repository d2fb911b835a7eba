import { KnowledgeBase, NameMatch } from './knowledgeBase';
import { partitionPoint } from './sortedSearch';
import { Token, tokenize } from './tokenizer';
import { Language } from './types';

/** What every rule sees of one paragraph: the text window, its tokens and the knowledge-base names in it. */
export class ParagraphContext {
	readonly tokens: Token[];
	readonly names: NameMatch[];

	constructor(
		readonly text: string,
		readonly from: number,
		readonly to: number,
		readonly language: Language,
		readonly kb: KnowledgeBase,
		/** The first paragraph of a document holds title, byline and dateline. */
		readonly isFirstParagraph: boolean,
	) {
		this.tokens = tokenize(text, from, to);
		this.names = kb.findNamesInTokens(text, this.tokens, from, to);
	}

	/** The knowledge-base name starting exactly at `offset` (names are sorted and never overlap). */
	nameAt(offset: number): NameMatch | undefined {
		const name = this.names[partitionPoint(this.names, name => name.start >= offset)];
		return name !== undefined && name.start === offset ? name : undefined;
	}

	/** Index of the token starting exactly at `offset`, or -1. */
	tokenIndexAt(offset: number): number {
		const index = this.tokenIndexFrom(offset);
		return index < this.tokens.length && this.tokens[index].start === offset ? index : -1;
	}

	/** Index of the token ending exactly at `offset`, or -1. */
	tokenIndexEndingAt(offset: number): number {
		const index = this.tokenIndexFrom(offset) - 1;
		return index >= 0 && this.tokens[index].end === offset ? index : -1;
	}

	/** Index of the first token that starts at or after `offset`. */
	tokenIndexFrom(offset: number): number {
		return partitionPoint(this.tokens, token => token.start >= offset);
	}

	/** The knowledge-base name covering exactly tokens [first, last]. */
	nameCovering(first: number, last: number): NameMatch | undefined {
		const name = this.nameAt(this.tokens[first].start);
		return name && name.end === this.tokens[last].end ? name : undefined;
	}
}
