/**
 * Bylines the furniture rules did not read: credits in sentences at a page's foot ("Story by X. Translation by Y."),
 * writers with the day and no "By" ("Lev Darvin, Ani Lindqvist Dec 14, 2022"), and a dateline's city with the outlet
 * ("ANKARA - Anadolu Agency"). Split from furniture.ts, whose rule list spreads them in its byline rules' place.
 */
import type { Rule } from './furniture';
import { isOutletName } from './furniture-lines';
import { MONTH, MONTH_SHORT } from './words';

/** A writer's name in a byline: a given name and one or two more capitalised words. */
const PERSON = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}`;
/** One credit of a page's foot: "Story by X", "Translation by X and Y". */
const CREDIT = String.raw`(?:Story|Text|Words|Reporting|Translation|Translated|Edited|Editing) by ${PERSON}(?:(?:,|\s+and)\s+${PERSON})*`;

export const BYLINE_RULES: Rule[] = [
	// Who did what, in sentences: "Story by Vera Lind. Translation by Lev Darvin."
	{
		gate: (t) => t.includes(' by '),
		re: new RegExp(`^${CREDIT}(?:\\.\\s+${CREDIT})*\\.?$`, 'u'),
		why: 'byline'
	},
	// Two or more writers and the day, with no "By": "Lev Darvin, Ani Lindqvist Dec 14, 2022".
	{
		gate: (t) => /\d{4}$/.test(t),
		re: new RegExp(
			String.raw`^${PERSON}(?:(?:,|\s+and|\s+&)\s+${PERSON})+,?\s+(?:${MONTH}|(?:${MONTH_SHORT})\.?)\s+\d{1,2},\s+\d{4}$`,
			'u'
		),
		why: 'byline'
	},
	// Where it reports from in capitals, then the outlet ("ANKARA - Anadolu Agency", a line of its own over or under the story).
	{
		gate: (t) => {
			const dash = /\s[-–—]\s/.exec(t);
			return !!dash && isOutletName(t.slice(dash.index + 3));
		},
		re: /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s[-–—]\s\S+(?:\s\S+){0,2}$/u,
		why: 'byline'
	}
];
