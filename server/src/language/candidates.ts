import { Approximation, EntityKind } from './types';

/** A proposed mention from one source (knowledge base, a rule, a normalizer) before overlaps are resolved. */
export interface Candidate {
	start: number;
	end: number;
	kind: EntityKind;
	id?: string;
	value?: string | number;
	unit?: string;
	approx?: Approximation;
	/** Breaks ties between candidates of equal length: the more reliable source wins. */
	priority: number;
}

/** Source reliability, used only to break length ties. */
export const enum Priority {
	Sequence = 1,
	Context = 2,
	Pattern = 3,
	Normalizer = 4,
	KnowledgeBase = 5,
}

/**
 * Flat mentions: the longest candidate wins, then the higher priority, then the earlier start.
 * Returns the accepted candidates sorted by start.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
	const ordered = candidates.slice().sort((a, b) =>
		(b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
	const accepted: Candidate[] = [];
	for (const candidate of ordered) {
		if (candidate.end <= candidate.start) {
			continue;
		}
		if (!overlapsAny(accepted, candidate)) {
			insertSorted(accepted, candidate);
		}
	}
	return accepted;
}

function overlapsAny(sorted: Candidate[], candidate: Candidate): boolean {
	const index = firstEndingAfter(sorted, candidate.start);
	return index < sorted.length && sorted[index].start < candidate.end;
}

/** Index of the first accepted candidate whose end lies after `offset` (accepted ones never overlap, so ends are sorted too). */
function firstEndingAfter(sorted: Candidate[], offset: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (sorted[mid].end <= offset) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

function insertSorted(sorted: Candidate[], candidate: Candidate): void {
	const index = firstEndingAfter(sorted, candidate.start);
	sorted.splice(index, 0, candidate);
}
