// Verifies every gold file in the folder and lists text that might be a missed entity.
const fs = require('fs');
const path = require('path');
// Usage: node test/goldTools/verify.js <set folder> [-v] (a dev set's folder, e.g. test/devset3, with its lists in <set folder>/tools).
const dir = path.resolve(process.argv[2] ?? '.');
const KINDS = ['district', 'organization', 'date', 'figure', 'place', 'person'];
const verbose = process.argv.includes('-v');
let errors = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const idKinds = new Map();
for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.txt')).sort()) {
	const text = fs.readFileSync(path.join(dir, f), 'utf8');
	const jf = path.join(dir, f.replace(/\.txt$/, '.json'));
	if (!fs.existsSync(jf)) { err(f, 'no json'); continue; }
	const g = JSON.parse(fs.readFileSync(jf, 'utf8'));
	if (g.file !== f) err(f, 'file field');
	if (!['en', 'de'].includes(g.language)) err(f, 'language');
	if (g.documentDate !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(g.documentDate)) err(f, 'documentDate');
	if (text.length < 1800 || text.length > 3500) err(f, `length ${text.length}`);
	let prevEnd = 0;
	const covered = new Array(text.length).fill(false);
	for (const e of g.entities) {
		if (text.slice(e.start, e.end) !== e.text) err(f, `slice mismatch ${JSON.stringify(e)}`);
		if (e.start < prevEnd) err(f, `overlap/order at ${e.start} ${e.text}`);
		prevEnd = e.end;
		if (e.text !== e.text.trim() || e.text.length === 0) err(f, `whitespace ${e.text}`);
		if (!KINDS.includes(e.kind)) err(f, `kind ${e.kind}`);
		for (let i = e.start; i < e.end; i++) covered[i] = true;
		if (['district', 'organization', 'place', 'person'].includes(e.kind)) {
			if (!/^[a-z]+:[a-z0-9-]+$/.test(e.id || '') || !e.id.startsWith(e.kind + ':')) err(f, `id ${e.id}`);
			if ('value' in e || 'unit' in e) err(f, `value on ${e.text}`);
			idKinds.set(e.id, (idKinds.get(e.id) || new Set()).add(e.text));
		} else if (e.kind === 'date') {
			if (typeof e.value !== 'string' || !/^(\d{4}|XXXX)(-(\d{2}|Q[1-4]|W\d{2}|WXX)(-\d{1,2})?)?$/.test(e.value)) err(f, `date value ${e.value}`);
			if ('id' in e) err(f, 'id on date');
		} else if (e.kind === 'figure') {
			if (typeof e.value !== 'number' || !e.unit) err(f, `figure value ${JSON.stringify(e)}`);
			if (e.approx && !['over', 'under', 'about'].includes(e.approx)) err(f, `approx ${e.approx}`);
			if ('id' in e) err(f, 'id on figure');
		}
	}
	// Candidate misses: every other occurrence of an annotated name, and uncovered capitalized words and numbers.
	const names = new Set(g.entities.filter(e => !['date', 'figure'].includes(e.kind)).map(e => e.text));
	const isWordChar = c => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	for (const n of names) {
		let i = -1;
		while ((i = text.indexOf(n, i + 1)) >= 0) {
			if (!covered[i] && !isWordChar(text[i - 1]) && !isWordChar(text[i + n.length])) console.log(`  ${f}: unannotated occurrence of "${n}" at ${i}: …${text.slice(Math.max(0, i - 25), i + n.length + 25).replace(/\n/g, ' ')}…`);
		}
	}
	if (verbose) {
		const re = /[\p{Lu}\d][\p{L}\p{N}.,'’\-]*/gu;
		let m;
		const out = [];
		while ((m = re.exec(text))) {
			if (!covered[m.index]) out.push(m[0]);
		}
		console.log(`  ${f} uncovered capitalized/numeric tokens: ${out.join(' | ')}`);
	}
}
for (const [id, texts] of [...idKinds].sort()) if (verbose) console.log(`  ${id}: ${[...texts].join(' / ')}`);
console.log(errors ? `${errors} errors` : 'all checks passed');
process.exit(errors ? 1 : 0);
