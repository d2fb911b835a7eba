/**
 * The TextMate grammar (syntaxes/entity-text.tmLanguage.json), tokenized by the same vscode-textmate
 * and vscode-oniguruma that VS Code uses. They come with code-server, so runInCodeServer runs this
 * file once code-server is installed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../vscode/testWorkspace';
import { VSCODE_NODE_MODULES } from './codeServer';

interface Token {
  text: string;
  scopes: string[];
}

type Tokenize = (line: string) => Token[];

async function loadGrammar(): Promise<Tokenize> {
  const textmate = require(path.join(VSCODE_NODE_MODULES, 'vscode-textmate'));
  const oniguruma = require(path.join(VSCODE_NODE_MODULES, 'vscode-oniguruma'));
  await oniguruma.loadWASM(fs.readFileSync(path.join(VSCODE_NODE_MODULES, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const grammarFile = path.join(REPO_ROOT, 'syntaxes', 'entity-text.tmLanguage.json');
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  const grammar = await registry.loadGrammar('source.entity-text');
  return line => {
    const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
    return tokens.map((token: { startIndex: number; endIndex: number; scopes: string[] }) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes.slice(1),
    }));
  };
}

describe('Entity Text grammar', () => {
  let tokenize: Tokenize;
  before(async () => {
    tokenize = await loadGrammar();
  });

  /** The innermost scope of each token that has one, as `text → scope`. */
  function scoped(line: string): string[] {
    return tokenize(line)
      .filter(token => token.scopes.some(scope => !scope.startsWith('meta.')))
      .map(token => `${token.text} → ${token.scopes.filter(scope => !scope.startsWith('meta.')).pop()}`);
  }

  it('marks a metadata date line', () => {
    assert.deepStrictEqual(scoped(' date 2024-11 Text'), [
      'date → keyword.other.metadata.entity-text',
      '2024-11 → string.other.date.entity-text',
    ]);
  });

  it('marks a German dateline with a wire service', () => {
    assert.deepStrictEqual(scoped('MÜNCHEN, 3. März 2025 /dpa-AFX/ -- Die Stadt'), [
      'MÜNCHEN → variable.other.enummember.place.dateline.entity-text',
      ', → punctuation.separator.comma.entity-text',
      '3. März 2025 → string.other.date.entity-text',
      '/dpa-AFX/ → entity.name.function.organization.wire.entity-text',
      '-- → punctuation.separator.dash.entity-text',
    ]);
  });

  it('marks an English dateline with a region and a bracketed wire', () => {
    assert.deepStrictEqual(scoped('BERLIN, Germany, Jan. 5, 2025 (BUSINESS WIRE) — A firm'), [
      'BERLIN → variable.other.enummember.place.dateline.entity-text',
      ', → punctuation.separator.comma.entity-text',
      'Germany → variable.other.enummember.place.entity-text',
      ', → punctuation.separator.comma.entity-text',
      'Jan. 5, 2025 → string.other.date.entity-text',
      '(BUSINESS WIRE) → entity.name.function.organization.wire.entity-text',
      '— → punctuation.separator.dash.entity-text',
    ]);
  });

  it('marks written and ISO dates, weekdays and years', () => {
    assert.deepStrictEqual(scoped('am 7. Oktober, on 2 June 2023, 2022-12-01, on Friday, In 2021'), [
      '7. Oktober → string.other.date.entity-text',
      '2 June 2023 → string.other.date.entity-text',
      '2022-12-01 → string.other.date.entity-text',
      'Friday → string.other.date.weekday.entity-text',
      '2021 → string.other.date.year.entity-text',
    ]);
  });

  it('marks numbers in both conventions with percent, scale and currency', () => {
    assert.deepStrictEqual(scoped('rund 12.500 Stellen, 3,7 Milliarden Euro, 1,250 firms, 45 percent, US$ 2.5 million'), [
      '12.500 → constant.numeric.figure.entity-text',
      '3,7 → constant.numeric.figure.entity-text',
      'Milliarden → keyword.other.unit.scale.entity-text',
      'Euro → keyword.other.unit.currency.entity-text',
      '1,250 → constant.numeric.figure.entity-text',
      '45 → constant.numeric.figure.entity-text',
      'percent → keyword.other.unit.percent.entity-text',
      'US$ → keyword.other.unit.currency.entity-text',
      '2.5 → constant.numeric.figure.entity-text',
      'million → keyword.other.unit.scale.entity-text',
    ]);
  });

  it('marks source lines, addresses and links, and leaves phone numbers and file names uncolored', () => {
    assert.deepStrictEqual(scoped('Source: Pudong Times'), [
      'Source → keyword.other.label.entity-text',
      ': → punctuation.separator.key-value.entity-text',
    ]);
    assert.deepStrictEqual(scoped('Write to press@example.cn or see www.minhang.gov.cn'), [
      'press@example.cn → markup.underline.link.email.entity-text',
      'www.minhang.gov.cn → markup.underline.link.entity-text',
    ]);
    assert.deepStrictEqual(scoped('Tel: +49 30 1234567, Bild12.jpg'), []);
  });
});
