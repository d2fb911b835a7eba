import * as assert from 'assert';
import { canonicalUri, isInside, relativePath } from './uris';

describe('uris', () => {
  it('spells a file URI one way, whoever encoded it', () => {
    assert.strictEqual(canonicalUri('file:///ws/a%20b.txt'), 'file:///ws/a%20b.txt');
    assert.strictEqual(canonicalUri('file:///ws/caf%C3%A9%27s.txt'), canonicalUri("file:///ws/café's.txt"));
    assert.strictEqual(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  it('gives the decoded folder-relative path, or undefined outside the folder', () => {
    assert.strictEqual(relativePath('file:///ws', 'file:///ws/news/a%20b.txt'), 'news/a b.txt');
    assert.strictEqual(relativePath('file:///ws/', 'file:///ws/a.txt'), 'a.txt');
    assert.strictEqual(relativePath('file:///ws', 'file:///wsx/a.txt'), undefined);
    assert.ok(isInside('file:///ws', 'file:///ws/a.txt'));
    assert.ok(!isInside('file:///ws', 'file:///ws2/a.txt'));
  });
});
