/**
 * Glob patterns as VS Code settings write them (`**\/*.txt`, `**\/node_modules/**`, `docs/{en,de}/*.txt`),
 * matched against folder-relative paths with `/` separators. Supports `**`, `*`, `?` and `{a,b}`;
 * every other character is literal.
 */

export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern.replace(/\\/g, '/').replace(/^\.\//, ''))}$`);
}

function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const atSegmentStart = i === 0 || pattern[i - 1] === '/';
      const afterStars = i + 2;
      if (atSegmentStart && pattern[afterStars] === '/') {
        // `**/` matches zero or more whole directories.
        out += '(?:[^/]*/)*';
        i = afterStars + 1;
      } else if (atSegmentStart && afterStars === pattern.length) {
        // A trailing `/**` also matches the directory itself, so `node_modules/**` prunes `node_modules/`.
        if (out.endsWith('/')) out = `${out.slice(0, -1)}(?:/.*)?`;
        else out += '.*';
        i = afterStars;
      } else {
        out += '.*';
        i = afterStars;
      }
    } else if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const close = matchingBrace(pattern, i);
      if (close < 0) {
        out += '\\{';
        i++;
        continue;
      }
      out += `(?:${splitAlternatives(pattern.slice(i + 1, close)).map(translate).join('|')})`;
      i = close + 1;
    } else {
      out += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
      i++;
    }
  }
  return out;
}

function matchingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Which files of a workspace folder are indexed: included by some include glob and by no exclude glob. */
export class FileGlobs {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  acceptsFile(relativePath: string): boolean {
    return this.include.some(re => re.test(relativePath)) && !this.exclude.some(re => re.test(relativePath));
  }

  /** acceptsFile, and no directory on the way is pruned: for a path that did not come from a walk. */
  acceptsPath(relativePath: string): boolean {
    if (!this.acceptsFile(relativePath)) return false;
    for (let slash = relativePath.indexOf('/'); slash > 0; slash = relativePath.indexOf('/', slash + 1)) {
      if (this.prunesDirectory(relativePath.slice(0, slash))) return false;
    }
    return true;
  }

  /** True when nothing below the directory can be accepted, so a walk need not enter it. */
  prunesDirectory(relativePath: string): boolean {
    return this.exclude.some(re => re.test(`${relativePath}/`));
  }
}
