/**
 * Furniture of the other desks and of the outlets' own boxes (holdout87, session 51): a sports page's score lines,
 * standings and next fixture, a French paywall's labels, a funder's note, a reprint notice, a letters-page invitation,
 * a reader appeal ("Dear readers, …", "Help us keep working"), a terminal's or a magazine's promotion. Each names words
 * no reporting uses in that shape; the list runs in `furnitureReason` with the others (through furniture-saved.ts).
 */
import type { Rule } from './furniture';

export const DESK_RULES: Rule[] = [
	// "Lernayin Artsakh 2 – 1 Shirak-2 (Abovyan)": a result, the teams' names around the score.
	{
		gate: (t) => t.length <= 80 && /\d\s*[–-]\s*\d/.test(t),
		re: /^\p{Lu}[\p{L}\d .'’-]{1,40}?\s\d{1,2}\s*[–-]\s*\d{1,2}\s+\p{Lu}[\p{L}\d .'’()-]{1,40}$/u,
		why: 'score line'
	},
	// "Standings: 1. West Armenia 38 | …", "Next match: X vs Y, 17 February": a results box's rows.
	{
		re: /^(?:Standings|Table|Next (?:match|game|fixture)|Previous match|Last match|Fixtures|Scorers|Attendance|Referee|Kick-off)\s*:\s/,
		why: 'page chrome'
	},
	// "Armenian First League, Round 16": a competition's round over its result.
	{
		re: /^(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:League|Cup|Championship|Division)(?:\s+\p{Lu}[\p{L}-]*)?,\s+(?:Round|Matchday|Week|Game)\s+\d{1,2}$/u,
		why: 'section label'
	},
	// A French paywall: "Abonnez-vous pour 1€", "RÉSERVÉ AUX ABONNÉS".
	{ re: /^Abonnez-vous\b|^(?:RÉSERVÉ AUX ABONNÉS|Réservé aux abonnés)$/u, why: 'share or subscribe line' },
	// "This investigation was supported by the … fund.": who paid for the reporting.
	{
		re: /^This (?:investigation|story|article|report|project|reporting|publication|material) (?:was|is|has been) (?:supported|funded|produced|made possible) (?:by|with|in (?:partnership|cooperation|collaboration) with)\b/,
		why: 'disclaimer'
	},
	// "Reprinting Hetq materials is allowed with a hyperlink to the source."
	{
		re: /^(?:Reprinting|Republishing|Reproduction of|Use of)\b[^.]{0,60}\b(?:materials?|content|articles?)\b[^.]{0,30}\b(?:is|are) (?:allowed|permitted|prohibited|forbidden)\b/,
		why: 'disclaimer'
	},
	// A terminal's, a magazine's and a letters page's promotions under the story.
	{
		gate: (t) => t.charCodeAt(0) === 68 || t.includes('Bloomberg'),
		re: /\bon the Bloomberg Terminal\b|^Discover stories from this section\b|^Do you have an opinion on the issues raised in this article\?/,
		why: 'page chrome'
	},
	// A reader appeal: "Dear readers, We are facing unprecedented challenges.", "Help us keep working: support Meduza."
	// (A newsletter's "Dear readers, this week the stand-off …" is its reporting.)
	{
		gate: (t) => t.startsWith('Dear') || t.includes('Help us'),
		re: /^Dear readers?,\s[^.]{0,60}\b(?:challenges?|support|donat\p{L}*|subscri\p{L}*|help)\b|\bHelp us keep (?:working|going|reporting)\b/u,
		why: 'page chrome'
	}
];
