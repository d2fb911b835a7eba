/**
 * Evaluates the recognizer on an annotated set: every <name>.txt with a gold <name>.json
 * (the format of ANNOTATION.md). Prints per-kind exact and relaxed precision/recall/F1, value
 * accuracy of dates and figures, B-cubed identity over district and organization mentions across
 * documents, and every error with its context.
 *
 *   node out/test/evaluate.js                 seeds/ against test/gold/
 *   node out/test/evaluate.js --dir <folder>  <folder>/*.txt against <folder>/*.json
 */
import * as fs from 'fs';
import * as path from 'path';
import { EntityRecognizer } from '../server/src/language/recognizer';
import { DocumentAnalysis, ENTITY_KINDS, Entity, EntityKind } from '../server/src/language/types';

export interface GoldDocument {
	file: string;
	language: string;
	documentDate: string | null;
	entities: Entity[];
}

export interface AnnotatedDocument {
	file: string;
	text: string;
	gold: GoldDocument;
}

export interface Scores { precision: number; recall: number; f1: number }

export interface KindReport {
	kind: EntityKind;
	gold: number;
	predicted: number;
	exact: Scores;
	relaxed: Scores;
}

export interface EvaluationError {
	file: string;
	type: 'missed' | 'spurious' | 'wrong kind' | 'wrong span' | 'wrong value' | 'wrong id';
	gold?: Entity;
	predicted?: Entity;
	context: string;
}

export interface EvaluationReport {
	kinds: KindReport[];
	/** Over relaxed-matched dates and figures: value, unit and approx all equal. */
	valueAccuracy: number;
	identity: Scores;
	languageAccuracy: number;
	documentDateAccuracy: number;
	errors: EvaluationError[];
}

const ROOT = path.resolve(__dirname, '..', '..');

/** Reads <textDir>/*.txt with their gold <goldDir>/<name>.json. */
export function loadAnnotatedSet(textDir: string, goldDir: string = textDir): AnnotatedDocument[] {
	return fs.readdirSync(textDir)
		.filter(name => name.endsWith('.txt') && fs.existsSync(path.join(goldDir, name.replace(/\.txt$/, '.json'))))
		.sort()
		.map(name => ({
			file: name,
			text: fs.readFileSync(path.join(textDir, name), 'utf8'),
			gold: JSON.parse(fs.readFileSync(path.join(goldDir, name.replace(/\.txt$/, '.json')), 'utf8')) as GoldDocument,
		}));
}

export function loadSeeds(): AnnotatedDocument[] {
	return loadAnnotatedSet(path.join(ROOT, 'seeds'), path.join(ROOT, 'test', 'gold'));
}

function scores(correctForPrecision: number, predicted: number, correctForRecall: number, gold: number): Scores {
	const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correctForPrecision / predicted;
	const recall = gold === 0 ? 1 : correctForRecall / gold;
	const f1 = precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall);
	return { precision, recall, f1 };
}

const overlaps = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;

function sameValue(gold: Entity, predicted: Entity): boolean {
	return gold.value === predicted.value && (gold.unit ?? null) === (predicted.unit ?? null) && (gold.approx ?? null) === (predicted.approx ?? null);
}

function contextOf(text: string, entity: Entity): string {
	const start = Math.max(0, entity.start - 30);
	const end = Math.min(text.length, entity.end + 30);
	return `${text.slice(start, entity.start)}[${text.slice(entity.start, entity.end)}]${text.slice(entity.end, end)}`.replace(/\s+/g, ' ');
}

/** Scores predictions against gold; `predict` is called once per document. */
export function evaluate(documents: readonly AnnotatedDocument[], predict: (text: string) => DocumentAnalysis): EvaluationReport {
	const counts = new Map<EntityKind, { gold: number; predicted: number; exact: number; relaxedGold: number; relaxedPredicted: number }>();
	for (const kind of ENTITY_KINDS) {
		counts.set(kind, { gold: 0, predicted: 0, exact: 0, relaxedGold: 0, relaxedPredicted: 0 });
	}
	const errors: EvaluationError[] = [];
	let valued = 0;
	let valueCorrect = 0;
	let languageCorrect = 0;
	let dateCorrect = 0;
	/** For identity: every gold district/organization mention with its gold id and the matched predicted id. */
	const identityItems: { goldId: string; predictedId: string }[] = [];

	for (const document of documents) {
		const analysis = predict(document.text);
		if (analysis.language === document.gold.language) {
			languageCorrect++;
		}
		if (analysis.documentDate === document.gold.documentDate) {
			dateCorrect++;
		}
		const gold = document.gold.entities;
		const predicted = analysis.entities;
		const goldMatched = new Array<Entity | undefined>(gold.length);
		const predictedMatched = new Array<boolean>(predicted.length).fill(false);
		for (const entity of gold) {
			counts.get(entity.kind)!.gold++;
		}
		for (const entity of predicted) {
			counts.get(entity.kind)!.predicted++;
		}
		// Exact matches first, then the overlapping ones, one to one and of the same kind.
		for (const pass of ['exact', 'relaxed'] as const) {
			gold.forEach((g, gi) => {
				if (goldMatched[gi]) {
					return;
				}
				const pi = predicted.findIndex((p, i) => !predictedMatched[i] && p.kind === g.kind
					&& (pass === 'exact' ? p.start === g.start && p.end === g.end : overlaps(p, g)));
				if (pi >= 0) {
					goldMatched[gi] = predicted[pi];
					predictedMatched[pi] = true;
				}
			});
		}
		gold.forEach((g, gi) => {
			const p = goldMatched[gi];
			const kindCounts = counts.get(g.kind)!;
			if (p) {
				kindCounts.relaxedGold++;
				kindCounts.relaxedPredicted++;
				if (p.start === g.start && p.end === g.end) {
					kindCounts.exact++;
				} else {
					errors.push({ file: document.file, type: 'wrong span', gold: g, predicted: p, context: contextOf(document.text, g) });
				}
				if (g.kind === 'date' || g.kind === 'figure') {
					valued++;
					if (sameValue(g, p)) {
						valueCorrect++;
					} else {
						errors.push({ file: document.file, type: 'wrong value', gold: g, predicted: p, context: contextOf(document.text, g) });
					}
				}
			} else {
				const other = predicted.find(p2 => overlaps(p2, g) && p2.kind !== g.kind);
				errors.push({ file: document.file, type: other ? 'wrong kind' : 'missed', gold: g, predicted: other, context: contextOf(document.text, g) });
			}
			if (g.kind === 'district' || g.kind === 'organization') {
				identityItems.push({ goldId: g.id ?? '', predictedId: p ? `${p.id}` : `unmatched:${document.file}:${gi}` });
			}
		});
		predicted.forEach((p, pi) => {
			if (!predictedMatched[pi] && !gold.some(g => overlaps(g, p) && g.kind !== p.kind)) {
				errors.push({ file: document.file, type: 'spurious', predicted: p, context: contextOf(document.text, p) });
			}
		});
	}

	const kinds: KindReport[] = ENTITY_KINDS.map(kind => {
		const c = counts.get(kind)!;
		return {
			kind,
			gold: c.gold,
			predicted: c.predicted,
			exact: scores(c.exact, c.predicted, c.exact, c.gold),
			relaxed: scores(c.relaxedPredicted, c.predicted, c.relaxedGold, c.gold),
		};
	});
	return {
		kinds,
		valueAccuracy: valued === 0 ? 1 : valueCorrect / valued,
		identity: bCubed(identityItems),
		languageAccuracy: documents.length === 0 ? 1 : languageCorrect / documents.length,
		documentDateAccuracy: documents.length === 0 ? 1 : dateCorrect / documents.length,
		errors,
	};
}

/** B-cubed precision/recall over mentions: each mention compares its predicted cluster with its gold cluster. */
function bCubed(items: readonly { goldId: string; predictedId: string }[]): Scores {
	if (items.length === 0) {
		return { precision: 1, recall: 1, f1: 1 };
	}
	const goldSize = new Map<string, number>();
	const predictedSize = new Map<string, number>();
	const pairSize = new Map<string, number>();
	for (const item of items) {
		goldSize.set(item.goldId, (goldSize.get(item.goldId) ?? 0) + 1);
		predictedSize.set(item.predictedId, (predictedSize.get(item.predictedId) ?? 0) + 1);
		const pair = `${item.goldId}\u0000${item.predictedId}`;
		pairSize.set(pair, (pairSize.get(pair) ?? 0) + 1);
	}
	let precision = 0;
	let recall = 0;
	for (const item of items) {
		const together = pairSize.get(`${item.goldId}\u0000${item.predictedId}`)!;
		precision += together / predictedSize.get(item.predictedId)!;
		recall += together / goldSize.get(item.goldId)!;
	}
	return scores(precision, items.length, recall, items.length);
}

const percent = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatReport(report: EvaluationReport, withErrors = true): string {
	const lines: string[] = [];
	lines.push('kind          gold  pred | exact P     R     F1 | relaxed P   R     F1');
	for (const k of report.kinds) {
		lines.push(`${k.kind.padEnd(12)} ${String(k.gold).padStart(5)} ${String(k.predicted).padStart(5)} | ${percent(k.exact.precision)} ${percent(k.exact.recall)} ${percent(k.exact.f1)} | ${percent(k.relaxed.precision)} ${percent(k.relaxed.recall)} ${percent(k.relaxed.f1)}`);
	}
	lines.push(`value accuracy (dates, figures): ${percent(report.valueAccuracy)}`);
	lines.push(`identity B-cubed (district+organization): P ${percent(report.identity.precision)} R ${percent(report.identity.recall)} F1 ${percent(report.identity.f1)}`);
	lines.push(`language: ${percent(report.languageAccuracy)}  documentDate: ${percent(report.documentDateAccuracy)}`);
	if (withErrors) {
		lines.push('', `${report.errors.length} errors:`);
		for (const error of report.errors) {
			const describe = (e?: Entity) => e ? `${e.kind} "${e.text}"${e.id ? ' ' + e.id : ''}${e.value !== undefined ? ' = ' + e.value + (e.unit ? ' ' + e.unit : '') + (e.approx ? ' ' + e.approx : '') : ''}` : '';
			const what = [error.gold ? 'gold ' + describe(error.gold) : '', error.predicted ? 'predicted ' + describe(error.predicted) : ''].filter(Boolean).join(' / ');
			lines.push(`${error.file} ${error.type.padEnd(11)} ${what}\n    ${error.context}`);
		}
	}
	return lines.join('\n');
}

function main(args: string[]): void {
	const dirIndex = args.indexOf('--dir');
	const documents = dirIndex >= 0 ? loadAnnotatedSet(path.resolve(args[dirIndex + 1])) : loadSeeds();
	const recognizer = new EntityRecognizer();
	const report = evaluate(documents, text => recognizer.analyze(text));
	console.log(`${documents.length} documents`);
	console.log(formatReport(report, !args.includes('--quiet')));
}

if (require.main === module) {
	main(process.argv.slice(2));
}
