// Prints a document with its gold mentions inline: [text|kind value-or-id].
const fs = require('fs'); const path = require('path');
// Usage: node test/goldTools/show.js <set folder> <name> … (a dev set's folder, e.g. test/devset3, with its lists in <set folder>/tools).
const dir = path.resolve(process.argv[2] ?? '.');
for (const name of process.argv.slice(3)) {
	const text = fs.readFileSync(path.join(dir, name + '.txt'), 'utf8');
	const g = JSON.parse(fs.readFileSync(path.join(dir, name + '.json'), 'utf8'));
	let out = '', at = 0;
	for (const e of g.entities) {
		out += text.slice(at, e.start) + `[${e.text}|${e.kind[0].toUpperCase()} ${e.id ? e.id.split(':')[1] : e.value + (e.unit && e.unit !== 'count' ? ' ' + e.unit : '') + (e.approx ? ' ' + e.approx : '')}]`;
		at = e.end;
	}
	console.log(`=== ${name} (${g.language}, ${g.documentDate})\n` + out + text.slice(at));
}
