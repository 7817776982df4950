// Typed, sanitised access to Copydesk's settings, read per resource.
import * as vscode from './vscode';

export type RunMode = 'onType' | 'onSave';

export interface CopydeskSettings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  styleGuide: string;
  articles: string[];
  maxFileSizeKB: number;
}

export const SETTINGS_SECTION = 'copydesk';

const DEFAULTS: CopydeskSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 250,
  styleGuide: '',
  articles: [],
  maxFileSizeKB: 2048,
};

/** Settings for a resource; invalid values fall back to defaults and are reported through `warn`. */
export function readSettings(resource: vscode.Uri | undefined, warn?: (message: string) => void): CopydeskSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
  const bad = (key: string, value: unknown) => warn?.(`Setting copydesk.${key} has an invalid value ${JSON.stringify(value)}; using the default.`);
  const pick = <K extends keyof CopydeskSettings>(key: K, ok: (v: unknown) => boolean): CopydeskSettings[K] => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return DEFAULTS[key];
    if (ok(v)) return v as CopydeskSettings[K];
    bad(key, v);
    return DEFAULTS[key];
  };
  return {
    enable: pick('enable', (v) => typeof v === 'boolean'),
    run: pick('run', (v) => v === 'onType' || v === 'onSave'),
    debounceMs: pick('debounceMs', (v) => typeof v === 'number' && v >= 0 && v <= 10000),
    styleGuide: pick('styleGuide', (v) => typeof v === 'string'),
    articles: pick('articles', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string')),
    maxFileSizeKB: pick('maxFileSizeKB', (v) => typeof v === 'number' && v > 0),
  };
}
