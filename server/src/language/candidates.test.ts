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
});
