// The names pass: mentions per paragraph (cached), then house spellings, in-article consistency and entities.
import { overProseBound, type Pass } from '../pass';
import type { Entity, EntityKind, Finding, TextSpan } from '../types';
import { newForm, variantGroups, type SpellingForm } from './cluster';
import { findParagraphMentions, type ParagraphMention } from './mentions';
import { minimalEdit } from '../edits';
import { pushAll } from '../search';
import { namesIndex, type NamesIndex } from './registry';
import { referenceFindings, titleWordBefore } from './referenceRules';
import { deletionKeys } from './nameVariants';

const SPEECH_AFTER = /^(?:['\u2019]s\b|\s+(?:said|says|told|added|wrote|argued|noted|asked|replied)\b)/;

export const NAMES_PASS_ID = 'names';

/** A mention at article offsets. */
interface Placed extends ParagraphMention {
  actor: number;
}

/** The names pass: fills `ctx.entities`; reports house spellings, in-article consistency and the AP reference rules. */
export const namesPass: Pass = {
  id: NAMES_PASS_ID,
  run(ctx) {
    const index = namesIndex(ctx.config);
    const placed: Placed[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (overProseBound(p.text)) continue;
      const found = ctx.cache.get(NAMES_PASS_ID, p.text, () => findParagraphMentions(p.text, index));
      for (const m of found) placed.push({ ...m, start: m.start + p.start, end: m.end + p.start, actor: -1 });
    }
    const { entities, findings, known } = analyseMentions(placed, index, ctx.doc.prose);
    pushAll(ctx.entities, entities);
    pushAll(ctx.findings, findings);
    const courtesy = ctx.config.guide.names?.courtesyTitles === true;
    pushAll(ctx.findings, referenceFindings({ prose: ctx.doc.prose, paragraphs: ctx.doc.paragraphs, known, names: placed, entities, index, courtesyTitles: courtesy, date: ctx.date }));
  },
};

/** Article-level work on the placed mentions: resolve actors, report spellings, group entities. */
function analyseMentions(placed: Placed[], index: NamesIndex, text: string): { entities: Entity[]; findings: Finding[]; known: Placed[] } {
  const findings: Finding[] = [];
  // Actors the article names firmly (not just by a surname or a loose transliteration).
  const firm = new Set<number>();
  for (const m of placed) if (m.actors.length === 1 && !m.confirm) firm.add(m.actors[0]);
  const known: Placed[] = [];
  const unknown: Placed[] = [];
  for (const m of placed) {
    if (m.actors.length) {
      const candidates = m.actors.length === 1 && !m.confirm ? m.actors : m.actors.filter((a) => firm.has(a));
      if (candidates.length === 1) {
        m.actor = candidates[0];
        if (m.fixFor) m.fix = m.fixFor[m.actor] ?? null;
        known.push(m);
        continue;
      }
      // A surname or loose transliteration of an actor the article does not name: an unknown name.
      m.fix = null;
      m.kind = index.actors[m.actors[0]]?.kind ?? 'other';
    }
    unknown.push(m);
  }
  for (const m of known) {
    if (!m.fix) continue;
    const actor = index.actors[m.actor];
    const edit = minimalEdit(m.text, m.fix);
    findings.push({
      rule: 'names/house-spelling',
      severity: 'warning',
      start: m.start,
      end: m.end,
      message: `House spelling is '${m.fix}', not '${m.text}'` + (m.fix === actor.name || m.fix.toLowerCase() === actor.name.toLowerCase() ? '.' : ` (${actor.name}).`),
      fixes: [{ title: `Change to '${m.fix}'`, preferred: true, edits: [{ start: m.start + edit.start, end: m.start + edit.end, newText: edit.newText }] }],
    });
  }
  const { groups, formOf, entityOf } = unknownForms(unknown, index, text);
  for (const g of groups) {
    for (const other of g.others) {
      for (const mention of other.mentions) {
        let target = g.preferred.text;
        if (mention.sentenceStart) target = target[0].toUpperCase() + target.slice(1);
        const edit = minimalEdit(mention.text, target);
        findings.push({
          rule: 'names/inconsistent',
          severity: 'warning',
          start: mention.start,
          end: mention.end,
          message: `'${mention.text}' is spelled '${g.preferred.text}' elsewhere in this article${g.preferred.count > 1 ? ` (${g.preferred.count} times)` : ''}.`,
          fixes: [{ title: `Change to '${target}'`, preferred: true, edits: [{ start: mention.start + edit.start, end: mention.start + edit.end, newText: edit.newText }] }],
        });
      }
    }
  }
  return { entities: buildEntities(known, unknown, formOf, entityOf, index), findings, known };
}

/** Spelling forms of the unknown mentions (with full names' surnames as virtual targets) and their variant groups. */
function unknownForms(unknown: Placed[], index: NamesIndex, text: string) {
  const forms = new Map<string, SpellingForm>();
  const formOf = new Map<Placed, SpellingForm>();
  const get = (text: string, tokens: string[], kind: EntityKind, virtual: boolean) => {
    const f0 = newForm(text, tokens, kind, virtual);
    const id = (virtual ? 'v\u0000' : '') + f0.surface;
    let f = forms.get(id);
    if (!f) forms.set(id, (f = f0));
    if (f.kind === 'other') f.kind = kind;
    return f;
  };
  const addMention = (m: Placed) => {
    const f = get(m.text, m.tokens, m.kind, false);
    f.mentions.push({ start: m.start, end: m.end, text: m.text, sentenceStart: m.sentenceStart });
    f.count++;
    f.first = Math.min(f.first, m.start);
    const title = titleBefore(text, m.start);
    if (title) f.titles.add(title);
    formOf.set(m, f);
  };
  // A spelling marked [sic] is the writer's own warning that it is wrong: never a form to count or correct to.
  const sic = (m: Placed) => /^(?:['\u2019]s)?[\u2019'"\u201D]?\s*\[sic\]/i.test(text.slice(m.end, m.end + 12));
  unknown = unknown.filter((m) => !sic(m));
  for (const m of unknown) if (!m.weak && !m.acronym) addMention(m);
  // Surnames and given names of full names, as virtual spellings: "Miley" alone is checked against "Mark Milley".
  const parts = new Map<string, SpellingForm>();
  for (const f of [...forms.values()]) {
    const words = f.text.split(/\s+/);
    if (f.virtual || !(f.kind === 'person' || (f.kind === 'other' && words.length <= 3))) continue;
    if (words.length < 2 || f.tokens.length < 2) continue;
    for (const [word, tokens, last] of [[words[words.length - 1], f.tokens.slice(-1), true], [words[0], f.tokens.slice(0, 1), false]] as const) {
      if (!/^\p{Lu}/u.test(word)) continue;
      const v = get(word, [...tokens], 'person', true);
      v.count += f.count;
      v.first = Math.min(v.first, f.first);
      if (last) v.owners.push(f);
      if (last && !parts.has(v.key)) parts.set(v.key, v);
    }
  }
  // Weak candidates (a sentence's first word, headlines) count only when the article confirms the name.
  const keys = new Set<string>();
  for (const f of forms.values()) keys.add(f.key);
  // A sentence's first word one slip from a person's surname, speaking (`Okonkow said`), is that surname mistyped.
  const slips = new Set<string>();
  for (const v of parts.values()) if (v.owners.some((o) => o.kind === 'person')) for (const k of deletionKeys(v.key)) slips.add(k);
  const speaks = (m: Placed) => SPEECH_AFTER.test(text.slice(m.end, m.end + 12));
  const slip = (m: Placed) => m.tokens.length === 1 && m.text.length >= 5 && speaks(m) && deletionKeys(m.tokens[0]).some((k) => slips.has(k));
  for (const m of unknown) if (m.weak && !m.acronym && (keys.has(m.tokens.join(' ')) || slip(m))) addMention(m);
  const surnames = parts;
  const all = [...forms.values()];
  const groups = variantGroups(all, { blocked: index.blocked, distinct: index.distinct, surnames: new Set(parts.keys()) });
  // Both spellings in one sentence (`Horgos to the Chinese and Khorgos to the Kazakhs`): written on purpose.
  for (const g of groups) {
    const spots = [...g.preferred.mentions, ...g.preferred.owners.flatMap((o) => o.mentions)];
    g.others = g.others.filter((o) => !o.mentions.some((m) => spots.some((p) => sameSentence(text, m, p))));
  }
  // Entities: a form, merged with its variants and, for a single word, the one full name it is the surname of.
  const entityOf = new Map<SpellingForm, SpellingForm>();
  for (const g of groups) for (const o of g.others) entityOf.set(o, g.preferred);
  const root = (f: SpellingForm): SpellingForm => {
    let r = f;
    for (let k = 0; k < 4 && entityOf.has(r); k++) r = entityOf.get(r)!;
    if (r.virtual && r.owners.length === 1) return root(r.owners[0]);
    return r;
  };
  for (const f of all) {
    if (f.virtual || f.tokens.length !== 1) continue;
    const v = surnames.get(f.key);
    if (v && v.owners.length === 1 && !entityOf.has(f)) entityOf.set(f, v.owners[0]);
  }
  const finalOf = new Map<SpellingForm, SpellingForm>();
  for (const f of all) finalOf.set(f, root(f));
  return { groups, formOf, entityOf: finalOf };
}

/** Whether two spans lie in one sentence (no sentence end or line break between them). */
function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  if (y.start - x.end > 400) return false;
  return !/[.!?]["'\u201D\u2019)]*\s|\n/.test(text.slice(x.end, y.start));
}

/** The title written right before a name (`Mayor`, `Sen.`), courtesy titles apart: they say nothing of the role. */
function titleBefore(text: string, start: number): string | null {
  const w = titleWordBefore(text, start);
  return w && !['mr', 'mrs', 'ms', 'miss'].includes(w) ? w : null;
}

/** Entities in order of first mention: known actors by house spelling, unknown names by preferred spelling. */
function buildEntities(known: Placed[], unknown: Placed[], formOf: Map<Placed, SpellingForm>, entityOf: Map<SpellingForm, SpellingForm>, index: NamesIndex): Entity[] {
  const byKey = new Map<unknown, Entity & { first: number }>();
  const add = (key: unknown, name: string, kind: EntityKind, isKnown: boolean, m: Placed) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { name, kind, known: isKnown, mentions: [], first: m.start }));
    const span: TextSpan = { start: m.start, end: m.end, text: m.text };
    e.mentions.push(span);
    if (e.kind === 'other' && kind !== 'other') e.kind = kind;
  };
  for (const m of known) {
    const a = index.actors[m.actor];
    add(a, a.name, a.kind, true, m);
  }
  for (const m of unknown) {
    if (m.acronym && !m.weak) {
      add('acronym\u0000' + m.text, m.text, m.kind, false, m);
      continue;
    }
    const f = formOf.get(m);
    if (!f) continue;
    const e = entityOf.get(f) ?? f;
    add(e, e.text, m.kind === 'other' ? e.kind : m.kind, false, m);
  }
  const out = [...byKey.values()].sort((a, b) => a.first - b.first);
  return out.map(({ first: _first, ...e }) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
}
