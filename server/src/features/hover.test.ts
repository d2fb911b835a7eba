import * as assert from 'assert';
import { MarkupContent } from 'vscode-languageserver';
import { hover } from './hover';
import { indexOf, withCursor } from './testFixtures';

function hoverText(textWithCursor: string, others: Record<string, string> = {}): string | undefined {
  const { text, offset } = withCursor(textWithCursor);
  const index = indexOf({ 'file:///ws/current.txt': text, ...others });
  const result = hover(index, 'file:///ws/current.txt', index.document('file:///ws/current.txt')!.lines.positionAt(offset));
  return result ? (result.contents as MarkupContent).value : undefined;
}

describe('hover', () => {
  it('shows a district with its names, description, parent chain and corpus counts', () => {
    assert.strictEqual(
      hoverText('Delegation visits Luo|hu.', { 'file:///ws/other.txt': 'Bezirk Luohu und Luohu District.' }),
      [
        '**Luohu District** — district',
        'also: Bezirk Luohu, Luohu, 罗湖区',
        'District of Shenzhen › Guangdong › China',
        '3 mentions in 2 documents',
      ].join('\n\n'),
    );
  });

  it('shows the whole parent chain when the description names no parent, and the description alone without parents', () => {
    assert.strictEqual(
      hoverText('|Shenzhen'),
      ['**Shenzhen** — place', 'City in Guangdong › China', '1 mention in 1 document'].join('\n\n'),
    );
    assert.strictEqual(
      hoverText('|PwC'),
      ['**PwC** — organization', 'also: PricewaterhouseCoopers', 'Professional services network', '1 mention in 1 document'].join('\n\n'),
    );
  });

  it('continues the chain after the outermost parent the description names', () => {
    assert.strictEqual(
      hoverText('|Qianhai'),
      ['**Qianhai** — district', 'Cooperation zone in Guangdong › China', '1 mention in 1 document'].join('\n\n'),
    );
  });

  it('names an unknown organization by its most frequent form and lists the others', () => {
    assert.strictEqual(
      hoverText('|Oakfield Robotics and Oakfield, then Oakfield.'),
      ['**Oakfield** — organization', 'also: Oakfield Robotics', '3 mentions in 1 document'].join('\n\n'),
    );
  });

  it('gives a full date its ISO value and weekday, and counts mentions of the same day', () => {
    assert.strictEqual(
      hoverText('Am 15. M|ai 2025.', { 'file:///ws/other.txt': 'On May 15, 2025.' }),
      ['**15. Mai 2025** — date', '2025-05-15, Thursday', 'also: May 15, 2025', '2 mentions in 2 documents'].join('\n\n'),
    );
    assert.strictEqual(hoverText('In |2023.'), ['**2023** — date', '1 mention in 1 document'].join('\n\n'));
    assert.strictEqual(hoverText('On |Saturday.'), ['**Saturday** — date', 'Saturday (no date fixed)', '1 mention in 1 document'].join('\n\n'));
  });

  it('gives a figure its value and unit in plain words, approximation included', () => {
    assert.strictEqual(hoverText('Umsatz 98,4 Milliarden |Dollar.'), ['**98,4 Milliarden Dollar** — figure', '98,400,000,000 USD', '1 mention in 1 document'].join('\n\n'));
    assert.strictEqual(hoverText('|94 percent agree.'), ['**94 percent** — figure', '94 %', '1 mention in 1 document'].join('\n\n'));
    assert.strictEqual(hoverText('mit über 7|.000 Firmen'), ['**über 7.000** — figure', 'over 7,000', '1 mention in 1 document'].join('\n\n'));
  });

  it('covers the mention with its range and shows nothing elsewhere', () => {
    const { text, offset } = withCursor('Meet |Anna Weber.');
    const index = indexOf({ 'file:///ws/a.txt': text });
    const result = hover(index, 'file:///ws/a.txt', index.document('file:///ws/a.txt')!.lines.positionAt(offset))!;
    assert.deepStrictEqual(result.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 15 } });
    assert.strictEqual(hoverText('|Meet Anna Weber.'), undefined);
  });
});
