import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable } from '@nestjs/common';
import {
  clusterTexts,
  type ClusterDoc,
  type ClusterOptions,
  type ClusterResult,
} from '@inbreng/text-nl/cluster';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

export interface ClusterJob {
  docs: ClusterDoc[];
  options: ClusterOptions;
}

export type ClusterReply = { ok: true; result: ClusterResult } | { ok: false; error: string };

/** Next to the bundle in dist/api (webpack entry `cluster-worker`). */
const BUILT_WORKER = join(__dirname, 'cluster-worker.js');
/** From source (ts-jest, ts-node): the worker compiles its TypeScript itself, see `fromSource`. */
const SOURCE_WORKER = join(__dirname, 'cluster.worker.ts');

/**
 * Runs the clustering pipeline in a worker thread, one per run, so a run of 10,000 texts (seconds of CPU)
 * leaves the API's event loop free to answer requests. `CLUSTER_WORKER=false` runs it in this thread instead
 * (a fallback, and the baseline the event-loop test compares against).
 */
@Injectable()
export class ClusterRunner {
  useWorker: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.useWorker = config.CLUSTER_WORKER;
  }

  run(job: ClusterJob): Promise<ClusterResult> {
    if (!this.useWorker) return Promise.resolve(clusterTexts(job.docs, job.options));
    return new Promise((done, fail) => {
      const worker = spawn(job);
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      worker.once('message', (reply: ClusterReply) => {
        settle(() => (reply.ok ? done(reply.result) : fail(new Error(reply.error))));
        void worker.terminate();
      });
      worker.once('error', (err) => settle(() => fail(err)));
      worker.once('exit', (code) =>
        settle(() => fail(new Error(`the clustering worker stopped (exit code ${code}) without a result`))),
      );
    });
  }
}

function spawn(job: ClusterJob): Worker {
  if (existsSync(BUILT_WORKER)) return new Worker(BUILT_WORKER, { workerData: job });
  if (existsSync(SOURCE_WORKER)) return fromSource(job);
  throw new Error(`no clustering worker found next to ${__dirname}`);
}

/**
 * Not built (integration tests under ts-jest, ts-node scripts): register ts-node and the workspace's path
 * aliases inside the worker, then load the TypeScript entry. Costs a second of compiling per run; only in
 * development.
 */
function fromSource(job: ClusterJob): Worker {
  const project = resolve(__dirname, '../../tsconfig.json');
  const bootstrap = `
    const { workerData } = require('node:worker_threads');
    require('ts-node').register({ transpileOnly: true, project: workerData.project });
    const paths = require('tsconfig-paths');
    const cfg = paths.loadConfig(workerData.project);
    paths.register({ baseUrl: cfg.absoluteBaseUrl, paths: cfg.paths });
    require(workerData.entry);
  `;
  return new Worker(bootstrap, {
    eval: true,
    workerData: { ...job, project, entry: SOURCE_WORKER },
  });
}
