import { fileURLToPath, pathToFileURL } from 'url';

/**
 * One spelling per file URI. VS Code percent-encodes more characters than Node does (`file:///a%20b`,
 * `file:///c%3A/x`), so the same file could otherwise be indexed twice, once as opened and once as found on disk.
 */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** The `/`-separated path of `uri` inside `folderUri`, decoded; undefined when it lies outside. */
export function relativePath(folderUri: string, uri: string): string | undefined {
  const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  if (!uri.startsWith(prefix)) return undefined;
  try {
    return uri.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}

export function isInside(folderUri: string, uri: string): boolean {
  return uri.startsWith(folderUri.endsWith('/') ? folderUri : `${folderUri}/`);
}
