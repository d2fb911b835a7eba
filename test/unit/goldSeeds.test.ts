import * as assert from 'assert';
import { EntityRecognizer } from '../../server/src/language/recognizer';
import { evaluate, formatReport, loadSeeds } from '../evaluate';

/** Floors the recognizer must keep on the seeds (seeds/ against test/gold/); raise them as it improves. */
const RELAXED_F1_FLOOR = 0.95;
const VALUE_ACCURACY_FLOOR = 0.95;
const IDENTITY_F1_FLOOR = 0.95;

describe('gold seeds', () => {
	const report = evaluate(loadSeeds(), text => new EntityRecognizer().analyze(text));

	before(() => {
		console.log(formatReport(report, false));
	});

	for (const kind of ['district', 'organization', 'date', 'figure', 'place', 'person'] as const) {
		it(`${kind}: relaxed F1 >= ${RELAXED_F1_FLOOR * 100}`, () => {
			const scores = report.kinds.find(k => k.kind === kind)!;
			assert.ok(scores.relaxed.f1 >= RELAXED_F1_FLOOR, `${kind} relaxed F1 ${scores.relaxed.f1.toFixed(3)}`);
		});
	}

	it(`value accuracy >= ${VALUE_ACCURACY_FLOOR * 100}`, () => {
		assert.ok(report.valueAccuracy >= VALUE_ACCURACY_FLOOR, `value accuracy ${report.valueAccuracy.toFixed(3)}`);
	});

	it(`identity B-cubed F1 >= ${IDENTITY_F1_FLOOR * 100}`, () => {
		assert.ok(report.identity.f1 >= IDENTITY_F1_FLOOR, `identity F1 ${report.identity.f1.toFixed(3)}`);
	});

	it('detects language and document date of every seed', () => {
		assert.strictEqual(report.languageAccuracy, 1);
		assert.strictEqual(report.documentDateAccuracy, 1);
	});
});
