import * as assert from 'assert';
import { runCli, USAGE } from './cli';
import { dictionaryAnalyzer } from './features/testFixtures';
import { MemoryFileSystem } from './workspace/memoryFileSystem';

async function run(args: string[], fs: MemoryFileSystem): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    fs,
    analyze: dictionaryAnalyzer,
    cwd: '/ws',
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('cli', () => {
  const fs = new MemoryFileSystem();
  fs.writeFile('file:///ws/news/b.txt', 'PwC visits Luohu on May 15, 2025 with über 7.000 guests.');
  fs.writeFile('file:///ws/news/de/a.txt', 'Der Bezirk Qianhai und die Stadt Porto.');
  fs.writeFile('file:///ws/news/readme.md', 'Luohu.');
  fs.writeFile('file:///ws/news/node_modules/x.txt', 'Luohu.');
  fs.writeFile('file:///ws/news/scan.txt', new Uint8Array([0x25, 0x50, 0x00]));
  fs.writeFile('file:///ws/one.txt', 'Anna Weber.');

  it('prints one JSON object per document, with the annotation fields and UTF-16 offsets', async () => {
    const { code, stdout, stderr } = await run(['extract', '--format', 'json', 'one.txt', 'news'], fs);
    assert.strictEqual(code, 0);
    assert.strictEqual(stderr, 'entity-markup: news/scan.txt: skipped, looks binary (NUL bytes in the first 8 KB)\n');
    assert.deepStrictEqual(JSON.parse(stdout), [
      { file: 'one.txt', language: 'en', documentDate: null, entities: [{ start: 0, end: 10, text: 'Anna Weber', kind: 'person', id: 'person:anna-weber' }] },
      {
        file: 'news/b.txt', language: 'en', documentDate: null, entities: [
          { start: 0, end: 3, text: 'PwC', kind: 'organization', id: 'organization:pwc' },
          { start: 11, end: 16, text: 'Luohu', kind: 'district', id: 'district:luohu' },
          { start: 20, end: 32, text: 'May 15, 2025', kind: 'date', value: '2025-05-15' },
          { start: 38, end: 48, text: 'über 7.000', kind: 'figure', value: 7000, unit: 'count', approx: 'over' },
        ],
      },
      {
        file: 'news/de/a.txt', language: 'de', documentDate: null, entities: [
          { start: 11, end: 18, text: 'Qianhai', kind: 'district', id: 'district:qianhai' },
          { start: 33, end: 38, text: 'Porto', kind: 'place', id: 'place:porto' },
        ],
      },
    ]);
  });

  it('prints a readable table', async () => {
    const { code, stdout } = await run(['extract', '--format=text', 'news/de/a.txt', 'one.txt'], fs);
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, [
      'news/de/a.txt (de, no date, 2 entities)',
      '  start  end  kind      text     id / value',
      '     11   18  district  Qianhai  district:qianhai',
      '     33   38  place     Porto    place:porto',
      '',
      'one.txt (en, no date, 1 entity)',
      '  start  end  kind    text        id / value',
      '      0   10  person  Anna Weber  person:anna-weber',
      '',
    ].join('\n'));
  });

  it('names missing files and exits non-zero, still extracting the others', async () => {
    const { code, stdout, stderr } = await run(['extract', 'missing.txt', 'one.txt'], fs);
    assert.strictEqual(code, 1);
    assert.strictEqual(stderr, 'entity-markup: missing.txt: no such file or directory\n');
    assert.strictEqual(JSON.parse(stdout).length, 1);
  });

  it('skips files over the size limit with a message', async () => {
    const { code, stderr } = await run(['extract', '--max-size-kb', '0.01', 'one.txt'], fs);
    assert.strictEqual(code, 0);
    assert.strictEqual(stderr, 'entity-markup: one.txt: skipped, 11 bytes is over the limit of 10 bytes\n');
  });

  it('shows help, and usage errors with exit code 2', async () => {
    assert.deepStrictEqual(await run(['--help'], fs), { code: 0, stdout: USAGE, stderr: '' });
    for (const args of [[], ['convert', 'a.txt'], ['extract'], ['extract', '--format', 'xml', 'a.txt'], ['extract', '--fast', 'a.txt']]) {
      const { code, stderr } = await run(args, fs);
      assert.strictEqual(code, 2, args.join(' '));
      assert.ok(stderr.startsWith('entity-markup: ') && stderr.endsWith(USAGE), stderr);
    }
  });
});
