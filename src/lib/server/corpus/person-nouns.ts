/** The rank and file of an institution, who speak for it unnamed ("a source", "the officer", "one soldier"). */
const RANKS = 'source|interlocutor|officer|soldier|serviceman|peacekeeper|guard|policeman|member|employee';

/** Ranks a soldier is named with ("Sergeant Andrei X"), and by which "the sergeant says" points back to them. */
export const MILITARY_RANKS = 'sergeant|corporal|lieutenant|captain|major|colonel|admiral';
/** Capitalised ranks before a name, however many ("Lieutenant Colonel", "Colonel General", "Major-General"): not the name. */
export const RANK_PREFIX = String.raw`(?:(?:Sergeant|Corporal|Lieutenant|Captain|Major|Colonel|General|Brigadier|Admiral|Rear|Vice)[\s-]+)*`;

/** People of an institution the press quotes without naming ("a source in the ministry", "one officer"). */
export const OFFICIAL_PERSON = `${RANKS}|sergeant|corporal|lieutenant|captain|colonel|spokes(?:man|woman|person)|official|commander|representative|diplomat|analyst|expert|aide|adviser|advisor`;

/**
 * The rank and file the press quotes without a name ("the officer says in the video", "The soldier
 * told me"): with nobody named with that noun, never the person the story follows.
 */
export const RANK_AND_FILE = new RegExp(
	`^(?:${RANKS}|servicemen|policemen|conscript|border guard|${MILITARY_RANKS})$`
);

/**
 * Nouns for people the press quotes without naming them ("one resident of X told me", "a teacher
 * from Y"): shared by the attribution (such a subject resolves to nobody), the lone first name in
 * apposition ("Narine, a refugee, said") and the unnamed subject a later "he" must not skip.
 * A regex alternation, no groups.
 */
export const ORDINARY_PERSON =
	'refugee|resident|villager|local|participant|protester|demonstrator|teacher|student|pupil|classmate|mother|father|widow|pensioner|farmer|shepherd|doctor|nurse|driver|owner|proprietor|vendor|trader|volunteer|grandmother|grandfather|woman|man|witness|worker|shopkeeper|reader|' +
	'voter|servant|engineer|survivor|veteran|mechanic|miner|builder|cook|baker|columnist|commentator|blogger|writer|' +
	// Kin and neighbours: "her uncle said", "the victim's brother told" name someone only by whose kin they are.
	// ("Khachatryan's son-in-law, Arman,": an in-law too.)
	'(?:son|daughter|brother|sister|mother|father)-in-law|relative|uncle|aunt|brother|sister|son|daughter|cousin|nephew|niece|husband|wife|neighbou?r|friend|colleague|comrade';

/** "the driver", "the owner": an ordinary person's noun (kin aside), which no one titled ("President X") answers to. */
export const ORDINARY_NOUN = new RegExp(`^(?:${ORDINARY_PERSON})$`);

/**
 * Nouns for a person's title or trade: "the diplomat said" stands for the one named with it, and
 * "military expert Vladislav Shurygin" names a person after it. A regex alternation, no groups.
 */
export const PERSON_TITLE =
	'head of state|head of government|prime minister|diplomat|minister|secretary|spokesman|spokeswoman|spokesperson|official|envoy|ambassador|commander|general|president|premier|leader|aide|adviser|advisor|ombudsman|ombudswoman|ombudsperson|defender|officer|negotiator|mediator|politician|mayor|governor|expert|analyst|scientist|researcher|observer|representative|specialist|deputy|lawmaker|legislator|parliamentarian|assistant|veteran|teacher|doctor|nurse|driver|farmer|priest|cleric|archbishop|bishop|primate|patriarch|catholicos|journalist|correspondent|photographer|photojournalist|cameraman|professor|fellow|lawyer|activist|economist|historian|soldier|seamstress|pensioner|mechanic|engineer|chairman|chairwoman|director|volunteer';

/** What someone does, as a noun: "the coordinator", "the organiser" (not "the other", "the paper"). */
const AGENT_NOUN =
	/^(?!(?:other|former|latter|paper|newspaper|center|centre|order|border|water|power|letter|member|number|quarter|matter|computer|poster|tower)$)\p{Ll}{3,}(?:er|or|ist)$/u;
/** Trades the press names someone by after saying what they do ("X, who runs a cafe …, the cafe owner said"). */
const TRADE = /^(?:owner|proprietor|vendor|trader|shopkeeper|shepherd|miner|builder|cook|baker)$/;
const TITLE_NOUN = new RegExp(`^(?:${PERSON_TITLE})$`);
/** "the cafe owner", "the coordinator": someone known by what they do, named before with what they do. */
export const isEverydayNoun = (noun: string) =>
	TRADE.test(noun) || (AGENT_NOUN.test(noun) && !ORDINARY_NOUN.test(noun) && !TITLE_NOUN.test(noun));
/** "the village head", "the community chief": a local office whose holder the story must introduce, never the last one named. */
export const LOCAL_HEAD =
	/^(?:the\s+)?(?:village|community|town|settlement|municipality)\s+(?:head|chief|elder|administrator)$/i;
/** An ordinary person's noun or an everyday one: no one titled ("President X") answers to it. */
export const isOrdinaryNoun = (noun: string) => ORDINARY_NOUN.test(noun) || isEverydayNoun(noun);

/** The ranks of the clergy: "the priest" or "the cleric" after "Archbishop X" or "Father Y". */
const CLERGY = /\b(?:priest|father|archimandrite|abbot|vicar|archbishop|bishop|catholicos)\b/;
/** Roles a noun covers: "the officer said" after "a captain named Dubrovin", "the expert" for a political scientist. */
const COVERED: Record<string, RegExp> = {
	officer: /\b(?:captain|lieutenant|major|colonel|commander|general|admiral|ensign)\b/,
	// "the mayor said" after "The head of the city, X": a town's or a community's head is its mayor.
	mayor: /\bhead\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:city|town|community|village|municipality)\b/u,
	soldier: /\b(?:private|corporal|sergeant|conscript|serviceman|contract soldier)\b/,
	priest: CLERGY,
	// "the expert believes" after "the political scientist X, a senior researcher at …".
	expert:
		/\b(?:analyst|political scientist|political analyst|researcher|scholar|specialist|observer|fellow)\b/,
	analyst: /\b(?:expert|political scientist|researcher|scholar|specialist|observer|fellow)\b/,
	cleric: CLERGY,
	// "Baku's envoy to Moscow, X" is "the ambassador" after. ("The diplomat" is left to the last person
	// named: a foreign ministry's spokeswoman is one too, and covering ministers cost three speakers.)
	ambassador: /\benvoy\b/,
	envoy: /\bambassador\b/,
	// "the ombudsman wrote" after "the Human Rights Defender of Artsakh, X": the office's names in Armenia and Georgia.
	ombudsman:
		/\b(?:human rights defender|public defender|defender of human rights|commissioner for human rights)\b/
};

/** A person's noun, which an owner's possessive in a role never holds. */
const OWNED_NOUN = new RegExp(`^(?:${PERSON_TITLE}|head|chief|chair)$`);

/**
 * Whether a person's role (lower case) fits the noun a later "the <noun> said" uses for them. A noun of
 * several words fits a role that has them in that order with others between: "the Russian deputy
 * minister" is the "Russian Deputy Defence Minister".
 */
export const roleFits = (role: string, noun: string): boolean => {
	// "the village head's nephew", "the president's spokesman": a person's role is what follows its owner
	// (a body's noun may name the owner: "the club said" of "the club's coach").
	const owner = Math.max(role.lastIndexOf("'s "), role.lastIndexOf('’s '));
	const own = owner >= 0 && OWNED_NOUN.test(noun) ? role.slice(owner + 3) : role;
	return (
		own.includes(noun) ||
		(COVERED[noun]?.test(own) ?? false) ||
		(noun.includes(' ') && wordsInOrder(noun, own))
	);
};

function wordsInOrder(noun: string, role: string): boolean {
	const words = role.split(/[^\p{L}-]+/u);
	let k = 0;
	for (const w of noun.split(' ')) {
		while (k < words.length && words[k] !== w) k++;
		if (k++ === words.length) return false;
	}
	return true;
}

/** Roles, ranks and titles before a name: what follows the last of them is the name (a firm's "Chief Executive Officer", a club's "Striker"). */
export const ROLE =
	/^(?:president|vice-president|minister|secretary|secretary-general|ambassador|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|chancellor|speaker|chairman|chairwoman|chair|chief|general|colonel|colonel-general|lieutenant|lieutenant-general|major|major-general|captain|sergeant|admiral|marshal|commander|defender|ombudsman|ombudswoman|ombudsperson|envoy|representative|head|director|leader|mayor|governor|premier|prime|deputy|senator|congressman|congresswoman|analyst|expert|administrator|commissioner|coordinator|rapporteur|economist|historian|activist|lawyer|professor|researcher|correspondent|journalist|reporter|presenter|anchor|patriarch|catholicos|archbishop|bishop|father|ayatollah|sheikh|imam|rabbi|mufti|fr\.|mr\.?|mrs\.?|ms\.?|dr\.?|sen\.|gen\.?|lt\.?|col\.?|maj\.?|capt\.?|pm|fm|mp|mep|lawmaker|legislator|parliamentarian|democrat|republican|executive|ceo|cfo|coo|striker|midfielder|goalkeeper|winger)$/i;

/** A trade in -ist capitalised as a sentence opens it ("Ecologist Farid X", "Activist Y"): a role, never a first name. A regex fragment. */
export const CAPITAL_TRADE = String.raw`\p{Lu}\p{Ll}{3,}(?:ist|yst)`;
