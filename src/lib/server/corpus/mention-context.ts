/**
 * The words around a curated name that findMentions (mentions.ts) reads: a facility in or near a
 * town, a bracketed other name, a dash to another name, a centre's remit, a web address, a surname
 * after a town's name that makes it a person's.
 */
import { notAPlaceHere } from './no-place-names';
import type { PlaceMatch } from './matcher';
import { anyCase, DEMONYM, SURNAME } from './judge-cues';
import { isOrganisation } from './organisations';
import { sexOfGivenName } from './given-names';
import { AWARD_BEFORE, DOCUMENT_AFTER, isStop, SITE_ADDRESS } from './words';
import { ORDINARY_PERSON, PERSON_TITLE } from './person-nouns';

/**
 * A centre's remit after its name: "for monitoring the ceasefire", "for Monitoring the Ceasefire". The
 * place after it ("… in Karabakh") stays a mention: holdout15 labels it so, holdout13 as part of the name.
 */
export const REMIT =
	/^\s+for\s+(?:[Mm]onitoring|[Oo]bserving|the\s+[Mm]onitoring\s+of|[Cc]ontrol\s+(?:of|over))\s+(?:the\s+)?(?:[Cc]ease-?fire|[Tt]ruce)(?:\s+[Rr]egime)?/u;
/** A line's head after a town: the town names the road a site stands on, not the site's town. */
/** The heads that make a town's name a road's: "the Goris–Stepanakert road". */
export const ROAD_WORDS = 'road|highway|motorway|route';
export const ROAD_HEAD = new RegExp(`(?:corridor|${ROAD_WORDS})$`, 'i');
/** "the 102nd military base in Gyumri": a facility and the town it stands in name the facility. */
export const IN_TOWN = /^\s+(?:in|at)\s+$/;
/**
 * "the monitoring centre in the Agdam district": a base or a centre, which the press names by where it
 * stands, with its district (a monastery's region is a place of its own: "Dadivank in the Kalbajar region").
 */
export const IN_UNIT = /^\s+in\s+the\s+$/;
export const SITED = new Set(['base', 'headquarters', 'monitoring centre']);
/** "the monitoring centre outside Agdam" names the centre too; "the headquarters near Khojaly" is two places. */
export const NEAR_TOWN = /^\s+(?:near|outside|close to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/;
/** An editor's or the outlet's bracketed other name: "Lachin (Berdzor)", "Lachin [Berdzor]". */
export const ASIDE = /^\s*[([]\s*([^()[\]\n]{1,40}?)\s*[)\]]/;
export const DASH = /^\s*[-–—]\s*$/;
/** A road's or a section's first end and its dash right before a town: "Aghdam–", "Lisagor – " (a village the map may not have). */
export const END_BEFORE_DASH = /\p{Lu}[\p{L}’']+\s?[–—-]\s?$/u;
/** Why a compound named for a town is reported whole: "names a road, not the town", "names an avenue, …". */
export const facilityWhy = (head: string): string =>
	`names ${/^[aeiou]/i.test(head) ? 'an' : 'a'} ${head.toLowerCase()}, not the town: no curated feature`;
/**
 * A dash and a capitalised name right after a town ("Horadiz-Aghband", "Goris – Vorotan", "Kornidzor–Hin Shen"), or a chain
 * of them ("Khalfali-Istisu"). (A name's second word is no road's head: "Goris-Kapan Road"; a dateline's dash opens a sentence:
 * "ANKARA – The Turkish-Russian Joint Monitoring Center".)
 */
const END_NAME = String.raw`(?!(?:The|A|An)\s)\p{Lu}[\p{L}’']*(?:\s(?!(?:${anyCase(`corridor|${ROAD_WORDS}|bypass|bridge|checkpoint|crossing|railway|section`)})\b)\p{Lu}[\p{L}’']*)?`;
export const DASHED_NAME = new RegExp(String.raw`^\s?[-–—]\s?(${END_NAME}(?:\s?[-–—]\s?${END_NAME})*)`, 'u');

/** Whether the name at `at`..`end` lies in a web address: the text since the last space holds a scheme or "www.", or the word is a site's address. */
export function inAddress(body: string, at: number, end: number): boolean {
	// Most names follow a space or a mark, not a letter of an address: decide on the characters around first.
	const c = body[at - 1];
	const address = c === '/' || c === '-' || c === '.' || c === '_' || c === '=';
	if (!address && body[end] !== '.' && body[end] !== '-') return false;
	let k = at;
	while (k > 0 && at - k < 300 && !/\s/.test(body[k - 1]!)) k--;
	if (address && /https?:\/\/|www\./.test(body.slice(k, at))) return true;
	// "the “russia-artsakh.ru” informs": a site by its address (a full stop after the name ends a sentence, not an address).
	const word = /^[^\p{L}\d]*([\p{L}\d.-]*)/u.exec(body.slice(k, end + 40))![1]!.replace(/\.$/, '');
	return SITE_ADDRESS.test(word);
}

/**
 * "Lachin Mammadova told reporters": a town's name given to a person, before a surname of the region
 * (not a demonym: "the Goris Armenian church").
 */
export function givenName(body: string, m: PlaceMatch): boolean {
	const next = /^ (\p{Lu}\p{Ll}+)\b(?![-’'])/u.exec(body.slice(m.end, m.end + 30))?.[1];
	// ("the Ombudsman of Azerbaijan Sabina Aliyeva": a given name after the place opens the person's own name.)
	return !!next && SURNAME.test(next) && !DEMONYM.test(next) && !sexOfGivenName(next);
}

/** ", a lawmaker whose family fled …": the words after a name that say it is a person's. */
const PERSON_DESCRIBED = new RegExp(
	String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${PERSON_TITLE}|${ORDINARY_PERSON}|MP)\b`,
	'u'
);
/** "Elnara Qubadli, a lawmaker whose family fled …": a town's name as the surname after a given name, the person described. */
function surnameOfPerson(body: string, m: PlaceMatch): boolean {
	// (Most curated names are followed by no comma: nothing to look at.)
	if (body[m.end] !== ',') return false;
	const given = /(?:^|[\s(“"])(\p{Lu}\p{Ll}+)\s$/u.exec(body.slice(Math.max(0, m.start - 20), m.start));
	return !!given && !isStop(given[1]!) && PERSON_DESCRIBED.test(body.slice(m.end, m.end + 60));
}

/** "Artsakh24": a name run on into digits is an outlet's or a channel's, no place. */
export const runsIntoDigits = (body: string, end: number) => {
	const c = body.charCodeAt(end);
	return c >= 48 && c <= 57;
};

/**
 * Why a curated name the matcher found is part of another thing's name and no place: an
 * organisation's or outlet's ("Public Radio of Armenia"), a person's given name, an award's, a
 * document's. '' for a word of a web address ("https://…/us-armenia-azerbaijan-energy"), which
 * names a page and is not worth reporting; null when the name stands on its own.
 */
export function insideOtherName(body: string, m: PlaceMatch): string | null {
	if (inAddress(body, m.start, m.end)) return '';
	if (isOrganisation(body, m)) return 'part of an organisation’s name';
	if (givenName(body, m)) return 'a person’s given name';
	if (runsIntoDigits(body, m.end)) return 'part of an organisation’s name';
	if (surnameOfPerson(body, m)) return 'a person’s surname';
	// "the Mother Armenia memorial", "the Mother Armenia movement": a monument's or a movement's name.
	if (body.startsWith('Mother ', m.start - 7)) return 'part of a monument’s or movement’s name';
	if (AWARD_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start))) return 'part of an award’s name';
	if (DOCUMENT_AFTER.test(body.slice(m.end, m.end + 14))) return 'part of a document’s name';
	const usage = notAPlaceHere(body, m.start, body.slice(m.start, m.end));
	if (usage) return usage;
	// "On June 12, Russia Day, …": a holiday named for the country, right after its name.
	if (body.startsWith(' Day', m.end) && !/\p{L}/u.test(body[m.end + 4] ?? ''))
		return 'part of a holiday’s name';
	return null;
}

/** Towns named after their river, as the press names the river alone: "the Tartar" (Terter). */
const RIVER_TOWN = /^(?:Tartar|Terter|Tərtər)$/;
/** After "the Tartar", what only the town takes: its district, its direction or side, alone or in a list ("the Tartar and Barda districts"). */
const TOWN_AFTER =
	/^(?:\s*,\s*\p{Lu}[\p{L}-]+)*(?:,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?\s+(?:districts?|regions?|rayons?|directions?|sides?|sectors?|fronts?|areas?|city|town|municipality)\b/u;
/**
 * "the water of the Tartar", "villages along the Tartar in the Terter district", "holds back the Tartar some 4 km
 * upstream", "the Tartar river (Terter in Azerbaijani)": a river that names a curated town, after "the" (or in brackets
 * after the river's name) unless what follows is the town's ("the Tartar district", "the Terter direction").
 */
export function riverNamed(body: string, start: number, end: number): boolean {
	if (!RIVER_TOWN.test(body.slice(start, end))) return false;
	if (/\briver\s*\(\s*$/i.test(body.slice(Math.max(0, start - 12), start))) return true;
	return body.endsWith('the ', start) && !TOWN_AFTER.test(body.slice(end, end + 60));
}
