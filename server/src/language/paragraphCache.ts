/**
 * A bounded cache of per-paragraph results keyed by paragraph text (and context), least recently
 * used out first. Bounded by the total length of the keys, so that a large document fits whole:
 * re-analysing it after a small edit then recognizes only the paragraphs that changed.
 *
 * Recency is kept the "second chance" way: a hit only marks its entry, and eviction moves marked
 * entries to the back instead of dropping them. Moving every hit to the back of the Map instead cost
 * two more comparisons of the whole paragraph per hit, which for a large document were a good part
 * of re-analysing it after an edit.
 */
export class ParagraphCache<T> {
	private readonly entries = new Map<string, { value: T; used: boolean }>();
	private size = 0;

	/** @param capacity total key length (UTF-16 code units) kept */
	constructor(private readonly capacity: number) { }

	get(key: string): T | undefined {
		const entry = this.entries.get(key);
		if (entry === undefined) {
			return undefined;
		}
		entry.used = true;
		return entry.value;
	}

	set(key: string, value: T): void {
		if (this.entries.delete(key)) {
			this.size -= key.length;
		}
		this.entries.set(key, { value, used: false });
		this.size += key.length;
		// Entries moved to the back come round again unmarked, so this ends.
		for (const [oldest, entry] of this.entries) {
			if (this.size <= this.capacity) {
				break;
			}
			if (oldest === key) {
				continue;
			}
			this.entries.delete(oldest);
			if (entry.used) {
				entry.used = false;
				this.entries.set(oldest, entry);
			} else {
				this.size -= oldest.length;
			}
		}
	}

	/** Total key length held. */
	get length(): number {
		return this.size;
	}
}
