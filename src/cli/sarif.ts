// SARIF 2.1.0 output for code-scanning tools.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ConfigProblem } from '../core/config/validate';
import type * as Sarif from 'sarif';
import type { AnalysisResult } from '../core/types';

const LEVEL: Record<string, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Convert analysis results (and style-guide problems) into one SARIF 2.1.0 log. */
export function toSarif(results: AnalysisResult[], problems: ConfigProblem[], version = '0.1.0'): Sarif.Log {
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  const sarifResults: Sarif.Result[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (!rules.has(d.rule)) rules.set(d.rule, { id: d.rule, ...(d.link ? { helpUri: d.link } : {}) });
      sarifResults.push({
        ruleId: d.rule,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(r.file) },
            region: { startLine: d.line, startColumn: d.column, charOffset: d.start, charLength: d.end - d.start },
          },
        }],
      });
    }
  }
  for (const p of problems) {
    if (!rules.has('config')) rules.set('config', { id: 'config' });
    sarifResults.push({
      ruleId: 'config',
      level: p.severity === 'error' ? 'error' : 'warning',
      message: { text: p.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.source) }, region: { startLine: Math.max(1, p.line), startColumn: Math.max(1, p.column) } } }],
    });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Copydesk', version, informationUri: 'https://github.com/copydesk/copydesk', rules: [...rules.values()] } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
}

/** An RFC 3986 URI for a file: a file: URI for an absolute path, else the relative path percent-encoded per segment. */
export function toUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep === '\\' ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}
