// Prints the per-file table of README.md: documentDate, length (UTF-16 code units) and mentions by kind.
const fs = require('fs');
const path = require('path');
// Usage: node test/goldTools/stats.js <set folder> (a dev set's folder, e.g. test/devset3, with its lists in <set folder>/tools).
const dir = path.resolve(process.argv[2] ?? '.');
const KINDS = ['district', 'organization', 'date', 'figure', 'place', 'person'];
const total = Object.fromEntries(KINDS.map(k => [k, 0]));
const ids = new Set();
let all = 0;
console.log(`| file | lang | documentDate | chars | ${KINDS.join(' | ')} | all |`);
console.log(`|---|---|---|---|${KINDS.map(() => '---').join('|')}|---|`);
for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.txt')).sort()) {
	const text = fs.readFileSync(path.join(dir, f), 'utf8');
	const g = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
	const c = Object.fromEntries(KINDS.map(k => [k, 0]));
	for (const e of g.entities) {
		c[e.kind]++;
		total[e.kind]++;
		if (e.id) ids.add(e.id);
	}
	all += g.entities.length;
	console.log(`| ${f} | ${g.language} | ${g.documentDate} | ${text.length} | ${KINDS.map(k => c[k]).join(' | ')} | ${g.entities.length} |`);
}
console.log(`| total | | | | ${KINDS.map(k => total[k]).join(' | ')} | ${all} |`);
console.log(`\n${ids.size} distinct ids`);
