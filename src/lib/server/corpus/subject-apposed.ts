/**
 * The name before an appositive or a relative clause that ends the words before a speech verb ("Narine
 * Kapanyan, who heads the council, said", "Aliyev, the district official, said", "Foreign Minister X, who told
 * reporters that …"). Split from attribution.ts.
 */
import { bodyOpening, FROM_TOWN, NAME } from './subject-at-end';
import { cleanName } from './speaker-names';
import { isStop } from './words';

/** "Russia’s defence ministry, which …": a possessive and an institution's noun, a subject like a name. */
const OWNED =
	"\\p{Lu}[\\p{L}-]*[’']s(?:\\s+[\\p{Ll}-]+){0,3}\\s+(?:ministry|government|office|service|committee|council|agency|administration|command|embassy|presidency)";
/** A name, then "who" or "which" opening the clause that holds the verb. */
const RELATIVE = new RegExp(`(?:^|[\\s(])(${NAME}|${OWNED}),\\s+(?:who|which)$`, 'u');
/** A capitalised title opening an appositive: "X, Assistant to the President and head of …, told", "X, President of the European Council, said". */
export const TITLE_WORD =
	'(?:First|Deputy|Head|Chief|Director|Commander|Minister|Secretary|Chair|Chairman|Chairwoman|Assistant|Adviser|Advisor|Ambassador|Spokes(?:man|woman|person)|President|Vice-President|Vice|Prime|Foreign|Defen[cs]e|Special|Senior|Permanent|High|Executive|Press|Representative|Coordinator|Governor|Mayor|Leader|Member|Envoy|Commissioner|Ombuds(?:man|woman|person)|Founder|Editor|Professor)';
/** A member's faction or party after the name: "Leonid Ivlev of the United Russia faction". */
export const FACTION = '\\s+of\\s+the\\s+[^,;:“”"«»]{2,50}?\\s+(?:faction|party|bloc|alliance|group)';
/** One appositive after a name: ", who heads …", ", a retired colonel", ", Assistant to the President". */
const APPOSITIVE = `,\\s+(?:(?:who|which|a|an|the|its|his|her|one|[a-z0-9][\\w-]*)\\b(?:[^,;:“”"«»]|(?<=\\d),(?=\\d)){0,170}|(?:${TITLE_WORD}\\b|\\p{Lu}[\\p{L}-]*[’']s\\s)[^,;:“”"«»]{0,170})`;
/** A name, then an appositive that runs to the end of the subject ("X, who heads …", "X, a retired colonel"). */
const APPOSED = new RegExp(
	`(?:^|[\\s(])(${NAME}|${OWNED})(?:\\s+\\([^()]{1,20}\\)|${FACTION})?${APPOSITIVE}$`,
	'u'
);
/**
 * Two appositives after a name that opens the clause, a name inside the first no speaker ("Samantha Power, the head
 * of the US Agency for International Development, who visited Kornidzor on Monday,"; not "In Baku, the Defence Ministry, which …").
 */
const APPOSED_TWICE = new RegExp(
	`(?:^|[.!?;:]\\s+)(?!(?:In|On|At|From|For|After|Before|By|With|Near|Outside|Inside|Across|Under|Through)\\s)(${NAME}|${OWNED})(?:\\s+\\([^()]{1,20}\\)|${FACTION})?(?:${APPOSITIVE}){2}$`,
	'u'
);

/**
 * The name the words `c` end with, before an appositive (only when a comma closed it: `closed`, which tells
 * "Aliyev, the district official, said" from "In Baku, the ministry said") or before "who"/"which"; or null.
 */
export function namedBeforeClause(c: string, closed: boolean): string | null {
	// ("Earlier, President X, speaking to servicemen," : an adverb opening the clause is no name.)
	const twice = closed ? APPOSED_TWICE.exec(c) : null;
	const apposed = twice && !isStop(twice[1]!.split(' ')[0]!) ? twice : closed ? APPOSED.exec(c) : null;
	const relative = apposed ? null : c.endsWith('who') || c.endsWith('which') ? RELATIVE.exec(c) : null;
	const m = apposed ?? relative;
	if (!m) return null;
	// "An elderly man from Martuni, who asked …, said": the town is where an unnamed person is from.
	const at = c.indexOf(m[1]!, m.index);
	const from = FROM_TOWN.exec(c.slice(0, at));
	if (from) return `${from[1]} ${m[1]}`;
	// ("The International Committee of the Red Cross, the only organization …, said": the body's whole name.)
	const body = bodyOpening(c, at);
	return cleanName(body ? body + m[1]! : m[1]!);
}
