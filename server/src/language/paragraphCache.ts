/**
 * A bounded cache of per-paragraph results, least recently used out first. Re-analysing a large
 * document after a small edit then recognizes only the paragraphs whose text (or context) changed.
 */
export class ParagraphCache<T> {
	private readonly entries = new Map<string, T>();

	constructor(private readonly capacity: number) { }

	get(key: string): T | undefined {
		const value = this.entries.get(key);
		if (value !== undefined) {
			// Re-insert so that Map order is recency order.
			this.entries.delete(key);
			this.entries.set(key, value);
		}
		return value;
	}

	set(key: string, value: T): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		if (this.entries.size > this.capacity) {
			this.entries.delete(this.entries.keys().next().value as string);
		}
	}

	get size(): number {
		return this.entries.size;
	}
}
