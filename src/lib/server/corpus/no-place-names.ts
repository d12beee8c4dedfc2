/**
 * Names that are no place wherever they stand (an outlet's, an organisation's division, a movement's, a peer's
 * title, a document's title, a truck's maker): asked of every place-like piece. Split from judge-shape.ts.
 */
import { PEER_OF } from './judge-cues';
import { afterOrgOf, isMakerOrPeople, isOutletWord, OUTLETS, PARTY_NAME, RUBRIC_WORD } from './words';

// Words that make a capitalised run no place, whatever cue stands before it (judge.ts).
/**
 * "the Ministry of Economy", "the Ministries of Economy, Ecology, and Natural Resources": a state body's
 * "of", which names its field; only a country after it is a place ("the Ministry of Defence of Armenia").
 */
export const BODY_OF =
	/\b(?:Ministr(?:y|ies)|Departments?|Committees?|Commissions?|Agenc(?:y|ies))\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+(?:and\s+)?)*$/u;
/** An organisation's word inside the run ("Human Rights Watch", "Qarabag FK", "Renaissance Capital", "Artsakhbank"). */
export const ORGISH =
	/\b(Watch|Amnesty|Ministry|Department|Office|Kremlin|Government|Agency|Council|Group|group|Service|Committee|Club|Union|Federation|News|Treaty|Organization|Policy|Center|Centre|Army|Forces|Fleet|Brigade|Regiment|Battalion|Court|Bank|Company|Corporation|Apostolic|Orthodox|Patriarchate|Diocese|University|Institute|Academy|College|Red Cross|Red Crescent|Congress|Senate|Duma|Parliament|Assembly|Foundation|Capital|Partners|FK|FC|PFK)\b|\b[A-Z][a-z]{4,}bank\b/;

/** Languages whose names GeoNames also gives to small towns elsewhere ("English", Indiana). */
export const LANGUAGE =
	/^(?:English|French|German|Spanish|Italian|Arabic|Persian|Farsi|Chinese|Japanese|Hebrew|Portuguese|Dutch|Polish)$/;
/**
 * "the ICRC's regional director for Europe and Central Asia" (or "for Eastern Europe and …", "for Eurasia", "for Europe"), "associate
 * Europe and Central Asia director", "Assistant Secretary-General for Europe, Central Asia and the Americas": the name of
 * an organisation's division, no place (eval/README, settled in session 30).
 */
const DIVISION =
	/\b(?:director|division|head|deputy|desk|programme|program|department|secretary-general|secretary general|commissioner)\s+(?:for|of)\s+(?:(?:Eastern\s+)?Europe(?:,\s+Central\s+Asia)?\s+and\s+(?:Central\s+Asia|the\s+Americas)|Eurasia|Europe(?!\s+and\s))\b|\bEurope\s+and\s+Central\s+Asia\s+(?:director|division|desk|programme|program|department|researcher)\b/i;
const WHO_AFTER = /^,\s+who\s/;
const MOVEMENT_AFTER = /^\s+for\s+(?:the\s+)?(?:Motherland|Homeland|Fatherland)\b/;
const DIVISION_NAMES = new Set(['Europe', 'Eastern Europe', 'Central Asia', 'Eurasia']);
const inDivisionName = (body: string, at: number, from = Math.max(0, at - 60)) => {
	const m = DIVISION.exec(body.slice(from, at + 60));
	return !!m && from + m.index <= at && at < from + m.index + m[0].length;
};

/**
 * Names that are no place wherever they stand: an outlet's ("Armenpress", "ARMENPRESS"), a body's after its
 * "of" ("the Voice of America"), a peer's title ("Lord Ahmad of Wimbledon"), a state's noun before "of"
 * ("the Republic of Dagestan": the name is the one after it).
 */
export function namesNoPlace(body: string, at: number, name: string, firstWord: string): boolean {
	if (OUTLETS.has(name) || isOutletWord(firstWord)) return true;
	// ("REPORTAGE - The town …": a story's genre in capitals before its lead.)
	if (RUBRIC_WORD.test(name)) return true;
	if (DIVISION_NAMES.has(name) && inDivisionName(body, at)) return true;
	// ("Tavush for the Motherland": a movement named for its province.)
	if (
		afterOrgOf(body, at, at + name.length) ||
		MOVEMENT_AFTER.test(body.slice(at + name.length, at + name.length + 24))
	)
		return true;
	if (body.startsWith('of ', at - 3) && PEER_OF.test(body.slice(Math.max(0, at - 40), at))) return true;
	if (inDocumentTitle(body, at)) return true;
	if (notAPlaceHere(body, at, name) !== null) return true;
	// "the 44-Day War", "the Second Karabakh War": an event; "…, Luis Bono, who visited": a person set off by commas.
	if (
		/(?:^|\s)War$/.test(name) ||
		(body.startsWith(', ', at - 2) && WHO_AFTER.test(body.slice(at + name.length, at + name.length + 8)))
	)
		return true;
	// "Il-76", "Su-25", "Mi-8": an aircraft's maker and its number; "Ural and KAMAZ trucks": a truck's; "between Turks and Russians": a people.
	if (/^-\d/.test(body.slice(at + name.length, at + name.length + 2)) || isMakerOrPeople(body, at, name))
		return true;
	return (
		/^(?:Republic|Kingdom|Principality|Emirate|Federation)$/.test(name) &&
		/^\s+of\s/.test(body.slice(at + name.length, at + name.length + 5))
	);
}

/** "the Treaty of Friendship, Cooperation and Mutual Assistance": the words of a document's title name no place. */
const TITLE_OF_DOCUMENT =
	/\b(?:Treaty|Convention|Agreement|Pact|Charter|Memorandum)\s+(?:of|on)\s+(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?|$))*$/u;
const inDocumentTitle = (body: string, at: number) =>
	/\s(?:of|on|and)\s$|,\s$/.test(body.slice(at - 5, at)) &&
	TITLE_OF_DOCUMENT.test(body.slice(Math.max(0, at - 90), at));

/**
 * "a resolution titled Humanitarian consequences of the blockade in Nagorno-Karabakh": a title set in no marks runs from
 * its capital after "titled", "entitled" or "under the title" to its sentence's end, or to a comma that opens a clause (", and its third
 * clause …", ", due to be put to a vote"); commas inside a title ("Challenge, on substantial grounds, of …") stay in it.
 */
const TITLE_CUE = String.raw`\b(?:titled|entitled|under\s+the\s+title)\s+`;
const UNQUOTED_TITLE = new RegExp(String.raw`${TITLE_CUE}\p{Lu}(?:[^.!?;“”"«»\n]|\n(?!\n))*$`, 'u');
/** The cue right before the name: the name is the title's first word ("under the title Armenia and Azerbaijan: …"). */
const TITLE_CUE_END = new RegExp(`${TITLE_CUE}$`);
/** A title's small words, which stay in lower case in a title set in capitals. */
const SMALL = String.raw`(?:a|an|the|and|or|of|for|in|on|to|with|between|after|before|at|by|from|over|under|against|vs\.?)`;
/**
 * "the 2021 report Post-war Prospects for Nagorno-Karabakh noted", "Her group's briefing, Averting a New War between Armenia and
 * …, warned", "a report by the X Council, The Russian Military Presence in the South Caucasus After 2023, …": a report's title
 * in capitals, right after its noun (its authors before a comma), two words or more before the name.
 */
const REPORT_NOUN = /report|paper|briefing|study|book|analysis/;
const REPORT_TITLE = new RegExp(
	String.raw`\b(?:${REPORT_NOUN.source})(?:\s+(?:by|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*,)?,?\s+\p{Lu}[\p{L}’'-]*:?(?:\s+(?:\p{Lu}[\p{L}’'-]*|${SMALL}|\d{4}):?)+\s+$`,
	'u'
);
const CLAUSE_AFTER_COMMA =
	/,\s+(?:and|but|which|who|while|whereas|due|when|where|as|after|before|saying|according|found|finds|said|says|warned|argued|noted|concluded|showed|shows|predicted|called|urged|claimed|stated)\b/;
function inUnquotedTitle(body: string, at: number): boolean {
	// (Within the 160 characters a title may run: a search back to the body's start would cost every name.)
	const window = body.slice(Math.max(0, at - 160), at);
	if (REPORT_NOUN.test(window) && REPORT_TITLE.test(window)) return true;
	const k = window.lastIndexOf('title');
	if (k < 0) return false;
	if (TITLE_CUE_END.test(window)) return true;
	// ("under the title X": the words before "title" belong to the cue, "entitled" to the word.)
	const under = window.lastIndexOf('under the title');
	const span = window.slice(under >= 0 && under + 10 === k ? under : Math.max(0, k - 2));
	return UNQUOTED_TITLE.test(span) && !CLAUSE_AFTER_COMMA.test(span);
}

const INSTITUTION_IN =
	/^\s+(?:(?!(?:at|in|of|on|an?|the|and|to|for)\s)[\p{Ll}’'-]+\s+){0,3}(?:center|centre|hospital|clinic|school|college|university|institute|museum|library|orphanage)\s+in\s+\p{Lu}/u;
/**
 * "Bright Armenia": a party; "FC Qarabag": a club; "New" alone: an adjective; "Google Earth": an
 * application; "the Arevik medical center in Stepanakert": an institution; "Rule 39": a provision; "65 US cents": a
 * currency. None is a place, wherever it stands: why, or null. ("00:00 Moscow time" is Moscow: the sets label it so.)
 */
export function notAPlaceHere(body: string, at: number, name: string): string | null {
	if (inUnquotedTitle(body, at)) return 'a title’s words';
	const after = body.slice(at + name.length, at + name.length + 10);
	// ("Bright Armenia": a party's word before its country.)
	if (
		PARTY_NAME.test(
			`${name}${/^ \p{Lu}\p{L}+/u.exec(body.slice(at + name.length, at + name.length + 12))?.[0] ?? ''}`
		)
	)
		return 'a party’s name';
	// ("FC Qarabag", "PFK Lachin": a club.)
	if (/\b(?:FC|FK|PFK|SC)\s+$/.test(body.slice(Math.max(0, at - 5), at))) return 'a club’s name';
	// ("New highways run …", "Old roads": a place's prefix alone is an adjective.)
	if (/^(?:New|Old|Upper|Lower|Great|Little)$/.test(name)) return 'an adjective';
	// ("the Armenian Mekhitarist community", "Baptist", "Islamist": a follower's word, never a place.)
	if (/^\p{Lu}\p{Ll}{3,}ists?$/u.test(name)) return 'an adjective';
	// ("…, MoD says", "the MFA": a ministry's initials.)
	if (/^(?:MoD|MOD|MFA|MoFA|MoI|MoH|MoE)$/.test(name)) return 'a ministry’s initials';
	if (/^(?:Google|Yandex|Bing|Apple)\s/.test(name)) return 'an application’s name';
	// "the Arevik children's medical center in Stepanakert": an institution's name, the place after it is where it is.
	if (body.endsWith('the ', at) && INSTITUTION_IN.test(body.slice(at + name.length, at + name.length + 60)))
		return 'an institution’s name';
	if (/^(?:Rule|Article|Clause|Paragraph|Section|Chapter|Point|Protocol)$/.test(name) && /^\s+\d/.test(after))
		return 'a numbered provision';
	return /^(?:US|U\.S\.)$/.test(name) && /^(?:\$|\s+(?:cents|dollars?)\b)/.test(after) ? 'a currency' : null;
}
