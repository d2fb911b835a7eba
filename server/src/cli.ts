/**
 * `entity-markup extract [--format json|text] <files or folders>`: the recognizer on the command line.
 * JSON output has one object per document in the shape of the gold files (see ANNOTATION.md).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { EntityRecognizer } from './language/recognizer';
import type { Entity } from './language/types';
import { readTextFile, WorkspaceFileSystem } from './workspace/fileSystem';
import { FileGlobs } from './workspace/glob';
import { DEFAULT_FILE_SETTINGS } from './workspace/indexer';
import { NodeFileSystem } from './workspace/nodeFileSystem';
import { relativePath } from './workspace/uris';
import type { Analyzer } from './workspaceIndex';

export const USAGE = `Usage: entity-markup extract [options] <file or folder>...

Marks up districts, organizations, dates, figures, places and persons in English and German
news documents. Folders are searched for *.txt files (node_modules and .git are skipped).

Options:
  --format json|text    json (default): one object per document with its entities and their
                        UTF-16 offsets; text: a readable table
  --max-size-kb <n>     skip files larger than this (default ${DEFAULT_FILE_SETTINGS.maxFileSizeKB})
  -h, --help            show this help
`;

export interface CliEnvironment {
  fs: WorkspaceFileSystem;
  analyze: Analyzer;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ExtractedDocument {
  file: string;
  language: string;
  documentDate: string | null;
  entities: Entity[];
}

class UsageError extends Error {}

/** Runs the command line; resolves to the exit code (0 ok, 1 a named file missing or unreadable, 2 bad usage). */
export async function runCli(args: readonly string[], env: CliEnvironment): Promise<number> {
  let options: { format: 'json' | 'text'; maxSizeKB: number; paths: string[] } | 'help';
  try {
    options = parseArguments(args);
  } catch (error) {
    env.stderr(`entity-markup: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    env.stdout(USAGE);
    return 0;
  }
  let failed = false;
  const extracted: ExtractedDocument[] = [];
  for (const given of options.paths) {
    const uri = pathToFileURL(path.resolve(env.cwd, given)).href;
    let files: { uri: string; file: string }[];
    if (await env.fs.isDirectory(uri)) {
      const uris = await env.fs.listFiles(uri, new FileGlobs(['**/*.txt'], DEFAULT_FILE_SETTINGS.exclude));
      files = uris.map(found => ({ uri: found, file: path.join(given, relativePath(uri, found)!) }));
    } else {
      files = [{ uri, file: given }];
    }
    for (const { uri: fileUri, file } of files) {
      const read = await readTextFile(env.fs, fileUri, options.maxSizeKB * 1024);
      if (read.kind === 'skipped') {
        // A file named on the command line must exist; binary or huge files are skipped, not errors.
        if (read.reason === 'missing' || read.reason === 'unreadable') failed = true;
        env.stderr(`entity-markup: ${read.reason === 'missing' ? `${file}: no such file or directory` : read.message.replace(fileUri, file)}\n`);
        continue;
      }
      const analysis = env.analyze(read.text);
      extracted.push({ file, language: analysis.language, documentDate: analysis.documentDate, entities: analysis.entities.map(annotationFields) });
    }
  }
  env.stdout(options.format === 'json' ? `${JSON.stringify(extracted, null, 2)}\n` : formatTable(extracted));
  return failed ? 1 : 0;
}

function parseArguments(args: readonly string[]): { format: 'json' | 'text'; maxSizeKB: number; paths: string[] } | 'help' {
  if (args.includes('-h') || args.includes('--help')) return 'help';
  const [command, ...rest] = args;
  if (command !== 'extract') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  let format: 'json' | 'text' = 'json';
  let maxSizeKB = DEFAULT_FILE_SETTINGS.maxFileSizeKB;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'json' && value !== 'text') throw new UsageError(`--format must be json or text, not '${value ?? ''}'`);
      format = value;
    } else if (arg === '--max-size-kb' || arg.startsWith('--max-size-kb=')) {
      const value = Number(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i]);
      if (!(value > 0)) throw new UsageError('--max-size-kb must be a positive number');
      maxSizeKB = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('no files or folders given');
  return { format, maxSizeKB, paths };
}

/** Exactly the fields of ANNOTATION.md, in its order, whatever else the recognizer attaches. */
function annotationFields(entity: Entity): Entity {
  const { start, end, text, kind, id, value, unit, approx } = entity;
  return {
    start, end, text, kind,
    ...(id !== undefined && { id }),
    ...(value !== undefined && { value }),
    ...(unit !== undefined && { unit }),
    ...(approx !== undefined && { approx }),
  };
}

function formatTable(documents: readonly ExtractedDocument[]): string {
  const blocks = documents.map(document => {
    const header = `${document.file} (${document.language}, ${document.documentDate ?? 'no date'}, ${document.entities.length} ${document.entities.length === 1 ? 'entity' : 'entities'})`;
    const rows = document.entities.map(entity => [
      String(entity.start),
      String(entity.end),
      entity.kind,
      entity.text.replace(/\s+/g, ' '),
      entity.id ?? [entity.approx, entity.value, entity.unit].filter(part => part !== undefined).join(' '),
    ]);
    const table = [['start', 'end', 'kind', 'text', 'id / value'], ...rows];
    const widths = table[0].map((_, column) => Math.max(...table.map(row => row[column].length)));
    const lines = table.map(row =>
      row
        .map((cell, column) => (column < 2 ? cell.padStart(widths[column]) : column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  '),
    );
    return [header, ...lines.map(line => `  ${line}`)].join('\n');
  });
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

if (require.main === module) {
  // Built on first use, so that `--help` and usage errors do not load the knowledge base.
  let recognizer: EntityRecognizer | undefined;
  void runCli(process.argv.slice(2), {
    fs: new NodeFileSystem(),
    analyze: text => (recognizer ??= new EntityRecognizer()).analyze(text),
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
  }).then(code => (process.exitCode = code));
}
