// Attribution: per paragraph, the cue and speaker phrase of each quote; per article, inheritance and pronouns.
import type { Entity, Span } from '../types';
import { findCues, nameMentions, speakerAfter, tokenize, CUE_WORDS, PERSON_PRONOUNS, PERSON_TITLES, type CueHit, type SpeakerPhrase, type Token } from './cues';
import { findQuotes, type RawQuote } from './finder';

/** A quote's cue and speaker as found in its own paragraph (paragraph-relative). */
export interface LocalAttribution {
  cue: Span;
  speaker: SpeakerPhrase;
}

/** Everything the quotes pass computes for one paragraph (paragraph-relative, cacheable). */
export interface ParagraphQuotes {
  quotes: RawQuote[];
  local: (LocalAttribution | null)[];
  /** Cues with a speaker anywhere in the paragraph (indirect speech included), in text order. */
  cues: LocalAttribution[];
  /** Person-like name phrases (fallback when the names pass gives no entities). */
  names: SpeakerPhrase[];
  /** The paragraph's prose outside quotes ends with a colon (`... said:`). */
  endsWithColon: boolean;
}

/** Cue words for a config: the built-in list plus the house's own. */
export function cueSet(extra: string[]): Set<string> {
  const s = new Set(CUE_WORDS);
  for (const c of extra) if (c.trim()) s.add(c.trim().toLowerCase());
  return s;
}

/** Tokens outside the quotes, with a barrier token where each quote stands. */
function outsideTokens(t: string, quotes: RawQuote[]): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  for (const q of quotes) {
    if (q.start > pos) toks.push(...tokenize(t.slice(pos, q.start), pos));
    toks.push({ start: q.start, end: q.end, w: '"', lower: '"', cap: false, punct: true });
    pos = Math.max(pos, q.end);
  }
  if (pos < t.length) toks.push(...tokenize(t.slice(pos), pos));
  return toks;
}

/** The subject phrase at the start of a sentence (after an introductory phrase ending with a comma). */
function sentenceSubject(toks: Token[], from: number, to: number): SpeakerPhrase | null {
  const direct = speakerAfter(toks, from - 1, to, true);
  if (direct) return direct;
  // After up to three introductory phrases ("On July 6, 2015, Sanders ...").
  let commas = 0;
  for (let k = from; k < to && k < from + 16; k++) {
    if (toks[k].w !== ',') {
      if (toks[k].punct) return null;
      continue;
    }
    const sp = speakerAfter(toks, k, to, true);
    if (sp) return sp;
    if (++commas >= 3) return null;
  }
  return null;
}

/** First index whose value is >= x in an ascending array. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A role phrase that names a speaker ("the statement", "a spokesman"), not "it" or a bare noun. */
function isPlainRole(sp: SpeakerPhrase, t: string): boolean {
  const s = t.slice(sp.start, sp.end);
  return /^(?:the|a|an|my|his|her|their|its|our|one|some|several|many|two|three)\s/i.test(s) || /s$/.test(s) || /\p{Lu}/u.test(s);
}

/** Find quotes and their local attribution in one paragraph. */
export function analyzeParagraph(t: string, heading: boolean, cues: Set<string>): ParagraphQuotes {
  const { quotes, sentences } = findQuotes(t, heading);
  const toks = outsideTokens(t, quotes);
  const hits = findCues(toks, 0, toks.length, cues);
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceOf = (offset: number) => sentences[Math.max(0, lowerBound(sentences, offset + 1) - 1)];
  // Participles take the subject of their sentence.
  const withSpeaker: CueHit[] = [];
  for (const h of hits) {
    if (!h.speaker && h.participle) {
      const s = sentenceOf(h.start);
      h.speaker = sentenceSubject(toks, tokenAt(s), h.index);
    }
    if (h.speaker) withSpeaker.push(h);
  }
  const hitStarts = withSpeaker.map((h) => h.start);
  const asLocal = (h: CueHit): LocalAttribution => ({ cue: { start: h.start, end: h.end }, speaker: h.speaker! });
  const local = quotes.map((q, qi) => {
    const nextQuote = qi + 1 < quotes.length ? quotes[qi + 1].start : t.length;
    const ns = lowerBound(sentences, q.end);
    const nextSentence = ns < sentences.length ? sentences[ns] : t.length;
    const tailEnd = Math.min(nextQuote, nextSentence);
    const ti = lowerBound(hitStarts, q.end);
    const tail = ti < withSpeaker.length && withSpeaker[ti].start < tailEnd && tokenAt(withSpeaker[ti].start) - tokenAt(q.end) <= 14 ? [withSpeaker[ti]] : [];
    const hi = lowerBound(hitStarts, q.sentenceStart);
    const head = hi < withSpeaker.length && withSpeaker[hi].end <= q.start ? [withSpeaker[hi]] : [];
    const inner = t.slice(q.start + 1, q.closed ? q.end - 1 : q.end);
    const commaEnd = /[,?!—–-]\s*$/.test(inner) || t[q.end] === ',';
    const tailFirst = !q.partial || commaEnd;
    const fromTail = tail.length ? tail[0] : null;
    const fromHead = head.length ? head[0] : null; // the main clause's cue: "X said Y called it ..." is X's
    const pick = tailFirst ? (fromTail ?? fromHead) : (fromHead ?? fromTail);
    if (pick) return asLocal(pick);
    // "“...” ― Jane Doe": a dash and a name after the quote.
    const k = tokenAt(q.end);
    if (q.closed && k < toks.length && /^[―—–]$/.test(toks[k].w) && toks[k].start < tailEnd) {
      const sp = speakerAfter(toks, k, toks.length);
      if (sp && sp.kind !== 'pronoun') return { cue: { start: toks[k].start, end: toks[k].end }, speaker: sp };
    }
    // A quote inside a sentence (or introduced by a colon) without a cue: the sentence's subject.
    if (q.sentenceStart < q.start && !/^[\s(\[]*$/.test(t.slice(q.sentenceStart, q.start))) {
      const from = tokenAt(q.sentenceStart);
      const to = tokenAt(q.start);
      let sp = sentenceSubject(toks, from, to);
      if (sp && sp.kind === 'pronoun' && /^(?:it|you)$/i.test(t.slice(sp.start, sp.end))) sp = null;
      if (sp && sp.end <= q.start && sp.kind !== 'role' || (sp && sp.end <= q.start && isPlainRole(sp, t))) {
        const verb = toks.slice(tokenAt(sp.end), Math.min(to, tokenAt(sp.end) + 8)).find((x) => !x.punct);
        return { cue: verb ? { start: verb.start, end: verb.end } : { start: sp!.end, end: sp!.end }, speaker: sp! };
      }
    }
    return null;
  });
  const endsWithColon = toks.length > 0 && toks[toks.length - 1].w === ':';
  return { quotes, local, cues: withSpeaker.map(asLocal), names: nameMentions(toks), endsWithColon };
}

/** A person or organisation the article names, for pronoun resolution and full names. */
export interface NameRef extends Span {
  /** The phrase's core name (no title), or null for a role phrase ("the Iraqi leader"). */
  core: string | null;
  person: boolean;
}

/** Article-wide name index: mentions in text order and full names by surname. */
export class NameIndex {
  private refs: NameRef[] = [];
  private fullBySurname = new Map<string, string>();
  constructor(private entities: Entity[]) {
    for (const e of entities) {
      if (e.kind !== 'person' && e.kind !== 'organization') continue;
      for (const m of e.mentions) this.refs.push({ start: m.start, end: m.end, core: stripTitles(e.name), person: e.kind === 'person' });
      if (e.kind === 'person') this.learn(stripTitles(e.name));
    }
  }

  /** Record a name phrase seen in the article. */
  add(ref: NameRef): void {
    if (!this.entities.length || !this.coveredByEntity(ref)) this.refs.push(ref);
    if (ref.core && ref.person) this.learn(ref.core);
  }

  private learn(name: string): void {
    const parts = name.split(/\s+/);
    const key = surnameKey(parts[parts.length - 1]);
    const prev = this.fullBySurname.get(key);
    if (parts.length > 1 && (!prev || prev.split(/\s+/).length < parts.length)) this.fullBySurname.set(key, name);
  }

  private entitySpans: Span[] | null = null;

  /** Whether an entity mention from the names pass already covers a span. */
  private coveredByEntity(ref: Span): boolean {
    if (!this.entitySpans) this.entitySpans = this.refs.slice().sort((a, b) => a.start - b.start);
    const a = this.entitySpans;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid].start <= ref.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (a[i].end >= ref.end) return true;
    return false;
  }

  /** Sort mentions once all are added. */
  finish(): void {
    this.refs.sort((a, b) => a.start - b.start);
  }

  /** The full name a core name stands for (the longest name in the article with its surname). */
  fullName(core: string, span?: Span): string {
    if (span && this.entities.length) {
      // The entity whose mention ends where the phrase ends (its head), people first.
      let best: Entity | null = null;
      let score = -1;
      for (const e of this.entities) {
        for (const m of e.mentions) {
          if (!(m.start < span.end && span.start < m.end)) continue;
          const sc = (m.end === span.end ? 2 : 0) + (e.kind === 'person' ? 1 : 0);
          if (sc > score) (best = e), (score = sc);
        }
      }
      if (best && score >= 2) core = stripTitles(best.name);
    }
    const parts = core.split(/\s+/);
    const full = this.fullBySurname.get(surnameKey(parts[parts.length - 1]));
    return full && full.split(/\s+/).length >= parts.length ? full : core;
  }

  /** Whether a core name is known as a person. */
  isPerson(core: string): boolean {
    const parts = core.split(/\s+/);
    return this.fullBySurname.has(surnameKey(parts[parts.length - 1]));
  }

  /** The nearest person (or, for `they`/`it`, anyone) named before `offset`. */
  antecedent(offset: number, person: boolean): NameRef | null {
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.refs[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) {
      const r = this.refs[i];
      if (r.end > offset) continue;
      if (!person || r.person || (r.core && this.isPerson(r.core))) return r;
    }
    return null;
  }
}

/** A name without leading titles ("Mufti Saleh" → "Saleh"). */
function stripTitles(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 1 && PERSON_TITLES.has(parts[0].toLowerCase().replace(/\.$/, ''))) parts.shift();
  return parts.join(' ');
}

function surnameKey(w: string): string {
  return w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^(?:al|el)[-\s]/, '');
}

export { PERSON_PRONOUNS };
