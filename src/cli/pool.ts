// A small pool of worker threads that analyse articles in parallel; results come back in job order.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { StyleGuide } from '../core/config/styleGuide';
import type { AnalysisResult } from '../core/types';

export interface PoolJob {
  id: number;
  file: string;
  text: string;
  date?: string;
  /** Which style guide applies; the guide itself is sent once per worker. */
  guideKey: string;
}

export type PoolReply = { id: number; result: AnalysisResult } | { id: number; error: string };

/** Desks larger than this are analysed by the pool when no --jobs is given. */
export const POOL_THRESHOLD = 20;

/** Worker count for a desk: --jobs if given, else min(cores, 4) for a large desk, else 1 (no pool). */
export function poolSize(files: number, jobs?: number): number {
  if (!fs.existsSync(workerScript().file)) return 1; // a build without the worker entry: analyse on the main thread
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  if (files <= POOL_THRESHOLD) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4, files));
}

/** The worker script beside this one: the bundle's dist/cli-worker.js, or worker.ts under tsx (tests). */
function workerScript(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) return { file: path.join(__dirname, 'worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
  return { file: path.join(__dirname, 'cli-worker.js'), execArgv: [] };
}

/** Analyse every job on `size` workers; rejects on the first failure. */
export async function analyzeInPool(jobs: PoolJob[], guides: Map<string, StyleGuide>, size: number): Promise<AnalysisResult[]> {
  const script = workerScript();
  const results: AnalysisResult[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(size, jobs.length) }, () => new Worker(script.file, { execArgv: script.execArgv }));
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const sent = new Set<string>();
      const send = () => {
        if (next >= jobs.length) return resolve();
        const job = jobs[next++];
        const guide = sent.has(job.guideKey) ? undefined : guides.get(job.guideKey);
        sent.add(job.guideKey);
        worker.postMessage({ ...job, guide });
      };
      worker.on('message', (reply: PoolReply) => {
        if ('error' in reply) return reject(new Error(`${jobs[reply.id].file}: ${reply.error}`));
        results[reply.id] = reply.result;
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < jobs.length || code !== 0 ? reject(new Error(`worker stopped (exit ${code})`)) : undefined));
      send();
    });
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
