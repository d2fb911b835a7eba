import * as assert from 'assert';
import { dictionaryAnalyzer } from '../features/testFixtures';
import { AnalysisDecoder, AnalysisEncoder } from './analysisDictionary';
import { CompactAnalysis, compactAnalysis } from './compactAnalysis';

function compact(text: string): CompactAnalysis {
  return compactAnalysis(text, dictionaryAnalyzer(text));
}

/** The analysis as plain data, arrays included, for deep comparison. */
function plain(analysis: CompactAnalysis): unknown {
  return JSON.parse(JSON.stringify(analysis, (_, value) => (ArrayBuffer.isView(value) ? [...(value as Int32Array)] : value)));
}

describe('analysisDictionary', () => {
  const first = 'Luohu and PwC.\nLuohu District, 7,000 jobs.';
  const second = 'PwC in Luohu District, and Shenzhen.';

  it('sends each shape and surface once, and decodes every analysis as it was', () => {
    const encoder = new AnalysisEncoder();
    const decoder = new AnalysisDecoder();
    const sentFirst = encoder.encode(compact(first));
    const sentSecond = encoder.encode(compact(second));
    assert.deepStrictEqual(sentFirst.newSurfaces, ['Luohu', 'PwC', 'Luohu District', '7,000']);
    assert.deepStrictEqual(sentSecond.newSurfaces, ['Shenzhen']);
    assert.deepStrictEqual(sentSecond.newShapes.map(entry => entry.key), ['place:shenzhen']);
    assert.deepStrictEqual(plain(decoder.decode(sentFirst)), plain(compact(first)));
    assert.deepStrictEqual(plain(decoder.decode(sentSecond)), plain(compact(second)));
  });

  it('sends a document without entities, or without text, between others', () => {
    const encoder = new AnalysisEncoder();
    const decoder = new AnalysisDecoder();
    const texts = [first, '', 'nothing here\n', second];
    assert.deepStrictEqual(texts.map(text => plain(decoder.decode(encoder.encode(compact(text))))), texts.map(text => plain(compact(text))));
  });

  it('starts the dictionary again once it is full, on both ends', () => {
    const encoder = new AnalysisEncoder(8);
    const decoder = new AnalysisDecoder();
    const sent = [first, second, first].map(text => encoder.encode(compact(text)));
    assert.deepStrictEqual(sent.map(analysis => analysis.reset), [false, true, true]);
    assert.deepStrictEqual(sent.map(analysis => plain(decoder.decode(analysis))), [first, second, first].map(text => plain(compact(text))));
  });
});
