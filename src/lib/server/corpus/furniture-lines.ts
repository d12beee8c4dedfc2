/**
 * The shapes of whole lines that furnitureReason (furniture.ts) and the layout pass (furniture-layout.ts)
 * read: a tag bar, a site's menu, a dateline.
 */
import { isOutletWord, MONTH, MONTH_ANY, PARTICLES, TIME_ZONE } from './words';

/** A table's row, figures in two cells running ("Goris (Armenia) | 490 | 470 | 11 of 11"): the story's data, no menu or caption. */
export const TABLE_ROW = /\|\s*\d[^|]*\|\s*\d/;
/** A run of capitalised words with no punctuation: a category or tag bar. */
export const TAG_BAR = /^(?:\p{Lu}[\p{L}&-]*\s+){3,}\p{Lu}[\p{L}&-]*$/u;
/** Capitalised words between separators: a site's menu ("NEWS.am | Politics Economy", "Society & Culture | World") or breadcrumb ("World › Europe"). */
export const MENU = /^[\p{Lu}\p{Lo}][\p{L}.&-]*(?:\s*(?:[|›»·•]\s*)?(?:[\p{Lu}\p{Lo}][\p{L}.&-]*|&))*$/u;
/**
 * "ANKARA", "STEPANAKERT, Nagorno-Karabakh", "Baku, January 30, AZERTAC", "Baku. 13 December. REPORT.AZ",
 * "BAKU, Azerbaijan, August 3. By Trend",
 * a wire's dateline with its credit on a line of its own: "GORIS, Armenia (AFP) -", "YEREVAN (AP) —",
 * and CNN's, its cities joined by a slash: "Stepanakert/Yerevan CNN —".
 */
export const DATELINE =
	/^\p{Lu}{3,}(?:[\s,–—-]+\p{Lu}[\p{L}-]*)*(?:\s*\(\p{Lu}[\p{L}/ .]{1,20}\)\s*[-–—])?$|^\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}.-]*){0,2}\s*\(\p{Lu}[\p{L}/ .]{1,20}\)\s*[-–—]$|^\p{Lu}[\p{L}-]+[,.]\s+(?:\p{Lu}[\p{L}-]+,\s+)?(?:\p{Lu}[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}[a-z]+)\b|^\p{Lu}[\p{L}-]+(?:\s*\/\s*\p{Lu}[\p{L}-]+)*\s+CNN\s*[-–—]$/u;
/**
 * An entry of a live blog or a timeline: a time, a dash, what happened ("11:05 – Aliyev arrives in
 * Hankendi", "09.40 GMT — Convoy reaches the bridge"). Reporting, however short.
 */
// ("19 September, 23:50 — Peskov: …": the day before the time, on a page of several days.)
export const TIMED_ENTRY = new RegExp(
	String.raw`^(?:\d{1,2}\s+(?:${MONTH}),?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:${TIME_ZONE}|[ap]\.?m\.?|local time))?\s+[-–—]\s+\S+\s+\S`,
	'iu'
);
/** A timeline's entry: a day or a month, a dash, what happened ("January 30, 2021 — The joint center opens", "March 2022 — Farukh"). */
export const DATED_ENTRY = new RegExp(
	String.raw`^(?:\d{1,2}\s+(?:${MONTH})(?:,?\s+\d{4})?|(?:${MONTH})(?:\s+\d{1,2})?,?\s+\d{4}|(?:${MONTH})\s+\d{1,2})\s+[-–—]\s+\p{L}`,
	'u'
);
/**
 * A chronology's entry without a dash: a year, or a date with its year, then what happened ("1952 Born in
 * Hadrut", "September 30, 2023 Leaves Karabakh for Armenia"). Reporting when several stand together.
 */
export const DATE_LED = new RegExp(
	String.raw`^(?:(?:\d{1,2}\s+)?(?:${MONTH_ANY})(?:\s+\d{1,2})?,?\s+)?(?:1[89]|20)\d{2}\s+\p{Lu}\p{Ll}*(?:\s+\S+){2,}$`,
	'u'
);

/** The trades an author is described by, in a byline or a note on who wrote the piece. */
export const WRITER_TRADE =
	'fellow|journalist|reporter|correspondent|analyst|researcher|editor|professor|director|writer|columnist|commentator|contributor|scholar';
/** An author's name in a byline: "Anna Petrosyan", "Thomas de Waal". */
const AUTHOR = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+(?:${PARTICLES}\s+)?){1,3}\p{Lu}?[\p{L}.’'-]*`;
/**
 * "By Anna Petrosyan - Trend:", "By Anna Petrosyan, a senior fellow at a think tank.", "By Anna Petrosyan and
 * Lev Darvin, dpa", "By Lev Darvin, Special correspondent": a byline with the outlet or the author's trade.
 */
export const BYLINE_WITH_ROLE = new RegExp(
	String.raw`^By\s+${AUTHOR}(?:\s+and\s+${AUTHOR})?(?:\s*[-–—]\s*\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2}:?|,\s+(?:an?|the)\s+[^.]{0,60}\b(?:${WRITER_TRADE})\b[^.]{0,60}\.?|,\s+(?:\p{L}+\s+){0,2}(?:${WRITER_TRADE})s?(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\.?|,\s*[\p{L}.]{2,12})$`,
	'u'
);

/** A wire's note on what a new version of the story adds: "(Adds Kremlin comment, reaction in Baku)". */
export const UPDATE_NOTE =
	/^\((?:Adds|Updates|Recasts|Rewrites|Corrects|Refiles|Changes|Fixes|Removes)\b[^()]*\)$/;

/** "INTERFAX", "RIA Novosti": one or two words, each a known outlet's word as written or in capitals. */
export function isOutletName(text: string): boolean {
	const words = text.split(' ');
	// "Duvar English", "Meydan TV", "Hürriyet Daily News": an outlet's name with its edition's words.
	return (
		words.length <= 3 &&
		isOutletWord(words[0]!) &&
		words.slice(1).every((w) => isOutletWord(w) || EDITION.test(w))
	);
}
const EDITION = /^(?:English|Online|TV|Daily|News|Today|Media|International|Information|Agency|Ticker)$/i;

/** A link to another story led by its genre ("Explainer: …", "Timeline: …"); over the story, the page's own headline may read so. */
export const GENRE_LINK =
	/^(?:Explainer|Analysis|Opinion|Argument|Watch|Listen|Video|Podcast|Live|Timeline)\s*:\s/;
/** A live page's "Key events", each its day, its time and its entry's heading: "27 Sep 15.40 BST Armenia: 65,000 crossed so far". */
export const KEY_EVENT =
	/^\d{1,2} \p{Lu}\p{Ll}{2} \d{1,2}[.:]\d{2} (?:BST|GMT|CET|CEST|EET|EEST|UTC|MSK) \p{Lu}/u;
/** An agency's dateline alone on its line: "YEREVAN, January 30. /ARKA/.". */
export const AGENCY_DATELINE =
	/^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.?\s*\/\p{Lu}+\/\.?$/u;
/** A city in capitals, its country and a dash, alone on the line: "KORNIDZOR, Armenia —". */
export const CITY_DASH_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s+\p{Lu}\p{Ll}+\s*[–—]$/u;

/** A section's, an outlet's or a topic's name: one to three capitalised words and nothing else ("World", "Haut-Karabakh"). */
export const SHORT_NAME = /^[\p{Lu}\p{Lo}][\p{L}.&-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}.&-]*){0,2}$/u;
