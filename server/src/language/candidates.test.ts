import * as assert from 'assert';
import { Candidate, resolveOverlaps } from './candidates';

const c = (start: number, end: number, kind: Candidate['kind'], priority = 1): Candidate => ({ start, end, kind, priority });

describe('resolveOverlaps', () => {
	it('keeps the longest candidate and drops what lies inside it', () => {
		const result = resolveOverlaps([c(0, 7, 'place', 5), c(0, 30, 'organization'), c(31, 35, 'figure')]);
		assert.deepStrictEqual(result.map(r => [r.start, r.end, r.kind]), [[0, 30, 'organization'], [31, 35, 'figure']]);
	});

	it('breaks length ties by priority', () => {
		const result = resolveOverlaps([c(5, 10, 'organization', 1), c(5, 10, 'place', 5), c(0, 3, 'date', 4)]);
		assert.deepStrictEqual(result.map(r => r.kind), ['date', 'place']);
	});

	it('keeps the first of fully tied candidates, in small and in large paragraphs', () => {
		assert.deepStrictEqual(resolveOverlaps([c(2, 6, 'person', 2), c(2, 6, 'organization', 2)]).map(r => r.kind), ['person']);
		// More candidates than the insertion sort takes: every third one ties with the one before it.
		const many = Array.from({ length: 200 }, (_, i) => c(i * 10 - (i % 3 === 2 ? 10 : 0), i * 10 + 5 - (i % 3 === 2 ? 10 : 0), i % 2 ? 'person' : 'organization'));
		const result = resolveOverlaps(many);
		assert.strictEqual(result.length, 134);
		assert.deepStrictEqual(result.slice(0, 4).map(r => [r.start, r.kind]), [[0, 'organization'], [10, 'person'], [30, 'person'], [40, 'organization']]);
	});
});
