/**
 * A line made of a page's own particulars and nothing else (session 34): when the story went up and when
 * it was updated, how many read it, how long it takes to read, its print and AMP buttons, in any order, in
 * the site's language, between separators: "18:47, 23.04.2023", "👁 5 104 | ⏱ 3 min", "Okuma süresi: 3 dk |
 * 👁 18.204", "26.04.2024 - 15:32 | Güncelleme: 26.04.2024 - 16:10", "Print | AMP". The other rules read one
 * kind of particular at a time; saved pages set them together, and no reporting is made of them alone.
 */
import type { Rule } from './furniture';
import { isOutletWord, MONTH, MONTH_FOREIGN, MONTH_SHORT } from './words';
import { lastTextMemo } from './scan';

const DATE = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:${MONTH}|${MONTH_FOREIGN}|(?:${MONTH_SHORT})\.?)(?:\s+\d{4})?|(?:${MONTH}|(?:${MONTH_SHORT})\.?)\s+\d{1,2}(?:,?\s+\d{4}|(?=,?\s+\d{1,2}:\d{2}))`;
// ("17.41 Uhr": a German page's time, its dot before "Uhr".)
const TIME = String.raw`\d{1,2}(?::|\.(?=\d{2}\s*Uhr))\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?|\s*Uhr)?(?:\s*(?:GMT|UTC|MSK|IST|CET|CEST|BST|EST|EDT|ET)(?:\s*[+−-]\s*\d{1,2})?)?`;
const LABEL = String.raw`(?:Updated|Update|Upd\.?|Published|Issued on|Modified|Publié le|Mis à jour le|Güncelleme|Son güncelleme|Обновлено|Опубликовано|Yenilənib|Yeniləndi|Yayınlanma)\s*:?\s*`;
/** When: a date, a time, or both ("18:47, 23.04.2023", "26.04.2024 - 15:32", "01/12/2020 à 19:14"), maybe labelled and in brackets ("[15:02]"). */
const WHEN = String.raw`[([]?(?:${LABEL})?(?:${DATE}|${TIME})(?:(?:,?\s+(?:à\s+)?|\s+[-–]\s+)(?:${DATE}|${TIME}))?[)\]]?`;
// ("👁 48.2K", "1.1M views": a count rounded to thousands or millions.)
const COUNT = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?[KM]|\d{1,3}(?:[ \u00a0\u202f.,]?\d{3})*)`;
/** How many read it or wrote under it: "👁 7 882", "1,204 views", "Просмотров: 8 412", "Baxış sayı: 2 145", "💬 0 Comments", "💬 Comments (3)". */
const VIEWS = String.raw`👁️?\s*${COUNT}|${COUNT}\s+(?:views?|просмотр\p{L}*|baxış)|(?:Views|Просмотров|Просмотры|Baxış(?:ların)?(?: sayı)?|Görüntülenme|Okunma)\s*:?\s*${COUNT}|💬\s*(?:${COUNT}(?:\s+[Cc]omments?)?|[Cc]omments?\s*\(\d+\))`;
const MINUTES = String.raw`\d{1,2}\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|dəq(?:iqə)?|dk|dakika)\.?`;
/** How long it takes to read or to hear: "⏱ 3 min", "4 dəq. oxu", "5 min read", "Время чтения: 4 мин.", "Listen to article · 6 min". */
const READING = String.raw`(?:⏱️?|🕒|🕐)\s*${MINUTES}(?:\s+(?:read|oxu|чтения|okuma))?|${MINUTES}\s+(?:read|oxu|чтения|okuma)|Listen to (?:this )?article(?:\s*[·•|]\s*${MINUTES})?|(?:Reading time|Read time|Time to read|Time to|Temps de lecture|Время (?:на )?(?:прочтени[яе]|чтения)|Okuma süresi|Oxuma müddəti)\s*:?\s*${MINUTES}`;
const TOOLS = String.raw`Print|AMP|PDF|Версия для печати|Печать|Yazdır|Çap et`;
/** Between pieces: a bar, a dot, a slash, a dash, or a space before an update in brackets or a label ("… 16:48 Modified: …"). */
const SEPARATOR = String.raw`\s*[|·•/]\s*|\s+[-–—]\s+|\s+(?=[([])|,?\s+(?=${LABEL})`;

const piece = `(?:${VIEWS}|${READING}|${WHEN}|${TOOLS})`;
/**
 * A feed's entry time may stand with its section's name: "21:12 | Politics", "19:40 | Central Asia", a live page's with its date
 * and city: "2:10 a.m. ET, September 20, 2023 | Stepanakert" (a date with a place and no time is a
 * date line); a page's particulars may follow its section and its name, with its time: "Politics | 19.11.2020 | 14:37",
 * "KAZINFORM | World | 12 June 2024, 17:25", "Lenta.ru | Former USSR | 26 April 2024, 10:14" (with no time, a reporter's name,
 * "Ruslan Rehimov | 30.01.2021", is a byline, and a table's row, "Khramort | Askeran | 3 October", no furniture).
 */
/** A section's or a site's name in one cell: "Politics", "KAZINFORM", "Lenta.ru", "Former USSR", "In the world". */
// (Three words only around a small one, "In the world": "Harbour Post English | 30.01.2021" is an edition's name and its day, a date line.)
const SECTION_CELL = String.raw`[\p{L}\d][\p{L}\d.&]+(?:\s+(?:the|of|and)\s+\p{L}[\p{L}&]+|\s+\p{L}[\p{L}&]+)?`;
const PIECES = `${piece}(?:(?:${SEPARATOR})${piece})*`;
const SECTION = String.raw`\s*\|\s*\p{L}[\p{L}&]+(?:\s+\p{L}[\p{L}&]+)?`;
const LINE = new RegExp(
	`^${PIECES}$|^(?=.*\\d:\\d\\d)(?:${SECTION_CELL}\\s*\\|\\s*){1,2}${PIECES}$|^(?=[^|]*\\d[:.]\\d\\d)(?:${WHEN})${SECTION}$`,
	'iu'
);
/** A wire's city in capitals may open it: "ISTANBUL Jun 15, 2023 - 4:26 pm GMT+3". */
const CITY = /^\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?,?\s+(?=\d|\p{Lu}\p{Ll})/u;
/** …or close it after a dash: "… 10:05 pm IST - NEW DELHI". */
const CITY_AFTER = /\s+[-–]\s+\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?$/u;
const COUNTED = new RegExp(`(?:^|${SEPARATOR})(?:${VIEWS})(?=$|${SEPARATOR})`, 'iu');
// (In any case: "20 SEP 2023" in a page's capitals.)
const DATED = new RegExp(`(?:${DATE}|${TIME})`, 'iu');
/** A date alone is the date line's rule's ("29 September 2023"): told as it always was. */
const DATE_ALONE = new RegExp(`^(?:${DATE})$`, 'u');

/** A live page's entry stamp may open on a dash and glue its time zone's bracket on: "- 28 Sep 2023 - 16:27(16:27 GMT)"; a wire's sits between plus signs, "+++ 16:40 +++". */
const tidy = (t: string) =>
	t
		.replace(CITY, '')
		.replace(CITY_AFTER, '')
		.replace(/^[-–•]\s+|^\+{2,}\s*(?=.*\s\+{2,}$)|\s+\+{2,}$/g, '')
		.replace(/(\d)\(/g, '$1 (');
const isParticulars = (t: string) => t.length <= 90 && !DATE_ALONE.test(t) && LINE.test(tidy(t));
/** The kind of particulars line `t` is, or null; the last line's answer is kept, so the three rules below read it once. */
const kindOf = lastTextMemo((t: string): string | null =>
	!isParticulars(t) ? null : COUNTED.test(t) ? 'view count' : DATED.test(t) ? 'time stamp' : 'page chrome'
);

/**
 * A site's name as its edition prints it over the story, maybe with its section and the day: "CNN World", "Anews English |
 * 30.01.2021 | 15:22", "Yeni Şafak English | World | 22 April 2024". (An agency's known name, or a name and its language.)
 */
const SECTIONS = String.raw`(?:\s*\|\s*[^|]{1,30}){0,3}$`;
const AGENCY_EDITION = new RegExp(
	String.raw`^(\S+)\s+(?:English|World|International|Online)${SECTIONS}`,
	'u'
);
const NAMED_EDITION = new RegExp(
	String.raw`^(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:English|Türkçe|Online)${SECTIONS}`,
	'u'
);
// (Alone, only a known agency's world edition: "Duvar English" alone is its byline, "Listen In English" a player's button.)
const editionLine = (t: string) => {
	if (t.length > 80) return false;
	const agency = isOutletWord(AGENCY_EDITION.exec(t)?.[1] ?? '');
	return t.includes('|') ? agency || NAMED_EDITION.test(t) : agency && /\s(?:World|International)$/.test(t);
};

/**
 * First of the rules: the kinds the headline's neighbours are read by (a count of readers or a time by the
 * headline closes its standfirst; a reading time or a button is the page's chrome; an
 * edition's name is the masthead or, with its day, the date line).
 */
export const PARTICULARS_RULES: Rule[] = [
	...['view count', 'time stamp', 'page chrome'].map((why) => ({
		gate: (t: string) => kindOf(t) === why,
		re: /./,
		why
	})),
	{ gate: (t) => editionLine(t), re: DATED, why: 'date line' },
	{ gate: (t) => editionLine(t), re: /./, why: 'masthead' }
];

/** A day in a page's time stamp: "17 Apr 2024", "April 17, 2024" (any case). */
const STAMP_DAY = String.raw`(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})`;
/**
 * "Updated 25/09/2023 - 23:48", "Published: 12.03.2022", "Last modified on Sat 30 Sep 2023 09.14 BST", "Published On 19 Sep 2023 · Updated 20 Sep 2023", "Published Nov. 12, 2020 Updated Nov. 13, 2020, 6:02 a.m. ET": the page's time stamp
 * (a saved page may print its day twice: "Published On 17 Apr 2024 17 Apr 2024"). One of furniture.ts's rules, in its order.
 */
export const PUBLISHED_RULE: Rule = {
	re: new RegExp(
		String.raw`^(?:(?:Last |First )?(?:Updated|Published|Posted|Modified))(?:\b:?.{0,30}\d{1,2}[:./]\d{2}|(?:\s+on)?:?\s+${STAMP_DAY}(?:\s*[·•|].*|\s+${STAMP_DAY}|\s+(?:Last\s+)?(?:Updated|Modified)\b.{0,40})?$)`,
		'i'
	),
	why: 'time stamp'
};
