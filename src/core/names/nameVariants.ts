// Transliteration-aware keys for names, and the test of whether two spellings are one name.

const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB\u02BF\u02BE`\u00B4]/g;
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h',
};
/** Connector words kept in a name's tokens (al-, bin ...), all folded to one form where spellings vary. */
const ARTICLES = new Set(['al', 'el']);

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case a name and strip diacritics and apostrophes (Çavuşoğlu → cavusoglu, Kata'ib → kataib). */
export function foldName(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, '');
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(APOSTROPHES, '');
  if (/[ıøßłđæœþðħ]/.test(out)) out = out.replace(/[ıøßłđæœþðħ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  return out;
}

/** The normalised spelling of one name word: q/k/gh, ou/u, ee/i, y/i and doubled letters folded. */
export function normToken(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    let c = folded[i];
    const n = folded[i + 1];
    if (c === 'y' && i > 0) c = 'i';
    else if (c === 'g' && n === 'h') (c = 'k'), i++;
    else if (c === 'q') c = 'k';
    else if (c === 'c' && n === 'k') (c = 'k'), i++;
    else if (c === 'o' && (n === 'u' || n === 'o')) (c = 'u'), i++;
    else if (c === 'e' && n === 'e') (c = 'i'), i++;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** A name's normalised words: hyphens and spaces split words, `al`/`el` become `al`. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const raw of foldName(name).split(/[\s\-\u2010\u2011\u2012\u2013]+/)) {
    const w = ASCII.test(raw) ? raw.replace(/[^a-z0-9]/g, '') : raw.replace(/[^\p{L}\p{N}]/gu, '');
    if (!w) continue;
    out.push(ARTICLES.has(w) ? 'al' : normToken(w));
  }
  return out;
}

/** The lookup key of a name: its normalised words joined by spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

const VOWEL = /[aeiou]/;

/** Consonant classes that transliterations swap (q/k/g/c, dh/d/th, ph/f, kh/h, j/dj/dzh, w/v, y/i/j): spelling → class letter. */
const CONSONANT_CLASSES: [RegExp, string][] = [[/dzh|dj/g, 'j'], [/kh/g, 'h'], [/ph/g, 'f'], [/[dt]h/g, 'd'], [/c(?!h)|g/g, 'k'], [/w/g, 'v'], [/^y/, 'j']];

/** A normalised word with transliteration consonant classes folded (Gadhafi, Qaddafi → kadafi) and doubles collapsed. */
export function classFold(token: string): string {
  let out = token;
  for (const [re, to] of CONSONANT_CLASSES) out = out.replace(re, to);
  return out.replace(/(.)\1+/g, '$1');
}

/** The consonant-class skeleton of a normalised word (vowel runs → `*`), used to find transliteration candidates. */
export function skeleton(token: string): string {
  return classFold(token).replace(/[aeiou]+/g, '*');
}

/** Skeleton key of a whole name. */
export function skeletonKey(tokens: string[]): string {
  return tokens.map(skeleton).join(' ');
}

/**
 * Whether two normalised words differ only by transliteration vowel changes (Kerbala/Karbala,
 * Mohammed/Muhammad): same length, at least five letters, different vowels only inside the word
 * (never the last letter: Maria/Mario), at most one change per four letters. Words on `blocked`
 * (common Western names such as Walker, Allen) never vary by vowels.
 */
export function vowelVariant(a: string, b: string, blocked?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 5) return false;
  if (blocked && (blocked.has(a) || blocked.has(b))) return false;
  const last = a.length - 1;
  if (a[last] !== b[last]) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VOWEL.test(a[i]) || !VOWEL.test(b[i])) return false;
    diffs++;
  }
  return diffs <= Math.max(1, Math.floor((a.length + 1) / 4));
}

/** Units of a normalised word for alignment: each consonant-class spelling (dh, kh, dj ...) or letter, with its class. */
function classUnits(token: string): { spelled: string; cls: string }[] {
  const out: { spelled: string; cls: string }[] = [];
  for (let i = 0; i < token.length; ) {
    const three = token.slice(i, i + 3);
    const two = token.slice(i, i + 2);
    const spelled = three === 'dzh' ? three : /^(?:dj|kh|ph|dh|th)$/.test(two) ? two : token[i];
    const cls = classFold(i === 0 ? spelled : '-' + spelled).replace(/^-/, '');
    if (out.length && out[out.length - 1].cls === cls && !VOWEL.test(cls)) out[out.length - 1].spelled += spelled; // Qaddafi: dd after a
    else out.push({ spelled, cls });
    i += spelled.length;
  }
  return out;
}

/** Signs of a transliterated name (kh, dh, dj, zh, j, a final a/i/o): consonant classes vary only there. */
const TRANSLITERATED = /kh|dh|dj|zh|j|[aio]$/;

/** Whether a normalised word looks transliterated (see TRANSLITERATED). */
export const looksTransliterated = (token: string): boolean => TRANSLITERATED.test(token);

/**
 * Whether two normalised words are transliterations that differ in consonant classes as well as vowels
 * (Gadhafi/Qaddafi, Djafar/Jafar, Vladimir/Wladimir): same units class for class, at least five letters,
 * the last letter equal, vowel changes within the vowel budget, at most one change per three units, and
 * one of them looking transliterated. Blocked Western names never vary.
 */
export function classVariant(a: string, b: string, blocked?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || a[a.length - 1] !== b[b.length - 1]) return false;
  if (blocked && (blocked.has(a) || blocked.has(b))) return false;
  if (!TRANSLITERATED.test(a) && !TRANSLITERATED.test(b)) return false; // Borders/Birthers, Kasper/Casper: English words
  const ua = classUnits(a);
  const ub = classUnits(b);
  if (ua.length !== ub.length) return false;
  let changes = 0;
  let vowels = 0;
  for (let i = 0; i < ua.length; i++) {
    const x = ua[i];
    const y = ub[i];
    const vx = VOWEL.test(x.cls);
    if (vx !== VOWEL.test(y.cls)) return false;
    if (vx) {
      if (x.cls !== y.cls) (vowels++, changes++);
    } else if (x.cls !== y.cls) return false;
    else if (x.spelled.replace(/(.)\1+/g, '$1') !== y.spelled.replace(/(.)\1+/g, '$1')) changes++;
  }
  return vowels <= Math.max(1, Math.floor((a.length + 1) / 4)) && changes <= Math.max(1, Math.floor(ua.length / 3));
}

/** Whether two names (as normalised words) are spellings of one name: word for word equal, vowel or consonant-class variants. */
export function tokensVariant(a: string[], b: string[], blocked?: ReadonlySet<string>): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  for (let i = 0; i < a.length; i++) if (!vowelVariant(a[i], b[i], blocked) && !classVariant(a[i], b[i], blocked)) return false;
  return true;
}

/** Whether two words are one typing slip apart: a dropped, added or changed letter, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The word and its one-letter deletions: two words one edit apart share at least one (candidate buckets). */
export function deletionKeys(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two spellings of names are transliteration variants of one name (equal strings are too). */
export function sameName(a: string, b: string, blocked?: ReadonlySet<string>): boolean {
  return tokensVariant(nameTokens(a), nameTokens(b), blocked);
}

/** Normalise apostrophes, hyphens and spaces of a name as written. */
export function plainSurface(s: string): string {
  return s.replace(/[\u2019\u02BC\u2018]/g, "'").replace(/\./g, '').replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, ' ');
}

/** Id of a written spelling in the distinct-pairs set (distinct from any normalised key). */
export function distinctSurfaceId(surface: string): string {
  return '=' + plainSurface(surface).toLowerCase();
}

/** The set of never-merged pairs, by normalised key and by written spelling. */
export function distinctPairSet(pairs: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const pair of pairs) {
    if (!Array.isArray(pair)) continue;
    const names = pair.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const ka = nameKey(a);
        const kb = nameKey(b);
        if (ka && kb && ka !== kb) out.add(ka + '\u0000' + kb);
        out.add(distinctSurfaceId(a) + '\u0000' + distinctSurfaceId(b));
      }
    }
  }
  return out;
}
