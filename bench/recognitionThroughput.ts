/**
 * Recognition throughput on one core (the main thread): Entity Markup's recognizer against
 * compromise with its dates and numbers plugins, over the same press-release text.
 */
import nlp from 'compromise';
import compromiseDates from 'compromise-dates';
import compromiseNumbers from 'compromise-numbers';
import { EntityRecognizer } from '../server/src/language/recognizer';
import { median, elapsedMs, now } from './stats';

nlp.plugin(compromiseDates);
nlp.plugin(compromiseNumbers);

export interface Throughput {
  /** Median over the runs, in MB (10^6 bytes of UTF-8) per second of wall time. */
  mbPerSecond: number;
  /** The same per second of this process's CPU time, which other load on the machine disturbs less. */
  mbPerCpuSecond: number;
  runs: number;
  megabytes: number;
  /** Median wall time of one run. */
  seconds: number;
}

export function utf8Megabytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
}

/**
 * Every run uses a new recognizer, so the paragraph cache starts empty and only helps where the
 * corpus itself repeats a paragraph (titles and some openings do; see the corpus statistics).
 * With `recognizerPerDocument` the cache never spans two documents.
 */
export function measureRecognizer(texts: readonly string[], runs: number, recognizerPerDocument = false): Throughput {
  new EntityRecognizer().analyze(texts.slice(0, 200).join('\n\n')); // builds the knowledge base, warms the JIT
  return timeRuns(texts, runs, () => {
    if (recognizerPerDocument) {
      for (const text of texts) new EntityRecognizer().analyze(text);
    } else {
      const recognizer = new EntityRecognizer();
      for (const text of texts) recognizer.analyze(text);
    }
  });
}

/** What compromise offers for our kinds: people, places, organizations, dates and numbers, with offsets. */
export function compromiseEntities(text: string): number {
  const doc = nlp(text);
  const views = [doc.people(), doc.places(), doc.organizations(), (doc as any).dates(), (doc as any).numbers()];
  let count = 0;
  for (const view of views) count += (view.out('offset') as unknown[]).length;
  return count;
}

export function measureCompromise(texts: readonly string[], runs: number): Throughput {
  texts.slice(0, 20).forEach(compromiseEntities); // compromise's first documents run several times slower
  return timeRuns(texts, runs, () => {
    for (const text of texts) compromiseEntities(text);
  });
}

/** Runs `body` (one pass over `texts`) `runs` times and reports the median wall and CPU throughput. */
function timeRuns(texts: readonly string[], runs: number, body: () => void): Throughput {
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    const cpuStart = process.cpuUsage();
    body();
    seconds.push(elapsedMs(start) / 1000);
    cpuSeconds.push(cpuSecondsSince(cpuStart));
  }
  return throughput(utf8Megabytes(texts), seconds, cpuSeconds);
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function throughput(megabytes: number, seconds: number[], cpuSeconds: number[]): Throughput {
  const medianSeconds = median(seconds);
  return { mbPerSecond: megabytes / medianSeconds, mbPerCpuSecond: megabytes / median(cpuSeconds), runs: seconds.length, megabytes, seconds: medianSeconds };
}
