import { KnowledgeBase, NameMatch } from './knowledgeBase';
import { Token, tokenize } from './tokenizer';
import { Language } from './types';

/** What every rule sees of one paragraph: the text window, its tokens and the knowledge-base names in it. */
export class ParagraphContext {
	readonly tokens: Token[];
	readonly names: NameMatch[];
	private readonly nameByStart = new Map<number, NameMatch>();
	private readonly tokenByStart = new Map<number, number>();

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
		this.names = kb.findNames(text, from, to);
		for (const name of this.names) {
			this.nameByStart.set(name.start, name);
		}
		this.tokens.forEach((token, index) => this.tokenByStart.set(token.start, index));
	}

	/** The knowledge-base name starting exactly at `offset`. */
	nameAt(offset: number): NameMatch | undefined {
		return this.nameByStart.get(offset);
	}

	/** Index of the token starting exactly at `offset`, or -1. */
	tokenIndexAt(offset: number): number {
		return this.tokenByStart.get(offset) ?? -1;
	}

	/** The knowledge-base name covering exactly tokens [first, last]. */
	nameCovering(first: number, last: number): NameMatch | undefined {
		const name = this.nameByStart.get(this.tokens[first].start);
		return name && name.end === this.tokens[last].end ? name : undefined;
	}
}
