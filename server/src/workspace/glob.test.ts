import * as assert from 'assert';
import { FileGlobs, globToRegExp } from './glob';

function matches(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

describe('glob', () => {
  it('** matches any number of directories, including none', () => {
    assert.ok(matches('**/*.txt', 'a.txt'));
    assert.ok(matches('**/*.txt', 'x/y/a.txt'));
    assert.ok(!matches('**/*.txt', 'a.txt.bak'));
    assert.ok(matches('docs/**/*.txt', 'docs/a.txt'));
    assert.ok(matches('docs/**/*.txt', 'docs/en/2024/a.txt'));
    assert.ok(!matches('docs/**/*.txt', 'other/a.txt'));
  });

  it('a trailing /** matches the directory and everything below it', () => {
    assert.ok(matches('**/node_modules/**', 'node_modules/x.txt'));
    assert.ok(matches('**/node_modules/**', 'a/node_modules/b/c.txt'));
    assert.ok(matches('**/node_modules/**', 'node_modules/'));
    assert.ok(!matches('**/node_modules/**', 'my_node_modules/x.txt'));
  });

  it('* and ? stay within one path segment', () => {
    assert.ok(matches('*.txt', 'a.txt'));
    assert.ok(!matches('*.txt', 'd/a.txt'));
    assert.ok(matches('file?.txt', 'file1.txt'));
    assert.ok(!matches('file?.txt', 'file/.txt'));
  });

  it('{a,b} alternatives may contain globs', () => {
    assert.ok(matches('**/*.{txt,md}', 'x/a.md'));
    assert.ok(matches('{en,de/*}/*.txt', 'de/2024/a.txt'));
    assert.ok(!matches('**/*.{txt,md}', 'x/a.json'));
  });

  it('treats regular expression characters literally', () => {
    assert.ok(matches('a+b (1).txt', 'a+b (1).txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
  });

  it('FileGlobs combines include and exclude and prunes excluded directories', () => {
    const globs = new FileGlobs(['**/*.txt'], ['**/node_modules/**', '**/.git/**']);
    assert.ok(globs.acceptsFile('news/a.txt'));
    assert.ok(!globs.acceptsFile('node_modules/pkg/readme.txt'));
    assert.ok(globs.prunesDirectory('node_modules'));
    assert.ok(globs.prunesDirectory('a/.git'));
    assert.ok(!globs.prunesDirectory('news'));
    assert.ok(globs.acceptsPath('news/de/a.txt'));
    assert.ok(!globs.acceptsPath('a/node_modules/b/c.txt'));
  });
});
