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
 * The fields the sort and the overlap test read, copied from each candidate once (candidates of different
 * sources have different shapes): arrays reused from call to call, grown when a call has more candidates.
 */
let fields = { starts: new Int32Array(256), lengths: new Int32Array(256), priorities: new Int32Array(256) };

/** The order of preference of candidates `a` and `b` (indexes into `fields`): longer, then higher priority, then earlier. */
function compareCandidates(a: number, b: number): number {
	const { starts, lengths, priorities } = fields;
	return lengths[b] - lengths[a] || priorities[b] - priorities[a] || starts[a] - starts[b];
}

/**
 * Flat mentions: the longest candidate wins, then the higher priority, then the earlier start.
 * Returns the accepted candidates sorted by start.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
	if (candidates.length > fields.starts.length) {
		const capacity = Math.max(candidates.length, 2 * fields.starts.length);
		fields = { starts: new Int32Array(capacity), lengths: new Int32Array(capacity), priorities: new Int32Array(capacity) };
	}
	const { starts, lengths, priorities } = fields;
	const order: number[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i];
		starts[i] = candidate.start;
		lengths[i] = candidate.end - candidate.start;
		priorities[i] = candidate.priority;
		order.push(i);
	}
	if (order.length > INSERTION_SORT_LIMIT) {
		order.sort(compareCandidates);
	} else {
		// A paragraph has a dozen candidates: a stable insertion sort saves the fixed cost of Array.prototype.sort.
		for (let i = 1; i < order.length; i++) {
			const index = order[i];
			let j = i - 1;
			while (j >= 0 && compareCandidates(index, order[j]) < 0) {
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
