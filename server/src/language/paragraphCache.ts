/**
 * A bounded cache of per-paragraph results keyed by paragraph text (and context), least recently
 * used out first. Bounded by the total length of the keys, so that a large document fits whole:
 * re-analysing it after a small edit then recognizes only the paragraphs that changed.
 */
export class ParagraphCache<T> {
	private readonly entries = new Map<string, T>();
	private size = 0;

	/** @param capacity total key length (UTF-16 code units) kept */
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
		if (this.entries.delete(key)) {
			this.size -= key.length;
		}
		this.entries.set(key, value);
		this.size += key.length;
		if (this.size <= this.capacity) {
			return;
		}
		for (const oldest of this.entries.keys()) {
			if (this.size <= this.capacity || oldest === key) {
				break;
			}
			this.entries.delete(oldest);
			this.size -= oldest.length;
		}
	}

	/** Total key length held. */
	get length(): number {
		return this.size;
	}
}
