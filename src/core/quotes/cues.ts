// Attribution cues (said, told, according to ...) and the speaker phrase next to them, by hand-written scanning.
import type { Span } from '../types';
import { opensWithCapital, opensWithWordChar } from '../search';
import { FUNCTION_WORDS, MONTH_WORDS, NOUNISH_SPEECH_VERBS as NOUNISH, PERSON_PRONOUNS, ORG_WORDS, TITLES, SPEECH_VERB_FORMS, SUBJECT_PRONOUNS as PRONOUNS, WEEKDAY_WORDS, withPeriods } from '../lexicon';

/** Speech verbs that may precede their speaker ("said Pompeo", "added the statement"). */
const INVERTIBLE = new Set(
  (
    'say said says add adds added ask asks asked write writes wrote continue continues continued explain explains explained ' +
    'note notes noted reply replies replied respond responds responded answer answers answered declare declares declared ' +
    'insist insists insisted argue argues argued recall recalls recalled tweet tweets tweeted quip quips quipped joke jokes joked ' +
    'remark remarks remarked observe observes observed conclude concludes concluded counter counters countered retort retorts retorted ' +
    'warn warns warned agree agrees agreed acknowledge acknowledges acknowledged concede concedes conceded admit admits admitted ' +
    'suggest suggests suggested predict predicts predicted complain complains complained boast boasts boasted lament laments lamented ' +
    'mention mentions mentioned report reports reported repeat repeats repeated reiterate reiterates reiterated emphasize emphasizes ' +
    'emphasized emphasise emphasises emphasised stress stresses stressed shout shouts shouted yell yells yelled cry cries cried ' +
    'whisper whispers whispered murmur murmurs murmured muse muses mused scream screams screamed exclaim exclaims exclaimed ' +
    'interject interjects interjected snap snaps snapped sneer sneers sneered scoff scoffs scoffed grumble grumbles grumbled ' +
    'confirm confirms confirmed affirm affirms affirmed assert asserts asserted maintain maintains maintained wonder wonders wondered ' +
    'state states stated testify testifies testified caution cautions cautioned claim claims claimed allege alleges alleged ' +
    'opine opines opined comment comments commented recount recounts recounted gush gushes gushed rant rants ranted read reads ' +
    'wrote posted post posts chanted sang sings'
  ).split(' '),
);

/** Every form of the cue verbs (said, says, saying; adds, added, adding ...): the lexicon's speech verbs. */
export const CUE_WORDS = SPEECH_VERB_FORMS;
const BUILTIN_CUES = new Set(CUE_WORDS);
/** A possessive noun ("the woman's", "voters'"), not a contraction of a pronoun ("he's"). */
const POSSESSIVE = /^(?!(?:he|she|it|that|who|what|there|here)['’]s$)[\p{L}\p{N}.-]+(?:['’]s|s['’])$/u;
/** Nouns of speech that attribute after a possessive ("Trump's claim that ..."). */
export const SPEECH_NOUNS = new Set(
  ('claim claims statement statements assertion assertions remark remarks comment comments words promise pledge warning vow boast ' +
    'prediction contention insistence argument description characterization characterisation accusation allegation suggestion ' +
    'message quip response reply answer admission declaration announcement insinuation').split(' '),
);
const BE_FORMS = new Set('was were is are been being be'.split(' '));
/** Third-person forms of noun-like cue verbs ("reports", "questions", "claims"). */
const NOUNISH_S = new Set([...NOUNISH].map((v) => (/(?:s|sh|ch|x)$/.test(v) ? v + 'es' : v + 's')));


/** Pronouns that refer to one person (from the shared lexicon; re-exported for the attribution code). */
export { PERSON_PRONOUNS };

/** Role nouns that head a speaker phrase (`a spokesman`, `the statement`, `officials`). */
const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials statement source sources minister ministers secretary ' +
    'president leader leaders chief director commander analyst analysts expert experts aide aides adviser advisers advisor advisors ' +
    'lawyer lawyers attorney ministry department government agency police military army office report campaign committee group ' +
    'party council court judge prosecutor prosecutors witness witnesses resident residents officer officers doctor governor senator ' +
    'mayor candidate nominee chairman chairwoman chair ambassador envoy diplomat diplomats general cleric premier activist activists ' +
    'protesters protester organisers organizers announcer host moderator businessman businesswoman people person man woman voters ' +
    'voter supporters supporter critics critic author authors researchers researcher study survey poll letter tweet post memo release ' +
    'communique communiqué website newspaper paper magazine network station board company firm bank union administration white ' +
    'house team staff member members representative representatives rep sen gov mp mps lawmaker lawmakers legislator legislators ' +
    'congressman congresswoman manager managers owner owners executive executives ceo founder father mother wife husband son daughter ' +
    'friend friends neighbour neighbor neighbours neighbors student students teacher teachers worker workers nurse nurses ' +
    'correspondent reporter reporters journalist journalists editor editors columnist writer producer director coach player players ' +
    'observers insiders investigators investigator authorities authority ministry spokespersons pollster pollsters strategist ' +
    'strategists operative operatives surrogate surrogates rival rivals opponent opponents challenger incumbent economist economists ' +
    'professor scientist scientists historian historians commentator commentators judges justices justice colleague colleagues ' +
    'advocates advocate groups organization organisation foundation institute center centre partner partners allies ally nominee ' +
    'chancellor king queen prince pope imam sheikh ayatollah mullah rabbi bishop priest pastor cardinal lawmaker officials nation ' +
    'country state city county embassy regime cabinet parliament congress senate assembly commission agency agencies ' +
    'document documents filing complaint lawsuit ruling ad advertisement commercial spot video brief article story piece ' +
    'editorial column book memoir'
  ).split(' '),
);

/** Titles that mark a following name as a person (with their abbreviation period: "gen.", "sen."). */
export const PERSON_TITLES = withPeriods(TITLES);

const NAME_PARTICLES = new Set(['al', 'al-', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'du', 'da', 'dos', 'di', 'st.', 'mc', 'ben']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'both', 'each', 'few', 'most', 'all', 'any']);
const MODIFIERS = new Set(
  ('senior top former chief deputy acting local foreign military federal state national regional international official unnamed anonymous other ' +
    'new longtime veteran leading prominent independent republican democratic democrat conservative liberal rival fellow white police security ' +
    'intelligence defence defense press campaign vice-presidential presidential vice')
.split(' '),
);
/** Capitalised words that start sentences but never names. */
const CAP_STOP = new Set(
  ('but and or so yet also then meanwhile however still even though although while when if as because after before since in on at of for with from by to ' +
    'asked speaking writing during despite later earlier instead indeed now today yesterday last this that these those there here it its what which who ' +
    'whom where why how i we you they he she not no yes according all more only some many most other such much every each ' +
    'back maybe perhaps thus hence instead over outside given across hours minutes days weeks months years ' +
    'within between alongside among amid toward towards upon via without throughout unlike beyond besides moreover furthermore ' +
    'somewhere ever based preceded two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty fifty')
.split(' ').concat([...MONTH_WORDS]),
);
const SKIP_BACK = new Set(
  ('also later then has had have was were is are would will once again previously earlier further separately reportedly recently repeatedly ' +
    'did does do never not still just simply quickly first finally angrily flatly publicly privately bluntly repeatedly frequently often ' +
    'immediately subsequently has since himself herself themselves personally often always usually sometimes later then now ' +
    'maybe perhaps thus hence instead could should might must only however')
.split(' '),
);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Time words skipped next to a speaker (weekdays and months, but not "may", which is mostly a modal). */
const TIME_WORDS = new Set(
  'yesterday today tonight night morning afternoon evening week month year weekend'.split(' ').concat([...WEEKDAY_WORDS], [...MONTH_WORDS].filter((m) => m !== 'may')),
);

export interface Token extends Span {
  w: string;
  lower: string;
  cap: boolean;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[,:;—–―()?!]/gu;

/** Words, clause punctuation and sentence ends (`.` `?` `!`) of `s`, offsets relative to `base`. */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    let w = m[0];
    const start = m.index + base;
    // Keep a final period only on abbreviations and initials (Gen., U.S., J.); otherwise it ends a sentence.
    let stop = false;
    if (w.endsWith('.') && !KEEPS_PERIOD.test(w)) {
      w = w.slice(0, -1);
      stop = true;
    }
    if (!w) continue;
    // (A token here never opens with a mark: the pattern starts every word with a letter or digit.)
    out.push({ start, end: start + w.length, w, lower: w.toLowerCase(), cap: opensWithCapital(w), punct: !opensWithWordChar(w) });
    // A period followed by a comma, a parenthesis or a lowercase word ("(D-Mo.)", "Tulsa, Okla., police") ends nothing.
    if (stop) {
      CONTINUES.lastIndex = m.index + w.length + 1;
      if (!CONTINUES.test(s)) out.push({ start: start + w.length, end: start + w.length + 1, w: '.', lower: '.', cap: false, punct: true });
    }
  }
  return out;
}

const KEEPS_PERIOD = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|gen|gens|sen|sens|rep|reps|del|gov|govs|lt|col|sgt|capt|cmdr|adm|maj|st|jr|sr|prof|rev|messrs|amb|atty|supt|insp|det)\.$/iu;
/** What may follow a period that ends nothing, read within three characters: `\s*` then a comma, bracket or lowercase. */
const CONTINUES = /\s{0,2}[,;:)\]\p{Ll}]/uy;

export interface SpeakerPhrase extends Span {
  kind: 'pronoun' | 'name' | 'role';
  /** Looks like a person (title, person role, or a name without organisation words). */
  person: boolean;
  /** The phrase's core name (titles, determiners and lowercase words dropped), or null. */
  core: string | null;
}

const possessiveBase = (w: string) => w.replace(/['’]s?$/, '');

const NOT_ROLES = new Set('other others after never ever however rather further either neither whether later earlier over under for or nor together another matter water order power'.split(' '));

/** A noun that names a speaker: a person, group or institution (`spokesman`, `officials`, `ministry`), or a document. */
export function isRole(lower: string): boolean {
  const base = possessiveBase(lower);
  if (ROLE_NOUNS.has(base)) return true;
  const sing = base.endsWith('s') ? base.slice(0, -1) : base;
  return ROLE_NOUNS.has(sing) || (/(?:man|woman|person|ist|ian|er|or)s?$/.test(base) && !NOT_ROLES.has(base));
}

const NOT_ADVERBS = new Set('family ally rally assembly supply reply anomaly monopoly belly jelly folly lily bully homily italy july'.split(' '));

/** A lowercase -ly adverb ("cynically", "repeatedly"). */
function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

/** A name with a lower-case particle joined by a hyphen: al-Sistani, el-Sisi, ad-Dawla. */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;

function isNameToken(t: Token): boolean {
  return (t.cap && !t.punct && !CAP_STOP.has(t.lower) && !CONTRACTION.test(t.lower)) || PARTICLE_NAME.test(t.w);
}
/** "It's", "That’s", "There's": never a name (a person's "He's" still stands for its subject). */
const CONTRACTION = /^(?:it|that|there|here|what|this)['’](?:s|ll|d)$/;

function isNpToken(t: Token, next: Token | undefined): boolean {
  if (t.punct) return false;
  if (DETERMINERS.has(t.lower)) return next !== undefined && !next.punct;
  if (t.cap) return true;
  if (/^\p{N}+-\p{L}+(?:-\p{L}+)*$/u.test(t.lower)) return next !== undefined && !next.punct; // "41-year-old"
  if (PARTICLE_NAME.test(t.w)) return true;
  if (NAME_PARTICLES.has(t.lower) || /^(?:al|el)-/.test(t.lower)) return next !== undefined && (next.cap || NAME_PARTICLES.has(next.lower)); // von der Leyen
  if (t.lower === 'of') return next !== undefined && (next.cap || next.lower === 'the');
  if (t.lower === 'the' && next?.cap) return true;
  if (DOCUMENT_NOUNS.has(t.lower) && next?.cap) return false; // "the story John F. Kennedy told"
  return isRole(t.lower) || MODIFIERS.has(t.lower);
}

const DOCUMENT_NOUNS = new Set('document documents filing complaint lawsuit ruling ad advertisement commercial spot video brief article story piece editorial column book memoir statement report letter memo study survey poll release tweet post website'.split(' '));

/** Build a speaker phrase from tokens [i, j] (inclusive), or null when it names nobody. */
function phrase(toks: Token[], i: number, j: number): SpeakerPhrase | null {
  // Drop capitalised sentence starters (But, And ...) and trailing possessive-free junk.
  if (j === i && PRONOUNS.has(toks[i].lower)) {
    const t = toks[i];
    return { start: t.start, end: t.end, kind: 'pronoun', person: PERSON_PRONOUNS.has(t.lower), core: null };
  }
  while (i <= j && (toks[i].punct || toks[i].lower === 'of' || (toks[i].cap && CAP_STOP.has(toks[i].lower) && !DETERMINERS.has(toks[i].lower)))) i++;
  while (j >= i && toks[j].punct) j--;
  if (i > j) return null;
  const head = toks[j];
  if (PRONOUNS.has(head.lower) || CAP_STOP.has(head.lower) || DETERMINERS.has(head.lower)) return null;
  if (j === i && PRONOUNS.has(head.lower)) return { start: head.start, end: head.end, kind: 'pronoun', person: PERSON_PRONOUNS.has(head.lower), core: null };
  // (The head is tested before the phrase's words are copied: most candidate spans fail here.)
  const headOk = isNameToken(head) || isRole(head.lower);
  if (!headOk) return null;
  const words = toks.slice(i, j + 1);
  const caps = words.filter((t) => (t.cap || PARTICLE_NAME.test(t.w)) && !DETERMINERS.has(t.lower) && !PERSON_TITLES.has(t.lower.replace(/\.$/, '')));
  // "King says": a capitalised title alone before the verb is a surname.
  if (j === i && head.cap && PERSON_TITLES.has(head.lower) && !/\.$/.test(head.w)) return { start: head.start, end: head.end, kind: 'name', person: true, core: head.w };
  if (!caps.length && !words.some((t) => DETERMINERS.has(t.lower)) && !/s$/.test(head.lower)) {
    // A bare singular role noun ("spokesman said") is not a speaker phrase on its own.
    if (words.length < 2) return null;
  }
  const orgish = words.some((t) => ORG_WORDS.has(possessiveBase(t.lower)));
  const titled = words.some((t) => PERSON_TITLES.has(t.lower.replace(/\.$/, '')) || PERSON_TITLES.has(t.lower));
  const personRole = /(?:man|woman|person|ist|er|or|ian|ent|ant|official|leader|cleric|premier|secretary|minister|president|chief|aide|adviser|advisor)$/.test(head.lower) && !/s$/.test(head.lower);
  let core: string | null = null;
  // Core name: the run of capitalised tokens ending at the head, without titles.
  let k = j;
  const nameToks: Token[] = [];
  while (k >= i && (isNameToken(toks[k]) || NAME_PARTICLES.has(toks[k].lower) || /^(?:al|el)-/.test(toks[k].lower))) {
    if (PERSON_TITLES.has(toks[k].lower.replace(/\.$/, '')) && nameToks.length) break;
    nameToks.unshift(toks[k]);
    k--;
  }
  while (nameToks.length && (PERSON_TITLES.has(nameToks[0].lower.replace(/\.$/, '')) || NAME_PARTICLES.has(nameToks[0].lower))) nameToks.shift();
  if (nameToks.length) core = nameToks.map((t) => possessiveBase(t.w)).join(' ');
  const capsName = core !== null && !orgish && !placeOrHeadline(nameToks);
  const person = !orgish && (titled || (capsName && (nameToks.length >= 2 || titled)) || (!core && personRole));
  return { start: words[0].start, end: head.end, kind: core ? 'name' : 'role', person, core };
}

/** Words that open a place name, not a person's ("North Korea", "West Virginia", "New Mexico", "Central America"). */
const PLACE_OPENERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new']);
/**
 * Whether capitalised words are a place or a headline rather than a person's name, for the "two capitalised words
 * are a person" reading: a place opener first, or every word in capitals ("QUESTIONABLE MEDICAL CLAIMS").
 */
function placeOrHeadline(nameToks: Token[]): boolean {
  if (nameToks.length < 2) return false;
  return PLACE_OPENERS.has(nameToks[0].lower) || nameToks.every((t) => t.w.length > 1 && t.w === t.w.toUpperCase() && /\p{Lu}/u.test(t.w));
}

/** The speaker phrase ending right before token index `k` (skipping adverbs, time words and an appositive). */
export function speakerBefore(toks: Token[], k: number, lo: number, finite = true, depth = 0): SpeakerPhrase | null {
  if (depth > 3) return null;
  let j = k - 1;
  while (j >= lo) {
    const t = toks[j];
    if (SKIP_BACK.has(t.lower) || isAdverb(t)) j--;
    else if (TIME_WORDS.has(t.lower) && j - 1 >= lo && /^(?:on|last|this|late|early)$/.test(toks[j - 1].lower)) j -= 2;
    else if (TIME_WORDS.has(t.lower) && t.cap) j--;
    else if (/^\d{4}$/.test(t.w) && j - 1 >= lo && /^(?:in|since|during)$/.test(toks[j - 1].lower)) j -= 2; // "who in 2010 said"
    else break;
  }
  if (j < lo) return null;
  if (toks[j].w === ',' || toks[j].w === ')') {
    // Appositive: "Pompeo, the secretary of state, said" — the phrase before the first comma. A long one
    // must open like a description ("Jane Doe, the executive director at ... and who ..., told").
    let c = j - 1;
    while (c >= lo && c > j - 32 && !/^(?:[,(:;."]|—|–|―)$/.test(toks[c].w)) c--;
    if (c < lo || (toks[c].w !== ',' && toks[c].w !== '(') || c <= j - 32) return null;
    const first = toks[c + 1];
    if (j - c > 14 && !(DETERMINERS.has(first.lower) || /^(?:who|whose|which)$/.test(first.lower) || isRole(first.lower) || MODIFIERS.has(first.lower))) return null;
    return speakerBefore(toks, c, lo, finite, depth + 1);
  }
  // "63 percent said": a share of those polled.
  if (toks[j].lower === 'percent' && j - 1 >= lo && /^\d/.test(toks[j - 1].w)) return { start: toks[j - 1].start, end: toks[j].end, kind: 'role', person: false, core: null };
  if (PRONOUNS.has(toks[j].lower)) return phrase(toks, j, j);
  // Relative clause: "the department, which reported" / "Smith, who said".
  // (A `who` may follow a prepositional object: "a frosty relationship with McConnell, who said".)
  // The relative is the mention that speaks; the antecedent gives its kind and name.
  if (RELATIVES.has(toks[j].lower)) {
    const ante = speakerBefore(toks, j - 1 >= lo && toks[j - 1].w === ',' ? j - 1 : j, lo, finite && toks[j].lower !== 'who', depth + 1);
    return ante && { ...ante, start: toks[j].start, end: toks[j].end };
  }
  // "the 34-year-old mother of three": a person noun with a count.
  if (j - 2 >= lo && toks[j - 1].lower === 'of' && (COUNT_WORDS.has(toks[j].lower) || /^\d+$/.test(toks[j].w)) && isRole(toks[j - 2].lower)) {
    const head = speakerBefore(toks, j - 1, lo, finite, depth + 1);
    if (head) return { ...head, end: toks[j].end };
  }
  let i = j;
  while (i - 1 >= lo && !DETERMINERS.has(toks[i].lower) && isNpToken(toks[i - 1], toks[i])) i--;
  let np = isNpToken(toks[j], toks[j + 1]) ? phrase(toks, i, j) : null;
  if (!np) {
    // "the book said", "the ad's narrator says", "his former business partner said": a determiner and up to
    // three words before the cue.
    for (let d = j - 1; d >= lo && d >= j - 3; d--) {
      if (toks[d].punct) break;
      if (DETERMINERS.has(toks[d].lower) || /['’]s?$/.test(toks[d].w)) {
        if (toks.slice(d + 1, j + 1).some((x) => x.punct || FUNCTION_WORDS.has(x.lower) || /ly$/.test(x.lower) || (x.lower.length > 4 && x.lower.endsWith('ed')))) break;
        np = { start: toks[d].start, end: toks[j].end, kind: 'role', person: false, core: null };
        break;
      }
    }
  }
  // "the secretary of state said", "the mother of the victim said": a role noun and its `of` complement.
  if (!np && !toks[j].cap && !FUNCTION_WORDS.has(toks[j].lower) && /^\p{Ll}+$/u.test(toks[j].w)) {
    for (let o = j - 1; o - 1 >= lo && o >= j - 3; o--) {
      const x = toks[o];
      if (x.punct || (x.lower !== 'of' && FUNCTION_WORDS.has(x.lower) && !DETERMINERS.has(x.lower))) break;
      if (x.lower !== 'of') continue;
      if (!isRole(toks[o - 1].lower) || toks[o - 1].cap) break;
      const outer = speakerBefore(toks, o, lo, finite, depth + 1);
      if (outer && outer.end === toks[o - 1].end) np = { ...outer, end: toks[j].end };
      break;
    }
  }
  if (!np || !finite) return np;
  // The subject of a finite verb is no prepositional object: in "In a Facebook message posted Friday" and
  // "32% of Republican claims" the phrase is none; "a spokesman for the campaign said" is the whole phrase.
  let s = j;
  while (s > lo && toks[s - 1].start >= np.start) s--;
  const p = s - 1;
  if (p >= lo && toks[p].lower === 'of' && p - 1 >= lo && (QUANTIFIERS.has(toks[p - 1].lower) || toks[p - 1].lower === 'percent')) {
    // "most of the workers said", "52 percent of voters agreed": the share and its whole.
    const q = toks[p - 1].lower === 'percent' && p - 2 >= lo && /^\d/.test(toks[p - 2].w) ? p - 2 : p - 1;
    return { ...np, start: toks[q].start, kind: 'role', person: false, core: null };
  }
  if (p >= lo && PREPOSITIONS.has(toks[p].lower)) {
    const outer = p - 1 >= lo && !toks[p - 1].punct && (isRole(toks[p - 1].lower) || isNameToken(toks[p - 1])) ? speakerBefore(toks, p, lo, true, depth + 1) : null;
    if (!outer) return null;
    const kind = outer.kind === 'name' || np.kind === 'name' ? 'name' : 'role';
    return { ...np, start: outer.start, kind, person: outer.person, core: outer.core ?? (outer.person ? null : np.core) };
  }
  return np;
}

const QUANTIFIERS = new Set('most many some all half majority minority both each several few none one two three four five dozens hundreds thousands millions'.split(' '));
const COUNT_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve'.split(' '));
const PREPOSITIONS = new Set('of in on at with from into onto under during through within without about against among amid between toward towards upon via behind beside like than to for by inside outside'.split(' '));

/** The speaker phrase starting right after token index `k` (inverted attribution, `according to`). */
export function speakerAfter(toks: Token[], k: number, hi: number, allowPronoun = false): SpeakerPhrase | null {
  let i = k + 1;
  while (i < hi && (SKIP_BACK.has(toks[i].lower) || (TIME_WORDS.has(toks[i].lower) && toks[i].cap) || /^\p{N}+$/u.test(toks[i].w))) i++;
  if (i >= hi) return null;
  if (PRONOUNS.has(toks[i].lower)) return allowPronoun ? phrase(toks, i, i) : null;
  // "said 9/11 widow Terry Strada", "according to conservative talk radio host Rush Limbaugh", "according to
  // the event organizer Alliance ...": a short lowercase description (after an optional article) before a name.
  {
    let n = DETERMINERS.has(toks[i].lower) && !toks[i].cap ? i + 1 : i;
    const from = n;
    while (n < hi && n < from + 5 && !toks[n].punct && !toks[n].cap && !FUNCTION_WORDS.has(toks[n].lower) && !DETERMINERS.has(toks[n].lower)) n++;
    if (n > from && n < hi && isNameToken(toks[n]) && (n - from <= 2 || isRole(toks[n - 1].lower))) {
      let e = n;
      while (e + 1 < hi && (isNameToken(toks[e + 1]) || NAME_PARTICLES.has(toks[e + 1].lower))) e++;
      const sp = phrase(toks, i, e) ?? phrase(toks, n, e);
      if (sp) return sp;
    }
  }
  // "said the ruling": a determiner and one or two words.
  if (DETERMINERS.has(toks[i].lower) && i + 1 < hi && !toks[i + 1].punct && !toks[i + 1].cap && !isNpToken(toks[i + 1], toks[i + 2])) {
    let e = i + 1;
    if (e + 1 < hi && !toks[e + 1].punct && !toks[e + 1].cap && !FUNCTION_WORDS.has(toks[e + 1].lower) && (e + 2 >= hi || toks[e + 2].punct)) e++;
    if ((e + 1 >= hi || toks[e + 1].punct) && !FUNCTION_WORDS.has(toks[e].lower)) return { start: toks[i].start, end: toks[e].end, kind: 'role', person: false, core: null };
    // As a sentence's subject: "The piece used ...", "several environmental groups sued ...".
    if (allowPronoun && !FUNCTION_WORDS.has(toks[i + 1].lower) && !isAdverb(toks[i + 1])) {
      let end = i + 1;
      for (let m = i + 1; m < hi && m <= i + 3 && !toks[m].punct && !toks[m].cap && !FUNCTION_WORDS.has(toks[m].lower); m++) if (isRole(toks[m].lower)) end = m;
      return { start: toks[i].start, end: toks[end].end, kind: 'role', person: false, core: null };
    }
  }
  let j = i;
  if (!isNpToken(toks[i], toks[i + 1]) && !DETERMINERS.has(toks[i].lower)) return null;
  while (
    j + 1 < hi &&
    isNpToken(toks[j + 1], toks[j + 2]) &&
    (!DETERMINERS.has(toks[j + 1].lower) || (j === i && COUNT_WORDS.has(toks[j + 1].lower))) &&
    !(toks[j + 1].lower === 'of' && isNameToken(toks[j]) && !PERSON_TITLES.has(toks[j].lower))
  )
    j++;
  return phrase(toks, i, j);
}

/** A loose noun phrase [s, e] filling the subject slot of a verb of saying; its name is the last name before a comma. */
function slotPhrase(toks: Token[], s: number, e: number): SpeakerPhrase | null {
  while (e >= s && (toks[e].punct || FUNCTION_WORDS.has(toks[e].lower) || SKIP_BACK.has(toks[e].lower) || isAdverb(toks[e]))) e--;
  if (e < s || !(DETERMINERS.has(toks[s].lower) || isNameToken(toks[s]) || isNpToken(toks[s], toks[s + 1]) || /^\p{N}/u.test(toks[s].w))) return null;
  let named: SpeakerPhrase | null = null;
  for (let n = s; n <= e && toks[n].w !== ','; n++) {
    if (!isNameToken(toks[n])) continue;
    let m = n;
    while (m + 1 <= e && (isNameToken(toks[m + 1]) || NAME_PARTICLES.has(toks[m + 1].lower))) m++;
    if (!/['’]s?$/.test(toks[m].w)) named = phrase(toks, n, m) ?? named;
    n = m;
  }
  const kind = named?.kind === 'name' ? 'name' : 'role';
  return { start: toks[s].start, end: toks[e].end, kind, person: named?.person ?? false, core: named?.core ?? null };
}

/** The subject between a quote and its verb (`"...," the unsigned opinion said`), up to 14 tokens. */
function slotBefore(toks: Token[], k: number, lo: number): SpeakerPhrase | null {
  let a = k - 1;
  while (a >= lo && k - a <= 14 && !/^(?:"|[.?!;:]|—|–|―)$/.test(toks[a].w)) a--;
  if (a < lo || toks[a].w !== '"') return null;
  let s = toks[a + 1]?.w === ',' ? a + 2 : a + 1;
  // (`"..." of the case, the opinion said`: the subject follows the phrase that ends the quote's clause.)
  if (s < k && PREPOSITIONS.has(toks[s].lower)) while (s < k && toks[s - 1].w !== ',') s++;
  return slotPhrase(toks, s, k - 1);
}

/** The subject after an inverted verb right after a quote (`"...," said Clinton's top aide Jake Sullivan`). */
function slotAfter(toks: Token[], k: number, hi: number): SpeakerPhrase | null {
  let e = k + 1;
  while (e < hi && e - k <= 10 && !toks[e].punct && !(PREPOSITIONS.has(toks[e].lower) && toks[e].lower !== 'of' && toks[e].lower !== 'for')) e++;
  return e > k + 1 ? slotPhrase(toks, k + 1, e - 1) : null;
}

/** The noun phrase that starts at token s, up to a punctuation mark (at most 12 words), with no trailing function word. */
function looseSlot(toks: Token[], s: number, hi: number): SpeakerPhrase | null {
  if (s >= hi || toks[s].punct) return null;
  let e = s;
  while (e + 1 < hi && e + 1 - s < 12 && !toks[e + 1].punct) e++;
  while (e > s && FUNCTION_WORDS.has(toks[e].lower)) e--;
  return { start: toks[s].start, end: toks[e].end, kind: 'role', person: false, core: null };
}

export interface CueHit extends Span {
  /** Token index of the cue word (the last word of a multi-word cue). */
  index: number;
  speaker: SpeakerPhrase | null;
  /** Speaker found after the cue (inverted, `according to`). */
  inverted: boolean;
  /** A participle after a comma (`..., saying`): the speaker is the sentence's subject. */
  participle?: boolean;
}

/** All cues in tokens [lo, hi) with the speaker phrase each attributes to. */
export function findCues(toks: Token[], lo: number, hi: number, cueSet: Set<string>): CueHit[] {
  const out: CueHit[] = [];
  for (let k = lo; k < hi; k++) {
    const t = toks[k];
    if (t.punct) continue;
    if (t.lower === 'per' && k + 1 < hi && !toks[k + 1].punct) {
      const sp = speakerAfter(toks, k, hi);
      if (sp && sp.kind !== 'pronoun') out.push({ start: t.start, end: t.end, index: k, speaker: sp, inverted: true });
      continue;
    }
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      // The whole noun phrase is the source ("according to the county clerk"), named as its head says.
      const head = speakerAfter(toks, k + 1, hi);
      const whole = slotAfter(toks, k + 1, hi);
      let sp = head && whole && whole.start === head.start && whole.end > head.end ? { ...whole, core: whole.core ?? head.core, kind: head.kind, person: head.person || whole.person } : (head ?? whole);
      // (Any noun phrase is the source there, a document or a recording too: "according to audio provided by the
      // station", "according to excerpts of his speech", "according to multiple sources who ...".)
      if (!sp) sp = looseSlot(toks, k + 2, hi);
      out.push({ start: t.start, end: toks[k + 1].end, index: k + 1, speaker: sp, inverted: true });
      k++;
      continue;
    }
    if (t.lower === 'in' && toks[k + 1]?.lower === 'a' && toks[k + 2]?.lower === 'statement') {
      const verb = k > lo && cueSet.has(toks[k - 1].lower);
      if (!verb) {
        const before = speakerBefore(toks, k, lo);
        const sp = before ?? (toks[k + 3]?.w === ',' ? speakerAfter(toks, k + 3, hi) : null);
        out.push({ start: t.start, end: toks[k + 2].end, index: k + 2, speaker: sp, inverted: !before && !!sp });
      }
      k += 2;
      continue;
    }
    // "Trump's claim that ...", "the mayor's statement: ...": a speech noun after a possessive is a cue.
    // (Right before a quote the noun is a subject: in `Ryan said Ginsburg's comments "shows bias"` the quote is Ryan's.)
    if (!t.cap && SPEECH_NOUNS.has(t.lower) && k > lo && POSSESSIVE.test(toks[k - 1].lower) && k + 1 < hi && /^(?:that|,|:)$/.test(toks[k + 1].lower)) {
      const sp = speakerBefore(toks, k, lo, false);
      if (sp) out.push({ start: t.start, end: t.end, index: k, speaker: sp, inverted: false });
      continue;
    }
    // "Hillary shot back, "..."", "the campaign fired back:": a phrasal cue.
    if (t.lower === 'back' && k > lo && BACK_VERBS.has(toks[k - 1].lower)) {
      const sp = speakerBefore(toks, k - 1, lo);
      if (sp) out.push({ start: toks[k - 1].start, end: t.end, index: k, speaker: sp, inverted: false });
      continue;
    }
    if (t.cap || !cueSet.has(t.lower)) continue; // verbs are lowercase ("State Department" is no cue)
    if (t.lower === 'went' && !(toks[k + 1]?.lower === 'on' && toks[k + 2]?.lower === 'to')) continue; // only "went on to say"
    // The passive with its agent: "was written by Springsteen", "were described by officials as".
    if (k > lo && BE_FORMS.has(toks[k - 1].lower) && toks[k + 1]?.lower === 'by' && /(?:ed|en|said|told|wrote|written|sung|read)$/.test(t.lower)) {
      const sp = speakerAfter(toks, k + 1, hi);
      if (sp && sp.kind !== 'pronoun') {
        out.push({ start: t.start, end: toks[k + 1].end, index: k + 1, speaker: sp, inverted: true });
        k++;
        continue;
      }
    }
    if ((t.lower === 'quoted' || t.lower === 'quotes' || t.lower === 'quote') && !(k > lo && POSSESSIVE.test(toks[k - 1].lower))) {
      // "X was quoted as saying" / "Reuters quoted X as saying"
      if (toks[k + 1]?.lower === 'as') {
        out.push({ start: t.start, end: t.end, index: k, speaker: speakerBefore(toks, k, lo), inverted: false });
        continue;
      }
      let a = k + 1;
      while (a < hi && a < k + 10 && toks[a].lower !== 'as') a++;
      if (a < hi && toks[a].lower === 'as' && toks[a + 1]?.lower === 'saying') {
        const sp = speakerAfter(toks, k, a);
        out.push({ start: t.start, end: toks[a + 1].end, index: a + 1, speaker: sp, inverted: true });
        k = a + 1;
        continue;
      }
    }
    if (t.lower.endsWith('ing') && k > lo && !PRONOUNS.has(toks[k - 1].lower) && (!isNameToken(toks[k - 1]) || TIME_WORDS.has(toks[k - 1].lower))) {
      // Participle ("..., saying"): the sentence's subject speaks; the caller fills it in.
      out.push({ start: t.start, end: t.end, index: k, speaker: null, inverted: false, participle: true });
      continue;
    }
    let before = speakerBefore(toks, k, lo, !t.lower.endsWith('ing')) ?? (t.lower.endsWith('ing') ? null : slotBefore(toks, k, lo));
    // "a few questions", "his claims": a noun-like -s form after a determiner phrase is a noun, not a cue.
    if (before && NOUNISH_S.has(t.lower) && ((before.kind === 'role' && !isRole(toks[k - 1].lower)) || POSSESSIVE.test(toks[k - 1].lower))) continue;
    if (before) {
      out.push({ start: t.start, end: t.end, index: k, speaker: before, inverted: false });
      continue;
    }
    const ing = t.lower.endsWith('ing');
    // Inverted attribution ("...," said Pompeo) only with speech verbs, right after a quote, comma or dash:
    // in "X dismissed Estonia as ..." or "who in 2010 said the GOP's goal was ..." the next phrase is no speaker.
    const prev = k > lo ? toks[k - 1].w : '';
    const invertible = !ing && (INVERTIBLE.has(t.lower) || !BUILTIN_CUES.has(t.lower)) && (k === lo || /^(?:"|,|:|—|–|―|\()$/.test(prev));
    // Right after a quote the phrase after the verb is its subject, whatever noun phrase fills the slot.
    const quoted = prev === '"' || (prev === ',' && k - 2 >= lo && toks[k - 2].w === '"');
    const after = invertible ? (speakerAfter(toks, k, hi) ?? (quoted ? slotAfter(toks, k, hi) : null)) : null;
    // Otherwise an infinitive or a coordinated verb ("took to Twitter to accuse ...", "beamed and asked ...")
    // takes the sentence's subject, like a participle.
    const shared = !after && (ing || (k > lo && /^(?:to|and|or|but|then)$/.test(toks[k - 1].lower)));
    out.push({ start: t.start, end: t.end, index: k, speaker: after, inverted: !!after, participle: shared });
  }
  return out;
}

/** Capitalised name sequences of a paragraph that look like people (after a title, or two-plus name words). */
export function nameMentions(toks: Token[]): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isNameToken(toks[i])) continue;
    let j = i;
    while (j + 1 < toks.length && (isNameToken(toks[j + 1]) || ((NAME_PARTICLES.has(toks[j + 1].lower) || /^(?:al|el)-/.test(toks[j + 1].lower)) && toks[j + 2]?.cap))) j++;
    const p = phrase(toks, i, j);
    const before = i > 0 ? toks[i - 1].lower : '';
    if (p && p.core && p.person && before !== 'the' && before !== 'of') out.push(p);
    i = j;
  }
  return out;
}

const BACK_VERBS = new Set('shot fired hit pushed snapped struck wrote tweeted'.split(' '));

/** Phrasal and idiomatic cues no single verb carries ("shot back", "as X put it", "in Bolton's view", "referred to X as"). */
const PHRASAL_CUE = /\b(?:(?:shot|fired|hit|pushed|snapped|struck|wrote) back|put it|in (?:\p{L}+['’]s?|his|her|their) (?:view|words|opinion|telling|account)|referred to\b[^.!?]{0,60}\bas|went on)\b/iu;

/** Whether prose (quotes already blanked) holds a speech cue, whether or not a speaker phrase was recognised with it. */
export function hasCueWord(s: string, cueSet: Set<string>): boolean {
  if (PHRASAL_CUE.test(s)) return true;
  const toks = tokenize(s);
  return toks.some((t, i) => !t.punct && cueSet.has(t.lower) && (!t.cap || i > 0) && !NOUNISH.has(t.lower) && !NOUNISH_S.has(t.lower) && !/^(?:according|went|read|reads|reading|put|puts|think|thinks|thought|believe|believes|call|calls|called|calling)$/.test(t.lower));
}
