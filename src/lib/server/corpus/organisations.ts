/**
 * Whether a curated name stands inside an outlet's or organisation's own name ("Russia Today",
 * "Interfax-Azerbaijan", "the European Union Mission in Armenia"): then it is no place mention.
 */
import type { Span } from './extract';
import { lastTextMemo, wordsStartBefore } from './scan';
import { afterOrgOf, NOT_IN_NAME, OUTLETS, PARTY_NAME } from './words';
import { WORLD } from './judge-cues';
import { isCountryName } from './suggestions';

/** Words that make a capitalised run an outlet's or organisation's own name. */
/** A channel's number after its country's name ("France 24", "Russia 1", "Russia-1"), not a score, a date or a count ("Nagorno-Karabakh 24 hours after"). */
const CHANNEL_NUMBER =
	/^[ -](?:1|24)(?![\p{N}:%-]|[.,]\p{N}|\s+(?:hours?|days?|weeks?|months?|years?|minutes?|km|kilomet(?:re|er)s?|miles?|per\s*cent|percent)\b)/u;
export const ORG_WORD =
	/^(?:Times|Today|TV|Television|Radio|News|Agency|Press|Presse|Post|Daily|Network|Journal|Tribune|Herald|Gazette|Weekly|Review|Broadcasting|Channel|Telegraph|Observer|Insider|Mirror|Reporter|Kindergarten|Media|Online|Info|University|Bank|Airlines|Airways|Institute|School|Stadium|Club|Marathon|Festival|Forum|Cup|Championship|League|Company|Corporation|Railways|Foundation|Fund|FC|FK|PFK|Headquarters|Information|Endowment|Carnegie|InfoCenter|Infocenter|Gas|Telecom|Energy|Holding|Holdings|Mining|Metals|Resources|Signal|Independent|Party|Alliance|Bloc|Movement|Army|Navy|Police|Federation|Exchange|Theatre|Theater|Orchestra|Philharmonic|Ensemble|Service|Services|NSS|MoD|MFA|Studies|Research|Society|Crescent|Trade|Council|Court|Diocese|Archdiocese|Eparchy|Prelacy|Hotel|Marriott|CJSC|OJSC|JSC|LLC|Ltd|PLC)$/;

/** A force's or a house's name after a place: "Defense Army", "self-defence forces", "Armed Forces", "National Assembly", a church's "diocese" (its
 * "Diocesan Chancellery"; "the Artsakh (Karabakh) Diocese", the other name between). */
const FORCE_OR_HOUSE =
	/^(?:\)|\s*\([^()]{1,20}\))?[\s-]+(?:(?:[Ss]elf-)?[Dd]efen[cs]e\s+(?:[Aa]rmy|[Ff]orces)|Armed\s+Forces|National\s+Assembly|[Dd]ioces(?:e|an))\b|^["”»’]?\s+(?:faction|alliance|bloc)\b|^["”»’]\s+(?:party|coalition)\b/;

/** The capitalised words right before `at` on its line ("The Moscow" before " Times"). */
function runAround(body: string, start: number, end: number): { before: string; after: string } {
	// Names are a few words: 60 characters back is enough, and walking to the line's start was quadratic.
	const before = body.slice(wordsStartBefore(body, Math.max(0, start - 60), start), start);
	// "Armenia of Tomorrow": a name may run on after "of" or "for", never past the line's end (a
	// headline's "Karabakh Region" is no part of the byline "By Caspian News" under it).
	// (A dash between spaces ends it: "continues in Karabakh - MoD" credits the ministry, it names no "Karabakh MoD".)
	const m = /^(?:(?:[ \t\u00a0]+|[-–]|[ \t\u00a0]+(?:of|for)[ \t\u00a0]+)\p{Lu}[\p{L}’'-]*)*/u.exec(
		body.slice(end, end + 60)
	);
	// ("Azerbaijan Should Ensure Free Movement": a title-case headline's verb ends the name.)
	const after = m ? m[0] : '';
	const cut = after.search(NOT_IN_NAME);
	return { before, after: cut < 0 ? after : after.slice(0, cut) };
}

/** "the Center for South Caucasus Studies", "the Union for Armenia's Future": a body named for its cause. */
const ORG_FOR =
	/\b(?:Cent(?:er|re)|Institute|Foundation|Fund|Council|Committee|Society|Association|Union|Coalition|League|Alliance|Network|Initiative) for $/;

/**
 * The word before "in" that makes what follows part of a mission's name (see isOrganisation). An embassy
 * or a consulate is not one: "the Russian Embassy in Yerevan" stands in Yerevan, and every writer of the
 * blind sets since session 17 labelled the town (eval/README, settled in session 21).
 */
// ("Russia's Peacekeeping Mission in Nagorno-Karabakh", a headline's capitals: a mission described, not named.)
// ("the European Union Monitoring Capacity to Armenia": a mission's other noun, "to" its country.)
const MISSION_IN = /\p{Lu}[\p{L}-]*(?<!Peacekeeping) (?:Mission|Capacity) (?:in|to) $/u;

/** A body's head and "of" before a name: "Council of ", "Development Bank of ". */
const BODY_OF_REGION =
	/\b(?:Council|Assembly|Parliament|Congress|Conference|Court|Bank|Organi[sz]ation|Union) of (?:the )?$/;
/** Companies whose branch in a country is named "<brand> <country>" ("Gazprom Armenia"), as an outlet's edition is. */
const COMPANY_BRANDS = new Set([
	'Gazprom',
	'Rosneft',
	'Lukoil',
	'Rosatom',
	'Beeline',
	'Sberbank',
	'VTB',
	'Aeroflot'
]);
const isGap = (c: string | undefined) => c === ' ' || c === '-' || c === '–' || c === '\u00a0';
/** "the Karabakh Observer’s posts": the outlet's word with a possessive is still the outlet's. */
const isOrgWord = (w: string) => ORG_WORD.test(w.replace(/[’']s$/, ''));
/** "the Bright Valley party", "the Valley of Tomorrow bloc": a party's name ends before its lowercase head. */
// (So does an event's: "the Shusha Autumn festival", "the Karabakh Open tournament".)
// ("the France-Armenia friendship group": a parliament's group named for the two states.)
const PARTY_HEAD =
	/^\s+(?:party|bloc|alliance|movement|festival|forum|tournament|championship|cup|(?:interparliamentary\s+)?friendship\s+group)\b/;

/** A sport's federation or union "of" its country: a body of its own, no state's ("the Football Federation of Armenia"). */
const SPORT_BODY_OF =
	/\b(?:Football|Chess|Wrestling|Boxing|Olympic|Sports?)\s+(?:Federation|Union|Association|Committee) of (?:the )?$/;

/** Whether the word touching `at` on the side `dir` starts with a capital ("The Moscow", "Russia Today"). */
function capitalNeighbour(body: string, at: number, dir: 1 | -1): boolean {
	let k = dir > 0 ? at : at - 1;
	if (!isGap(body[k])) return false;
	while (isGap(body[k])) k += dir;
	if (dir < 0) while (k > 0 && /[\p{L}’'.-]/u.test(body[k - 1]!)) k--;
	return /\p{Lu}/u.test(body[k] ?? '');
}

/** Whether prior[k] opens a sentence: nothing before it, or a word ending one (a quote mark may open it). */
const opensSentence = (prior: string[], k: number) =>
	k === 0 || /[.!?:;"“”«»]$/.test(prior[k - 1]!) || /^[«“"]/.test(prior[k]!);

/** "Armenia, Azerbaijan Trade Accusations": a title-case headline's verb "trade", no trade body's name. */
const TRADE_VERB = /^ Trade (?:Accusations|Blame|Fire|Blows|Barbs|Charges|Claims|Insults|Shots|Strikes)\b/;

/**
 * A club named after its town, the article's "Qarabağ FK" or "FC Qarabag": the town's name alone is the club's there too
 * ("Qarabag, who won their eighth title", "a ground relaid for Qarabağ"), as every blind set labels it; so is a town's
 * name playing a game. (Not a country's: a national side is its country's.)
 */
const CLUB_MARK = /\b(?:FK|FC|PFK)\b/;
const namesClub = lastTextMemo((body: string) => CLUB_MARK.test(body));
/** A town's name playing a game: "Qarabag played a cup match", "Shusha beat Kelbajar in the league". */
const PLAYS_GAME =
	/^\s+(?:beat|beats|drew|draws|played|plays|play|hosted|hosts)\s+(?:a|an|the|their|its|\p{Lu})[^.]{0,40}?\b(?:match|game|friendly|tie|final|league|cup|Champions|Europa|Conference)\b/u;
const isClubNamed = (body: string, m: Span) => {
	if (body[m.end] === ' ' && PLAYS_GAME.test(body.slice(m.end, m.end + 60)))
		return !isCountryName(body.slice(m.start, m.end));
	if (!namesClub(body)) return false;
	const name = body.slice(m.start, m.end);
	return (
		!isCountryName(name) &&
		[`${name} FK`, `${name} FC`, `FK ${name}`, `FC ${name}`, `PFK ${name}`].some((club) =>
			body.includes(club)
		)
	);
};

export function isOrganisation(body: string, m: Span): boolean {
	if (body.startsWith(' Trade ', m.end) && TRADE_VERB.test(body.slice(m.end, m.end + 24))) return false;
	if (isClubNamed(body, m)) return true;
	// "told FRANCE 24", "Russia 24 showed": a channel named by its country and its number.
	if ((body[m.end] === ' ' || body[m.end] === '-') && CHANNEL_NUMBER.test(body.slice(m.end, m.end + 20)))
		return true;
	// "the Artsakh Defense Army", "the Karabakh Self-Defence Forces": a force's own name. A state's "Azerbaijan Army" is its
	// proper name too (ORG_WORD; settled in session 11, eval/README), unlike "Azerbaijan's army" or "the army of Azerbaijan".
	// (Lowercase too, so before the test of capitals around the name: "the Karabakh defense army", "its
	// Artsakh diocese"; and a parliament's own name, "the Artsakh National Assembly"; a faction or a party named
	// after the country, "the “Armenia” faction".)
	if (FORCE_OR_HOUSE.test(body.slice(m.end, m.end + 44))) return true;
	// Most names stand among lowercase words: nothing to look at (checked by hand, it was a hot spot).
	if (
		!capitalNeighbour(body, m.end, 1) &&
		!capitalNeighbour(body, m.start, -1) &&
		!/of (?:the )?$/.test(body.slice(Math.max(0, m.start - 7), m.start)) &&
		!MISSION_IN.test(body.slice(Math.max(0, m.start - 30), m.start)) &&
		!/^\s+(?:of|for)\s+\p{Lu}/u.test(body.slice(m.end, m.end + 8))
	) {
		return false;
	}
	if (SPORT_BODY_OF.test(body.slice(Math.max(0, m.start - 40), m.start))) return true;
	// "the Council of Europe": a body named for a continent or a region, not a state, is the body's own name.
	if (
		BODY_OF_REGION.test(body.slice(Math.max(0, m.start - 20), m.start)) &&
		!isCountryName(body.slice(m.start, m.end))
	)
		return WORLD.has(body.slice(m.start, m.end));
	const { before, after } = runAround(body, m.start, m.end);
	// The capitalised words right before the name, then those after it.
	const prior = before.trimEnd().split(/\s+/);
	// ("Today Lachin is free": the adverb that opens a sentence names no outlet.)
	for (let k = prior.length - 1; k >= 0 && /^\p{Lu}/u.test(prior[k]!); k--)
		if (ORG_WORD.test(prior[k]!) && !(prior[k] === 'Today' && opensSentence(prior, k))) return true;
	// "Interfax-Azerbaijan": an outlet's name joined to the place by a hyphen.
	// Only a word ending in a hyphen can be one: the end-anchored pattern is tried at every start.
	const joinedTo = before.endsWith('-') ? /(\p{L}+)-$/u.exec(before) : null;
	if (joinedTo && OUTLETS.has(joinedTo[1]!)) return true;
	// "the European Union Mission in Armenia": a mission's own name ends with where it works.
	if ((before.endsWith(' in ') || before.endsWith(' to ')) && MISSION_IN.test(before)) return true;
	// "Sputnik Armenia reported": an outlet's brand right before a country's name makes its local edition ("Reuters Armenia's" aside).
	// ("told Reuters Nagorno-Karabakh is finished": editions are of countries; any other place opens the words told.)
	const brand = prior[prior.length - 1];
	if (
		brand &&
		(OUTLETS.has(brand) || COMPANY_BRANDS.has(brand)) &&
		before.endsWith(' ') &&
		!/^[’']/.test(body.slice(m.end, m.end + 1)) &&
		isCountryName(body.slice(m.start, m.end))
	)
		return true;
	// The party's name is the whole capitalised run, the place with a word before or after it.
	if (PARTY_NAME.test(`${prior[prior.length - 1]} ${body.slice(m.start, m.end)}`)) return true;
	const named = after.trim() !== '' || /^\p{Lu}/u.test(prior[prior.length - 1] ?? '');
	if (named && PARTY_HEAD.test(body.slice(m.end + after.length, m.end + after.length + 36))) return true;
	// "the Mine Action Agency of the Republic of Azerbaijan": a state's body, named of its state (eval/README).
	if (body.startsWith('Republic of', m.start)) return false;
	// "the Artsakh Security Council": a state's council, like its ministry, names the state (two labels in the sets).
	if (/^\s+Security Council\b/.test(after)) return false;
	return (
		after.split(/[\s-]+/).some(isOrgWord) ||
		afterOrgOf(body, m.start, m.end) ||
		(before.endsWith('for ') && ORG_FOR.test(before))
	);
}

/**
 * Whether an unmatched name is the article's own outlet or a word of its name ("told Ukrinform",
 * "explained to VZGLYAD" in an article whose source is that outlet): never a place. Only the whole
 * name counts, capitalised as the source writes it, so the outlet's ordinary words ("Republic", "News")
 * leave other names alone; a word that is a place ("Georgia Today", "the Tehran Times") stays one.
 */
export function namesOwnOutlet(
	name: string,
	source: string,
	isPlace: (word: string) => boolean,
	isTown = false,
	sentence = ''
): boolean {
	if (name === source) return true;
	if (name.includes(' ')) return false;
	// "VZGLYAD" for "Vzglyad", "TEHRAN" for "Tehran": a name in capitals is judged in its usual case too.
	const usual = name.charAt(0) + name.slice(1).toLowerCase();
	if ([name, usual].some((n) => isPlace(n) || isCountryName(n) || WORLD.has(n))) return false;
	// A word of the outlet's name listed with other places is a place ("money from Boston, Los Angeles and Marseille" in
	// The Boston Globe; "told Zartonk" is the outlet). "63.ru (Samara regional news site)": a town GeoNames knows, named
	// only in the source's aside, is where the outlet is, not its name ("the Samara region" stays a place).
	const named = isTown ? source.replace(/\([^()]*\)/g, ' ') : source;
	// ("Rostov-on-Don regional news site": the first word of a town's hyphenated name is no outlet's name.)
	const own = (named.match(/\p{Lu}\p{L}{3,}(?!-\p{Ll}+-\p{Lu})/gu) ?? []).some(
		(w) => w === name || w === usual
	);
	if (!own) return false;
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return !new RegExp(`\\b(?:from|in|near)\\s+${escaped}(?:,|\\s+and)\\s+\\p{Lu}`, 'u').test(sentence);
}
