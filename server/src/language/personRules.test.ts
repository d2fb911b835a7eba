import * as assert from 'assert';
import { findPersons } from './personRules';
import { spans, testContext } from './testKnowledge';
import { Language } from './types';

function persons(text: string, language: Language = 'en', first = false): string[] {
	return spans(text, findPersons(testContext(text, language, first)));
}

describe('personRules', () => {
	it('keeps titles out of the name', () => {
		assert.deepStrictEqual(persons('Contact: Ms. Tang, Tel: 123'), ['person:Tang']);
		assert.deepStrictEqual(persons('Laut Frau Dr. Sabine Kohl steigt der Umsatz.', 'de'), ['person:Sabine Kohl']);
		assert.deepStrictEqual(persons('Rückfragehinweis: Mag. Petra Huber, Tel. 123', 'de'), ['person:Petra Huber']);
	});

	it('reads long names after a given name, German "von" after a given name, and no person in a saint\'s place name', () => {
		assert.deepStrictEqual(persons('Exporter Ana Sofia de Carvalho Mendes runs it.'), ['person:Ana Sofia de Carvalho Mendes']);
		assert.deepStrictEqual(persons('Die Geschäftsführerin Katharina von Stetten sagte, Anja Kessler von Kessler Logistik auch.', 'de'),
			['person:Anja Kessler', 'person:Katharina von Stetten']);
		assert.deepStrictEqual(persons('The plant is in Santa Maria da Feira.'), []);
		assert.deepStrictEqual(persons('BLG-Vorstand Henrike Osterloh sagte es.', 'de'), ['person:Henrike Osterloh']);
	});

	it('finds Chinese names by surname and pinyin given name', () => {
		assert.deepStrictEqual(persons('Zhou Xiaoming and Leung Chun-ying spoke in Shenzhen.'), ['person:Leung Chun-ying', 'person:Zhou Xiaoming']);
		assert.deepStrictEqual(persons('The Li Ning Group and Ma Bank.'), []);
	});

	it('reads a name at the end of a line apart from the words on the next', () => {
		assert.deepStrictEqual(persons('TalTech: Prof. Maarja Kuusk\nPort of Tallinn'), ['person:Maarja Kuusk']);
		assert.deepStrictEqual(persons('Promotion Bureau\nFang Rui\nXu Li\nGroup'), ['person:Fang Rui', 'person:Xu Li']);
		assert.deepStrictEqual(persons('IHK zu Bielefeld\nJan-Hendrik Tiemann, Pressesprecher', 'de'), ['person:Jan-Hendrik Tiemann']);
	});

	it('keeps a verb of saying that opens the sentence out of the name', () => {
		assert.deepStrictEqual(persons('SPRECHER: Sagt Liu Xin, Bezirksvorsteher von Changping.', 'de'), ['person:Liu Xin']);
	});

	it('finds names before roles and around verbs of saying', () => {
		assert.deepStrictEqual(persons('Torsten Albig, chairman of the board, agreed.'), ['person:Torsten Albig']);
		assert.deepStrictEqual(persons('Réka Szalai, Mertova Freight\u2019s deputy director, agreed.'), ['person:Réka Szalai']);
		assert.deepStrictEqual(persons('"We grow," said Ingolf Brandes.'), ['person:Ingolf Brandes']);
		assert.deepStrictEqual(persons('Das sagte Oberbürgermeister Henriette Reker.', 'de'), ['person:Henriette Reker']);
		assert.deepStrictEqual(persons('Unter Leitung von Wirtschaftsministerin Ilka Vogt reiste die Gruppe.', 'de'), ['person:Ilka Vogt']);
	});

	it('finds a byline near the top of the first paragraph', () => {
		assert.deepStrictEqual(persons('Beijing\nWei Anning\nreporter@example.com\nThe fair opened.', 'en', true), ['person:Wei Anning']);
		assert.deepStrictEqual(persons('Beijing\nTrade Fair Opens\nThe fair opened.', 'en', true), []);
	});

	it('reads a middle initial inside a name, but ends no name in one', () => {
		assert.deepStrictEqual(persons('"We grow," said Peter J. Miller. Anna M. said so.'), ['person:Peter J. Miller']);
	});

	it('knows given names of the European languages, compound ones included', () => {
		assert.deepStrictEqual(persons('Anja Weber, Jean-Pierre Morel and Zsófia Horváth met Piotr Nowak.'),
			['person:Anja Weber', 'person:Jean-Pierre Morel', 'person:Piotr Nowak', 'person:Zsófia Horváth']);
	});

	it('marks no person inside the name of a prize, a street or an airport', () => {
		assert.deepStrictEqual(persons('The Marcus Wallenberg Prize, Thomas Mann Street and John Lennon Airport.'), []);
		assert.deepStrictEqual(persons('Der Anna Seghers Preis ging an Sven Köhler.', 'de'), ['person:Sven Köhler']);
	});

	it('keeps the "General" of a role out of the name', () => {
		assert.deepStrictEqual(persons('Consul General Ildikó Nagy and Secretary General Maria Olsen met General Motors.'), ['person:Ildikó Nagy', 'person:Maria Olsen']);
	});

	it('reads name particles inside a name', () => {
		assert.deepStrictEqual(persons('"We grow," said Katrijn van der Velde, director of the port.'), ['person:Katrijn van der Velde']);
		assert.deepStrictEqual(persons('Tomas de Almeida, chairman of the board, agreed.'), ['person:Tomas de Almeida']);
		assert.deepStrictEqual(persons('"We grow," said Peter Meyer ten times.'), ['person:Peter Meyer']);
		assert.deepStrictEqual(persons('"Wir wachsen", sagte Jana Richter von Kessler Elektronik.', 'de'), ['person:Jana Richter']);
		assert.deepStrictEqual(persons('Anna Richter von Richter Logistik sagte, das Lager wachse.', 'de'), ['person:Anna Richter']);
	});

	it('finds the author of a byline with a credit word, in capitals too', () => {
		assert.deepStrictEqual(persons('Trade fair opens\nBy ZHAO MINGYU in Hefei | Xinhua | 2024-05-02'), ['person:ZHAO MINGYU']);
		assert.deepStrictEqual(persons('Messe eröffnet\nVon Greta Lindqvist\nDie Messe öffnete.', 'de'), ['person:Greta Lindqvist']);
		assert.deepStrictEqual(persons('Deadlines\nBy March Next Year\nBy Shenzhen Metro in 2025'), []);
		assert.deepStrictEqual(persons('BY THE NUMBERS\nBY STAFF REPORTER\nBy Staff Reporter\nA report.'), []);
		assert.deepStrictEqual(persons('VON UNSERER REDAKTION\nDer Bericht.', 'de'), []);
	});

	it('leaves known places alone', () => {
		assert.deepStrictEqual(persons('Cologne Frankfurt, said the report.'), []);
	});
});
