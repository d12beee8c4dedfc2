/** People of an institution the press quotes without naming ("a source in the ministry", "one officer"). */
export const OFFICIAL_PERSON =
	'source|spokes(?:man|woman|person)|official|officer|commander|representative|member|employee|diplomat|soldier|serviceman|peacekeeper|guard|policeman|analyst|expert|aide';

/**
 * Nouns for people the press quotes without naming them ("one resident of X told me", "a teacher
 * from Y"): shared by the attribution (such a subject resolves to nobody), the lone first name in
 * apposition ("Narine, a refugee, said") and the unnamed subject a later "he" must not skip.
 * A regex alternation, no groups.
 */
export const ORDINARY_PERSON =
	'refugee|resident|villager|local|teacher|student|mother|father|widow|pensioner|farmer|shepherd|doctor|nurse|driver|owner|volunteer|grandmother|grandfather|woman|man|witness|worker|shopkeeper|' +
	// Kin and neighbours: "her uncle said", "the victim's brother told" name someone only by whose kin they are.
	'relative|uncle|aunt|brother|sister|son|daughter|cousin|nephew|niece|husband|wife|neighbou?r|friend';

/**
 * Nouns for a person's title or trade: "the diplomat said" stands for the one named with it, and
 * "military expert Vladislav Shurygin" names a person after it. A regex alternation, no groups.
 */
export const PERSON_TITLE =
	'head of state|head of government|prime minister|diplomat|minister|secretary|spokesman|spokeswoman|spokesperson|official|envoy|ambassador|commander|general|president|premier|leader|aide|adviser|advisor|ombudsman|officer|negotiator|mediator|politician|mayor|governor|expert|analyst|scientist|researcher|observer|representative|specialist|deputy|lawmaker|legislator|parliamentarian|assistant|veteran|teacher|doctor|nurse|driver|farmer|priest|archbishop|bishop|journalist|correspondent|professor|lawyer|activist|economist|historian|soldier|seamstress|pensioner|mechanic|engineer|chairman|chairwoman|director|volunteer';
