/**
 * Bylines the furniture rules did not read: credits in sentences at a page's foot ("Story by X. Translation by Y."),
 * writers with the day and no "By" ("Lev Darvin, Ani Lindqvist Dec 14, 2022"), and a dateline's city with the outlet
 * ("ANKARA - Anadolu Agency"). Split from furniture.ts, whose rule list spreads them in its byline rules' place.
 */
import type { Rule } from './furniture';
import { isOutletName, WRITER_TRADE } from './furniture-lines';
import { MONTH, MONTH_SHORT, PARTICLES } from './words';

/** A writer's name in a byline: a given name and one or two more capitalised words. */
const PERSON = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}`;
/** One credit of a page's foot: "Story by X", "Translation by X and Y", "Story by Meduza" (the outlet's one word). */
const CREDIT = String.raw`(?:Story|Text|Words|Reporting|Translation|Translated|Edited|Editing) by (?:${PERSON}(?:(?:,|\s+and)\s+${PERSON})*|\p{Lu}[\p{L}.]+)`;
/** A writer's trade, capitalised as a byline sets it or not: "Senior Analyst", "analyst". */
const TRADE = WRITER_TRADE.split('|')
	.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
	.join('|');
/** A writer with a trade and maybe a beat: "X, Senior Analyst, South Caucasus". */
const WRITER_WITH_TRADE = String.raw`${PERSON},\s+(?:\p{L}+\s+){0,2}(?:${TRADE})\b[^,]{0,30}(?:,\s+\p{Lu}[^,]{1,30})?`;

/**
 * "By Anna Petrosyan", "By Thomas de Waal", "By Anna Petrosyan, in Goris, Armenia.", "By X in Kalbajar (Karvachar)": the reporter and where they file from
 * ("By Europe correspondent Isabella Higgins": with the reporter's beat; "By Anna Petrosyan November 6, 2022", "By AFP and X Staff 17 April 2024, 3:48 pm": and the day, maybe the time).
 */
export const BY_WRITER = new RegExp(
	String.raw`^(?:[Bb]y|Author|Written by|Reporting by|Editing by|Edited by|Reported by|Text by|Interview(?:ed)? by|Text(?=:))\s*:?\s+(?:(?:[\p{L}-]+\s+){0,2}(?:correspondent|reporter|editor|writer)\s+)?\p{Lu}[\p{L}.’'-]*(?:[\s,]+(?:(?:and|with|&|${PARTICLES})\s+)?\p{Lu}[\p{L}.’'-]*){0,8}(?:,?\s+in\s+\p{Lu}[\p{L}’'-]*(?:[\s,]+\p{Lu}[\p{L}’'-]*){0,3}(?:\s*\([^()]{1,30}\))?)?(?:,?\s+\d{1,2}(?:\s+\p{Lu}\p{Ll}+)?,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]m)?)?)?\.?$`,
	'u'
);

export const BYLINE_RULES: Rule[] = [
	// Writers each with a trade and a beat: "By X, Senior Analyst, South Caucasus, and Y, Analyst, South Caucasus".
	{
		gate: (t) => t.startsWith('By '),
		re: new RegExp(String.raw`^By\s+${WRITER_WITH_TRADE}(?:,?\s+and\s+${WRITER_WITH_TRADE})?$`, 'u'),
		why: 'byline'
	},
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
