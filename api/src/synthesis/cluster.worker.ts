/**
 * Worker-thread entry of a clustering run (see cluster-runner.ts): the pipeline costs seconds of CPU for
 * thousands of texts, which must not block the API's event loop. Built as its own webpack entry
 * (dist/api/cluster-worker.js, see api/webpack.config.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { clusterTexts } from '@inbreng/text-nl/cluster';
import type { ClusterJob, ClusterReply } from './cluster-runner';

const job = workerData as ClusterJob;
let reply: ClusterReply;
try {
  reply = { ok: true, result: clusterTexts(job.docs, job.options) };
} catch (err) {
  reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
}
parentPort?.postMessage(reply);
