import * as assert from 'assert';
import { Shape, TokenWords, isPlainWord, joinedInName, textHash, tokenize } from './tokenizer';

describe('tokenizer', () => {
	it('cuts the English possessive off and keeps pinyin apostrophes and hyphens', () => {
		const tokens = tokenize('Futian’s Bao\'an and Bio-Medical');
		assert.deepStrictEqual(tokens.map(t => t.text), ['Futian', 'Bao\'an', 'and', 'Bio-Medical']);
		assert.ok(tokens[0].shape & Shape.Possessive);
	});

	it('marks shapes', () => {
		const [caps, inter, lower, start] = tokenize('BOSCH iFlyTek said. Then');
		assert.strictEqual(tokenize('x. then')[1].shape, 0);
		assert.ok(caps.shape & Shape.AllCaps && caps.shape & Shape.SentenceStart);
		assert.ok(inter.shape & Shape.InterCap && !(inter.shape & Shape.Capitalized));
		assert.strictEqual(lower.shape, 0);
		assert.ok(start.shape & Shape.SentenceStart);
	});

	it('marks tokens whose parts are joined by an apostrophe or a hyphen', () => {
		const joined = tokenize("Bao'an Sino-German Futian’s Futian plain - x").map(t => (t.shape & Shape.Joined) !== 0);
		assert.deepStrictEqual(joined, [true, true, true, false, false, false]);
	});

	it('hashes each token as textHash hashes its text, also when the possessive is cut off', () => {
		const tokens = tokenize('Futian’s Bao\'an x 2025 Düsseldorf');
		assert.deepStrictEqual(tokens.map(t => t.hash), tokens.map(t => textHash(t.text)));
		assert.strictEqual(textHash('a Futian b', 2, 8), textHash('Futian'));
		assert.notStrictEqual(textHash('Futian'), textHash('Futain'));
	});

	it('looks tokens up in a set of words', () => {
		const articles = new TokenWords(new Set(['the', 'a', 'der']));
		assert.deepStrictEqual(tokenize('The thé the, a der Ader’s').map(token => articles.includes(token)), [false, false, true, true, true, false]);
	});

	it('tells plain words, which get no shape, from the others', () => {
		const words = ['adidas', 'über', 'Adidas', 'iFlytek', 'easyJet', 'x2', 'ADIDAS'];
		assert.deepStrictEqual(words.map(isPlainWord), [true, true, false, false, false, false, false]);
		assert.deepStrictEqual(words.map(word => tokenize(word)[0].shape === 0), words.map(isPlainWord));
	});

	it('joins the words of a name across one or two spaces or " & ", not across the gap between header fields', () => {
		const text = 'Rohde & Schwarz  Berlin   Updated, Kiel';
		const tokens = tokenize(text);
		assert.deepStrictEqual(tokens.slice(1).map((right, i) => joinedInName(text, tokens[i], right)), [true, true, false, false]);
		const plus = 'Kühne+Nagel';
		const [kuehne, nagel] = tokenize(plus);
		assert.ok(joinedInName(plus, kuehne, nagel));
	});
});
