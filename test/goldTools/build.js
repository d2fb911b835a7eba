// Builds <name>.json gold files from <name>.ann.js annotation lists.
// Each list entry is [kind, surface, idOrValue, unit?, approx?] or with a trailing {skip:n}
// option object. Surfaces are searched in order, each from the end of the previous match,
// and must stand on word boundaries (no letter or digit directly before or after).
const fs = require('fs');
const path = require('path');
// Usage: node test/goldTools/build.js <set folder> [name …] (a dev set's folder, e.g. test/devset3, with its lists in <set folder>/tools).
const dir = path.resolve(process.argv[2] ?? '.');
const isWordChar = c => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const names = process.argv.slice(3).length ? process.argv.slice(3)
	: fs.readdirSync(path.join(dir, 'tools')).filter(n => n.endsWith('.ann.js')).map(n => n.replace(/\.ann\.js$/, ''));
let failed = false;
for (const name of names) {
	const ann = require(path.join(dir, 'tools', name + '.ann.js'));
	const text = fs.readFileSync(path.join(dir, name + '.txt'), 'utf8');
	let cursor = 0;
	const entities = [];
	for (const entry of ann.entities) {
		const opts = typeof entry[entry.length - 1] === 'object' && entry[entry.length - 1] !== null ? entry[entry.length - 1] : {};
		const [kind, surface, idOrValue, unit, approx] = entry;
		let skip = opts.skip || 0;
		let at = cursor;
		let found = -1;
		while (true) {
			const i = text.indexOf(surface, at);
			if (i < 0) break;
			if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) {
				if (skip === 0) { found = i; break; }
				skip--;
			}
			at = i + 1;
		}
		if (found < 0) {
			console.error(`${name}: not found after ${cursor}: ${JSON.stringify(surface)}`);
			failed = true;
			continue;
		}
		const e = { start: found, end: found + surface.length, text: surface, kind };
		if (kind === 'date') e.value = idOrValue;
		else if (kind === 'figure') {
			e.value = idOrValue;
			e.unit = unit;
			if (approx && typeof approx === 'string') e.approx = approx;
		} else e.id = idOrValue;
		entities.push(e);
		cursor = e.end;
	}
	const gold = { file: name + '.txt', language: ann.language, documentDate: ann.documentDate, entities };
	fs.writeFileSync(path.join(dir, name + '.json'), JSON.stringify(gold, null, 1) + '\n');
	console.log(`${name}: ${entities.length} entities`);
}
process.exit(failed ? 1 : 0);
