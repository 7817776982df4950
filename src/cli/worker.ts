// Worker-thread entry for `copydesk check` on a large desk: analyses the articles the main thread sends it.
import { parentPort } from 'worker_threads';
import { prepareConfig, type PreparedConfig } from '../core/analyze';
import type { StyleGuide } from '../core/config/styleGuide';
import { analyzeArticle } from './articles';
import type { PoolJob, PoolReply } from './pool';

const configs = new Map<string, PreparedConfig>();

parentPort?.on('message', (job: PoolJob & { guide?: StyleGuide }) => {
  let reply: PoolReply;
  try {
    if (job.guide) configs.set(job.guideKey, prepareConfig(job.guide));
    const config = configs.get(job.guideKey);
    if (!config) throw new Error(`no style guide sent for ${job.guideKey}`);
    reply = { id: job.id, result: analyzeArticle(job.text, job.file, config, job.date) };
  } catch (e) {
    reply = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
