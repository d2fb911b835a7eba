/**
 * A worker thread of the server's WorkerPool: reads and analyses workspace files and posts back their
 * compact analysis. Bundled as server/out/analysisWorker.js beside server.js.
 */
import { parentPort } from 'worker_threads';
import { EntityRecognizer } from './language/recognizer';
import { AnalysisEncoder } from './workspace/analysisDictionary';
import { loadDocument } from './workspace/documentLoader';
import { NodeFileSystem } from './workspace/nodeFileSystem';
import type { LoadRequest, LoadResponse } from './workspace/workerPool';

/**
 * The recognizer's paragraph cache pays off for an edited document, which a worker never sees; across
 * different files it saves little. So a worker starts a fresh recognizer after this much text, which
 * bounds the memory its cache holds (the knowledge base is shared and stays).
 */
const RECOGNIZER_TEXT_LIMIT = 2 * 1024 * 1024;
let recognizer = new EntityRecognizer();
let recognized = 0;
const analyze = (text: string) => {
  recognized += text.length;
  if (recognized > RECOGNIZER_TEXT_LIMIT) {
    recognizer = new EntityRecognizer();
    recognized = text.length;
  }
  return recognizer.analyze(text);
};
const fs = new NodeFileSystem({ blockingReads: true });
const port = parentPort!;

/**
 * Responses go back in batches: one message per file would cost about as much as reading it. A batch
 * goes once it is this large, or when no more loads are queued, so that the pool hands out new loads
 * while this worker analyses the ones it still has.
 */
const BATCH_SIZE = 8;
let batch: LoadResponse[] = [];
const encoder = new AnalysisEncoder();

port.on('message', async ({ id, uri, maxBytes, known }: LoadRequest) => {
  const loaded = await loadDocument(fs, analyze, uri, maxBytes, known);
  if (batch.length === 0) setImmediate(postBatch);
  // Encoded in the order of the batch, which is the order the pool decodes in.
  batch.push({ id, loaded: loaded.kind === 'analyzed' ? { kind: 'analyzed', stamp: loaded.stamp, analysis: encoder.encode(loaded.analysis) } : loaded });
  if (batch.length >= BATCH_SIZE) postBatch();
});

function postBatch(): void {
  if (batch.length === 0) return;
  const responses = batch;
  batch = [];
  port.postMessage(responses, responses.flatMap(({ loaded }) => (loaded.kind === 'analyzed' ? [loaded.analysis.numbers.buffer as ArrayBuffer] : [])));
}
