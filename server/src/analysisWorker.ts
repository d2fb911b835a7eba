/**
 * A worker thread of the server's WorkerPool: reads and analyses workspace files and posts back their
 * compact analysis. Bundled as server/out/analysisWorker.js beside server.js.
 */
import { parentPort } from 'worker_threads';
import { EntityRecognizer } from './language/recognizer';
import { transferables } from './workspace/compactAnalysis';
import { loadDocument } from './workspace/documentLoader';
import { NodeFileSystem } from './workspace/nodeFileSystem';
import type { LoadRequest, LoadResponse } from './workspace/workerPool';

const recognizer = new EntityRecognizer();
const analyze = (text: string) => recognizer.analyze(text);
const fs = new NodeFileSystem();
const port = parentPort!;

// Requests are not awaited one by one: reads overlap, and each analysis runs as soon as its text is there.
port.on('message', async ({ id, uri, maxBytes, known }: LoadRequest) => {
  const loaded = await loadDocument(fs, analyze, uri, maxBytes, known);
  const response: LoadResponse = { id, loaded };
  port.postMessage(response, loaded.kind === 'analyzed' ? transferables(loaded.analysis) : []);
});
