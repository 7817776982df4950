// Shared helpers for core unit tests: build a prepared config from YAML texts held in memory.
import { Analyzer, prepareConfig } from '../../src/core/analyze';
import { loadStyleGuide, type ConfigReader, type LoadedGuide } from '../../src/core/config/styleGuide';
import type { AnalysisResult } from '../../src/core/types';

/** A reader over an in-memory map of files (paths are plain strings, `/`-separated). */
export function memoryReader(files: Record<string, string>): ConfigReader {
  return {
    read: async (p) => files[p],
    resolve: (from, rel) => {
      const parts = from.split('/').slice(0, -1);
      for (const seg of rel.split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      return parts.join('/');
    },
  };
}

/** Load `/desk/.copydesk.yaml` (if given) over the embedded default. */
export async function loadGuide(yaml?: string, extra: Record<string, string> = {}): Promise<LoadedGuide> {
  const files: Record<string, string> = { ...extra };
  if (yaml !== undefined) files['/desk/.copydesk.yaml'] = yaml;
  return loadStyleGuide({ path: yaml === undefined ? null : '/desk/.copydesk.yaml', reader: memoryReader(files) });
}

/** Analyse text with a guide (default guide when yaml is undefined). */
export async function analyzeWith(text: string, yaml?: string, file = 'story.md', date?: string): Promise<AnalysisResult> {
  const { guide } = await loadGuide(yaml);
  return new Analyzer(prepareConfig(guide)).analyze(text, { file, date });
}

/** The rule ids and matched text of a result's diagnostics. */
export function found(result: AnalysisResult, text: string): string[] {
  return result.diagnostics.map((d) => `${d.rule}:${text.slice(d.start, d.end)}`);
}

/** A synchronous analyser over the embedded default guide, loaded once in a mocha `before` hook of the calling file. */
export function defaultAnalysis(date = '2020-01-10', file = 'a.md'): (text: string) => AnalysisResult {
  let config: ReturnType<typeof prepareConfig> | undefined;
  before(async () => {
    config = prepareConfig((await loadGuide()).guide);
  });
  return (text) => new Analyzer(config!).analyze(text, { file, date });
}
