// Small word lists the mention finder uses: titles, demonyms, function words, first names and the like.
// Titles, organisation words, abbreviations and calendar words come from the shared core lexicon.
export { ABBREVIATIONS, CALENDAR, NAME_ORG_WORDS as ORG_WORDS, TITLES_BEFORE_NAME as TITLES } from '../lexicon';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nationality and group adjectives stripped from the front of a run (Iraqi Prime Minister ...). */
export const DEMONYMS = set(`
iraqi iraqis iranian iranians american americans british french german germans russian russians chinese israeli israelis
saudi syrian syrians turkish kurdish kurd kurds lebanese palestinian palestinians european europeans arab arabs
egyptian jordanian kuwaiti qatari emirati yemeni afghan pakistani indian japanese korean ukrainian italian spanish
canadian mexican australian persian shiite shiites sunni sunnis shia muslim muslims christian christians jewish western
eastern northern southern democratic republican democrat democrats republicans conservative liberal
us u.s uk u.k eu un u.n
`);

/** Words capitalised only because they open a sentence or a headline (lower case). */
export const FUNCTION_WORDS = set(`
the a an in on at of for to from by with without but and or nor so yet if as also it its he she they we i you his her
their our my your this that these those there here when while after before since until during because although though
however meanwhile still then thus even only just some many most more much few several all both each every any no not
what which who whom whose where why how one two three four five six seven eight nine ten first last next top neither either
according asked speaking despite amid among between under over about against into onto upon within through across
earlier later today yesterday tomorrow now once again instead rather such other another is was are were be been
will would can could should may might must do does did has have had read watch see click share sources source
please follow like mr mrs ms
`);

/** Lower-case words that may stand inside a name (al-Sistani, Osama bin Laden, Joint Chiefs of Staff). */
export const CONNECTORS = set(`al el bin ibn bint de da di du dos das del della der van von la le ul ad ash`);

/** Words that make a capitalised sequence a place. */
export const PLACE_WORDS = set(`
city province county state island islands river mountains mountain valley street avenue square airport base strait gulf
sea ocean bay desert region district lake heights
`);

/** Countries, regions and big cities (lower case, normalised spelling of single words or whole names). */
export const PLACES = set(`
iraq iran syria lebanon israel jordan egypt turkey yemen oman qatar kuwait bahrain afghanistan pakistan india china
russia ukraine france germany britain england scotland ireland italy spain canada mexico japan korea australia austria
niger nigeria libya tunisia algeria morocco sudan ethiopia somalia kenya greece cyprus belgium netherlands sweden
norway denmark finland poland hungary romania brazil argentina venezuela cuba america europe asia africa
washington london paris berlin moscow beijing brussels tehran baghdad damascus beirut cairo riyadh ankara istanbul
jerusalem doha dubai kabul islamabad delhi tokyo geneva vienna rome madrid kyiv kiev
basra mosul kirkuk erbil najaf karbala fallujah ramadi tikrit samarra anbar qom isfahan mashhad
ohio iowa texas florida california nevada arizona virginia carolina georgia michigan wisconsin pennsylvania colorado
york chicago boston philadelphia
`);

/** Common Western first names (lower case): a capitalised pair that starts with one is a person. */
export const WESTERN_FIRST_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike mitch chris bill bob tom tim
jim jeb ted rand marco ben newt rudy reince kellyanne hillary chelsea bernie barack michelle joe hunter nancy chuck
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kayla ellen allen allan alan
`);

/** Common Arabic and Persian given names in their usual spellings (lower case); their vowels do vary. */
export const ARABIC_PERSIAN_NAMES = set(`
ali mohammed mohammad muhammad ahmed ahmad hassan hussein hossein abu abdul abdel abd omar umar khalid mustafa mahmoud
ibrahim ebrahim ismail esmail yusuf youssef hamid hadi qais qassem qasem ghasem javad jawad mehdi mahdi nouri nuri
adel adil haider hayder ayad iyad salim saleh salih karim kareem jafar jaafar tariq tarek faisal fahd nabil walid
samir sami rami bashar hafez masoud masrour nechirvan barham fuad fouad muqtada moqtada ammar amer amir reza hamza
`);

/**
 * Common Western names whose vowels are not transliteration choices (Walker/Welker, Hanson/Hansen,
 * Allen/Ellen): a vowel change on one of these is a different name. Normalised spelling.
 */
export const FIXED_VOWEL_NAMES = set(`
walker welker hanson hansen larson larsen peterson petersen anderson andersen nelson nilson nilsen olson olsen
carlson carlsen jensen jenson allen alen alan elen ellen ellan burton barton carter porter morgan morton martin
marten martens wilson willson gordon gorden jordan jorden harris herris morris norris parker porker miller millar
mellor taylor tailor turner tanner fisher fosher foster baker barker becker bekker walters wolters waters watters
sanders saunders landers lenders masters mosters hayden haydon hadon lawson larson dawson dason mason meson nixon
clinton clanton benton banton kennedy kanedy reagan regan ragan rogan pence ponce perry parry murray morray sellers
sullers tucker tacker hunter hanter cooper caper cuper bannon bennon cannon connon gannon kaplan kaplin mcconnell
conway canway pelosi palosi rubio rabio cruz kaine kane trump tramp bush bash obama obami biden baden sessions
christie christy priebus manafort comey carson corson kasich cusich stein stain stone johnson jonson johnsen
helen holen helena galen golan nolan nolen dolan dylan dillon dallon dolon milan molan kellan kellen callen colen
robin roban robyn robert rabert ronald donald dunald daniel daniela danial samuel samual michael mikael woman women
`);
