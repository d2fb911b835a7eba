import { partitionPoint } from './sortedSearch';
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

const INSERTION_SORT_LIMIT = 64;

/**
 * Flat mentions: the longest candidate wins, then the higher priority, then the earlier start.
 * Returns the accepted candidates sorted by start.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
	// The fields of each candidate are read once, into plain arrays that the sort and the overlap test work on.
	const starts: number[] = [];
	const lengths: number[] = [];
	const priorities: number[] = [];
	const order: number[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i];
		starts.push(candidate.start);
		lengths.push(candidate.end - candidate.start);
		priorities.push(candidate.priority);
		order.push(i);
	}
	const compare = (a: number, b: number) => lengths[b] - lengths[a] || priorities[b] - priorities[a] || starts[a] - starts[b];
	if (order.length > INSERTION_SORT_LIMIT) {
		order.sort(compare);
	} else {
		// A paragraph has a dozen candidates: a stable insertion sort saves the fixed cost of Array.prototype.sort.
		for (let i = 1; i < order.length; i++) {
			const index = order[i];
			let j = i - 1;
			while (j >= 0 && compare(index, order[j]) < 0) {
				order[j + 1] = order[j];
				j--;
			}
			order[j + 1] = index;
		}
	}
	const accepted: Candidate[] = [];
	// Starts and ends of the accepted candidates, in text order: accepted ones never overlap, so both are sorted.
	const acceptedStarts: number[] = [];
	const acceptedEnds: number[] = [];
	for (const index of order) {
		const start = starts[index];
		const end = start + lengths[index];
		if (end <= start) {
			continue;
		}
		const at = partitionPoint(acceptedEnds, acceptedEnd => acceptedEnd > start);
		if (at < acceptedEnds.length && acceptedStarts[at] < end) {
			continue;
		}
		insertAt(accepted, at, candidates[index]);
		insertAt(acceptedStarts, at, start);
		insertAt(acceptedEnds, at, end);
	}
	return accepted;
}

/** `array.splice(index, 0, value)` without the cost of a call into the runtime, for the short arrays here. */
function insertAt<T>(array: T[], index: number, value: T): void {
	array.push(value);
	for (let i = array.length - 1; i > index; i--) {
		array[i] = array[i - 1];
	}
	array[index] = value;
}
