// The shared word lists: pronouns, titles, organisation words, calendar words and speech verbs that the
// names, quotes and events passes all read. Every set is lower case; a pass that needs fewer words for its
// job uses a named subset of a source set here (test/unit/lexicon.test.ts checks each subset ⊆ its source).

/** A set from a whitespace-separated word list. */
export const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const union = (...sets: Iterable<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));

// ── Pronouns ─────────────────────────────────────────────────────────────────────────────────────────────

/** Subject pronouns that can stand as the subject of a clause or a speaker ("he said", "they argued"). */
export const SUBJECT_PRONOUNS = words('he she it they we i you');
/** Subject pronouns that always refer to one person (resolved to the last named person). */
export const PERSON_PRONOUNS = words('he she');

// ── Calendar ─────────────────────────────────────────────────────────────────────────────────────────────

/** Month names, capitalised, in calendar order. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Weekday names, capitalised, Sunday first. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Full month names, lower case. */
export const MONTH_WORDS = words(MONTH_NAMES.join(' ').toLowerCase());
/** Full weekday names, lower case. */
export const WEEKDAY_WORDS = words(WEEKDAY_NAMES.join(' ').toLowerCase());
/** Month abbreviations (first three letters of the longer names, and "sept"), lower case. */
export const MONTH_ABBREVIATIONS = union(
  MONTH_NAMES.filter((m) => m.length > 3).map((m) => m.slice(0, 3).toLowerCase()),
  ['sept'],
);
/** Months, their abbreviations and weekdays: capitalised words that are never names. */
export const CALENDAR = union(MONTH_WORDS, MONTH_ABBREVIATIONS, WEEKDAY_WORDS);

// ── Abbreviations ────────────────────────────────────────────────────────────────────────────────────────

/** Abbreviations followed by a period that do not end a sentence. */
export const ABBREVIATIONS = words(`
gen lt col maj capt cpt sgt adm cmdr brig sen rep gov mr mrs ms dr prof rev st jr sr gens mt ft no vs u.s u.k u.n
jan feb mar apr aug sept sep oct nov dec corp inc co ltd
`);

// ── Titles ───────────────────────────────────────────────────────────────────────────────────────────────

/** Titles, ranks, honorifics and office words that go before a person's name; the name after one is a person. */
export const TITLES_BEFORE_NAME = words(`
president vice prime minister secretary gen general lt col maj capt cpt sgt adm cmdr brig lieut colonel major captain
sergeant admiral commander sen senator rep representative gov governor mr mrs ms miss dr prof rev sheikh shaikh sheik
king queen prince princess emir crown pope cardinal bishop rabbi imam ayatollah grand hojatoleslam mullah judge justice
mayor chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy speaker deputy acting caretaker
supreme leader cleric chancellor premier foreign defense defence interior finance oil trade health state attorney
sir lord lady dame chief officer director commissioner inspector secretary-general undersecretary minister-president
`);
/** Role words that title a speaker ("Coach Smith", "former Sen. X") but that the name finder keeps in a name. */
export const ROLE_TITLES = words(`
father sister brother professor mufti coach candidate nominee lawmaker congressman congresswoman former
education treasury labour labor homeland security
`);
/** Every title word: the speaker finder (quotes) and the actor namer (events) read all of them. */
export const TITLES = union(TITLES_BEFORE_NAME, ROLE_TITLES);
/** The words of a title set with their abbreviation period too ("gen" → "gen", "gen."). */
export const withPeriods = (titles: ReadonlySet<string>): ReadonlySet<string> =>
  union(titles, [...titles].filter((t) => ABBREVIATIONS.has(t)).map((t) => t + '.'));

// ── Organisations ────────────────────────────────────────────────────────────────────────────────────────

/** Every word that makes a capitalised phrase an organisation (or at least not a person): quotes and events read all of them. */
export const ORG_WORDS = words(`
ministry ministries department office house party council committee commission agency bureau authority board
administration government cabinet parliament congress senate assembly caucus court police army navy force forces
guard guards corps brigades brigade militia command chiefs staff coalition alliance league federation union front
movement campaign fund group organization organisation association institution society foundation institute
university college school schools hospital church club team bank company corporation corp inc ltd network service
services center centre embassy consulate states nations republic kingdom hezbollah
news times post journal press tribune herald guardian media television radio magazine review daily weekly
reuters ap afp cnn bbc fox msnbc politico breitbart gallup pew
airport station county city street avenue district province region island river
`);
/** Organisation words the name finder uses to type a capitalised run as an organisation; it leaves out place and
 * media words (city, river, states, cnn) so that it can still tell a place from an organisation. */
export const NAME_ORG_WORDS = words(`
ministry forces force party brigades brigade council department army navy guard guards corps committee commission
agency bank university college company corp inc group organization organisation association movement front union
institute court congress senate parliament assembly office service church network foundation campaign fund ltd
news times post journal press tribune herald media television radio hezbollah militia coalition alliance league
administration government cabinet police command chiefs board bureau center centre school hospital club federation
caucus authority ministries embassy consulate house
`);
// ── Speech verbs ─────────────────────────────────────────────────────────────────────────────────────────

/** Regular verbs of saying and writing (every form is generated by `inflect`). */
const SPEECH_VERB_BASES = (
  'add ask tweet post state explain note insist argue claim declare announce warn vow promise pledge urge call describe ' +
  'label brand term praise criticise criticize slam blast accuse deny admit acknowledge concede recall reply respond answer ' +
  'continue conclude suggest predict complain joke quip boast brag lament observe remark mention report reiterate repeat ' +
  'emphasise emphasize stress shout yell chant cry testify allege charge counter retort caution agree confirm affirm assert ' +
  'maintain wonder question demand encourage believe recount quote cite lash mock appeal hail rail decry condemn welcome ' +
  'reject dismiss tout deride speculate threaten whisper murmur muse scream opine comment scold tell explain insist gush ' +
  'exclaim interject add snap sneer scoff grumble rant rave plead beg implore reassure assure announce proclaim pronounce ' +
  'characterize characterise recommend advise point summarize summarise elaborate clarify describe warn write'
).split(' ');
/** Irregular and extra forms of saying. */
const SPEECH_VERB_EXTRA = (
  'say says said saying told tells telling wrote writes writing written sang sing sings singing thought think thinks ' +
  'read reads reading put puts dubbed dub dubs dubbing according went tweeted quipped'
).split(' ');
/** Speech-verb bases that are more often nouns ("the report", "a tweet"): only their verb forms count. */
export const NOUNISH_SPEECH_VERBS = words('report post tweet note question claim demand answer comment quote term label brand charge counter point state appeal joke stress rail lash mock plead');

/** Every form of a regular speech verb (adds, added, adding; the bare base unless it is noun-like). */
function inflect(v: string): string[] {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const y = /[^aeiou]y$/.test(v);
  const dbl = /^(?:quip|slam|scold|snap|brag|tweet|admit)$/.test(v) && /[^aeiou][aeiou][bdgmnpt]$/.test(v) ? v + v[v.length - 1] : null;
  return [
    ...(NOUNISH_SPEECH_VERBS.has(v) ? [] : [v]),
    y ? v.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/.test(v) ? v + 'es' : v + 's',
    y ? v.slice(0, -1) + 'ied' : v.endsWith('e') ? v + 'd' : (dbl ?? v) + 'ed',
    stem + (dbl ? v[v.length - 1] : '') + 'ing',
  ];
}

/** Every form of the verbs of saying (said, says, saying; adds, added ...), in list order (may repeat). */
export const SPEECH_VERB_FORMS: readonly string[] = [...SPEECH_VERB_EXTRA, ...SPEECH_VERB_BASES.flatMap(inflect)];
/** The speech-verb forms as a set. */
export const SPEECH_VERBS = new Set(SPEECH_VERB_FORMS) as ReadonlySet<string>;
/** Speech verbs that report on their own, with or without "that" (events pass: the clause after is reported). */
export const REPORTING_VERBS = words('said says say saying added adds stated states insisted insists noted notes claimed claims argued argues wrote writes explained acknowledged');
/** Speech verbs that report only before "that" ("announced that ..."), else they are events themselves. */
export const REPORTING_VERBS_BEFORE_THAT = words('announced reported confirmed warned told denied tells announces warns');

/** A transcript speaker's label before its colon: Q or A, or a name in capitals of up to four words (`MR. HALE`). */
export const SPEAKER_LABEL = String.raw`[QA]|\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}`;

// Function words of clause reading (attribution and cues): one list each, read as sets of lower-cased words.

/** Articles, the commonest prepositions, conjunctions and relative pronouns: where a noun phrase read backwards ends. */
export const CORE_FUNCTION_WORDS = words('the a an of to in on at for with by from and or but that which who');

/** CORE_FUNCTION_WORDS with be and have forms, negation, `it` and the demonstratives (the cue finder's). */
export const FUNCTION_WORDS = union(CORE_FUNCTION_WORDS, words('is was are were be been has have had not it this these those'));

/** Prepositions, particles and conjunctions that end the search for a phrase's governing verb (its phrase is no verb's object). */
export const PREPOSITIONS_OR_PARTICLES = words(
  'of in on at with from into onto under during through within without about against among amid between toward towards upon via behind beside like than to for by out up off over as and or but',
);

/** Words before a participle that make it passive or adjectival, not a finite verb (`was quoted`, `widely quoted`). */
export const BE_BEFORE = words('was were is are be been being once often widely also');

/** Indefinite pronouns that may stand alone as a speaker (`Some chanted ...`). */
export const INDEFINITES = words('some many most several others another few both all one');
