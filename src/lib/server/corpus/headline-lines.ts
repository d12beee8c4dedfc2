/**
 * Which short lines by the story are its own headlines, not page furniture: the article's headline (and
 * the same printed again), the standfirst under it, a reworded headline right over the story, a digest
 * item's or a live entry's heading. Their places count; they make no passage. Split from extract.ts.
 */
import type { Paragraph } from './extract';
import { furnitureReason, isRuledLine } from './furniture';
import type { Laid } from './furniture-layout';
import { AGENCY_DATELINE, CITY_DASH_DATELINE, DATELINE, GENRE_LINK } from './furniture-lines';
import { isOwnHeadline, isTitle, isTitleKicker, isTitleRest, isTitleWithoutSite } from './furniture-title';
import { ENDS_SENTENCE, isTitleCase } from './text-blocks';
import { TICKER_TIME } from './words';

/** Words a wire's summary under its headline opens with, and a photo's caption does not. */
const SUMMARY_OPENING = /^(?:Earlier|Previously|Meanwhile|According to|As reported|Recall that)\b/;

/**
 * Undo "headline or caption" (and the masthead's lines) where a line is the story's own heading; mark
 * those paragraphs `headline`. `own` is the line ownHeadline found (-1: none), `wrappedOn` its second line.
 */
export function settleHeadlines(
	laid: Laid[],
	out: Paragraph[],
	texts: string[],
	own: number,
	wrappedOn: number
): void {
	// A saved page's masthead ("Vestnik Kavkaza") stands above the article's own headline: a line there
	// that does not end as a sentence is the page's, not the reporting.
	for (let i = 0; i < own; i++)
		if (laid[i]!.why === null && !/[.!?…"”»]$/.test(laid[i]!.text))
			laid[i]!.why = 'masthead above the headline';
	if (own >= 0) {
		// "Opinion: The Peacekeepers Who Watch" saved as the title, its rubric printed over the headline: the rubric is the page's.
		// (A short line of the title's own words is its kicker, no rubric: "The interpreter of Khojaly" over the rest.)
		const short = wrappedOn >= 0 && texts[own]!.length < 30 ? furnitureReason(texts[own]!, '', false) : null;
		const rubric = short === 'headline or caption' ? null : short;
		laid[own]!.why = rubric;
		out[own]!.headline = !rubric;
		if (wrappedOn >= 0) {
			laid[wrappedOn]!.why = null;
			out[wrappedOn]!.headline = true;
		}
		// A magazine's standfirst under its headline, two sentences cut short ("X won something. Y have not"), is reporting.
		const under = (wrappedOn >= 0 ? wrappedOn : own) + 1;
		const dek = laid[under];
		// So is one that opens as a wire's summary does ("Earlier, Armenia's army left the Agdam and Kalbajar districts"), or a
		// subtitle in the headline's title case: captions describe a picture, in a sentence's case.
		if (
			dek?.why === 'headline or caption' &&
			(/\p{Ll}[.!?]\s+\p{Lu}/u.test(dek.text) ||
				SUMMARY_OPENING.test(dek.text) ||
				(isTitleCase(dek.text) && !/[.!?:]/.test(dek.text)))
		)
			dek.why = null;
		// A summary's bullets between the headline and the byline ("Mission marks first year…"): the outlet's reporting.
		let end = under;
		while (end < under + 3 && laid[end]?.why === 'headline or caption') end++;
		if (end > under && STANDFIRST_END.has(laid[end]?.why ?? ''))
			for (let k = under; k < end; k++) laid[k]!.why = null;
		// A dek right under the headline with the page's chrome under it (an image's button, share lines):
		// the reporting's summary, not a caption, which has prose under it.
		if (end === under + 1 && laid[end]?.why && laid[end]!.why !== 'headline or caption') dek!.why = null;
		// "Ruslan Rehimov | 30.01.2021" under the headline, then a dek in the headline's style (no full stop)
		// with the dateline or the story under it: the outlet's summary, not a caption.
		const byline = STANDFIRST_END.has(laid[under]?.why ?? '') ? laid[under + 1] : undefined;
		if (
			byline?.why === 'headline or caption' &&
			!/[.!?)]$/.test(byline.text) &&
			laid[under + 2]?.why === null
		)
			byline.why = null;
		// A saved page that shows the headline twice (the page's header, then the story's): the second
		// copy and the same standfirst under it are the story's too. (The header may set it in capitals, its byline or date
		// between; an echo right under it in another case is the page's.)
		const headline = texts[own]!.toLowerCase();
		const again = texts.findIndex(
			(t, i) => i >= under && (t === texts[own] || (i > under && t.toLowerCase() === headline))
		);
		if (again > 0 && again - own <= 12) {
			laid[again]!.why = null;
			out[again]!.headline = true;
			if (texts[again + 1] === texts[under] && !isRuledLine(texts[under]!)) laid[again + 1]!.why = null;
		}
	}
	// A page whose title is worded otherwise than its headline (a browser tab's title, another language):
	// the headline-like line right over the story, with only its byline or date between, is the article's
	// own. Its places count; it makes no passage. (A caption has a sentence in it.)
	const over = own < 0 ? headlineOverStory(laid) : -1;
	// (A live page's headline has its entries' times, not its story, under it: the line under the page's header, over its byline.)
	const top = own < 0 && over < 0 ? headlineUnderHeader(laid) : -1;
	if (top >= 0) {
		laid[top]!.why = null;
		out[top]!.headline = true;
	}
	if (over >= 0) {
		laid[over]!.why = null;
		out[over]!.headline = true;
	}
	// A digest's item (or a wire's story): its headline right over a paragraph that opens with a dateline
	// ("STEPANAKERT, March 26. …") is the item's own, as a headline is the article's.
	for (let i = 0; i + 1 < laid.length; i++)
		if (
			laid[i]!.why === 'headline or caption' &&
			laid[i + 1]!.why === null &&
			laid[i + 1]!.text.length > 80 &&
			DATELINE.test(laid[i + 1]!.text)
		) {
			laid[i]!.why = null;
			out[i]!.headline = true;
		}
	// A flash ticker's entry, its time and its words on one line ("09:02 UTC: RUSSIA BEGINS WITHDRAWAL …: KREMLIN"): the news itself.
	for (let i = 0; i < laid.length; i++)
		if (
			(laid[i]!.why === 'headline or caption' || laid[i]!.why === 'tag bar') &&
			TICKER_ENTRY.test(laid[i]!.text)
		) {
			laid[i]!.why = null;
			out[i]!.headline = true;
		}
	// A live blog's entry: its time stamp, its heading, then its text (its writer's credit or its "Share" button may come first).
	// The heading is the entry's, as a headline is the article's: its places count, it makes no passage.
	// (A flash ticker sets its headings in capitals, which read as a tag bar: "SEPARATISTS IN KHANKENDI ANNOUNCE …".)
	for (let i = 1; i + 1 < laid.length; i++)
		if (
			laid[i - 1]!.why === 'time stamp' &&
			(laid[i]!.why === 'headline or caption' ||
				(laid[i]!.why === 'tag bar' && CAPITALS_SENTENCE.test(laid[i]!.text))) &&
			(laid[i + 1]!.why === null || (ENTRY_CREDIT.has(laid[i + 1]!.why!) && laid[i + 2]?.why === null))
		) {
			laid[i]!.why = null;
			out[i]!.headline = true;
		}
	// A dateline on a line of its own ("YEREVAN, January 30. /ARKA/.", "KORNIDZOR, Armenia —"): where the story was
	// filed, a place of the story's (most sets count it); like a headline, it makes no passage.
	for (let i = 0; i < laid.length; i++)
		if (
			laid[i]!.why !== 'masthead above the headline' &&
			(CITY_DASH_DATELINE.test(laid[i]!.text) ||
				(laid[i]!.why === 'date line' && AGENCY_DATELINE.test(laid[i]!.text)))
		) {
			laid[i]!.why = null;
			out[i]!.headline = true;
		}
	// (The page's own headline under its time stamp is the article's, not a live entry's: its quote sums up no
	// entry. Giving every headline's quote the speaker below it lost 14 speakers over the sets: session 34.)
	const main = own >= 0 ? own : over;
	for (let i = 1; i < laid.length; i++)
		if (laid[i - 1]!.why === 'time stamp' && i !== main) out[i]!.underTime = true;
}

/** The line that is the title itself, else the first near match (isOwnHeadline), or -1. One pass, the cheap test first. */
export function ownHeadline(lines: string[], title: string): number {
	// (A wiki's page saved as text sets its title between equals signs: "= Berkadzor fuel depot explosion =".)
	const texts = lines.map((t) => (t.charCodeAt(0) === 61 ? t.replace(/^=+\s*(.*?)\s*=+$/, '$1') : t));
	let near = -1;
	// (The headline itself, under a section's line that rewords it: "Europe | Russian Troops Arrive …" over "Russian Troops Arrive …".)
	let bare = -1;
	for (let i = 0; i < texts.length; i++) {
		// "Corridor without passage" over "Why the peacekeepers …": the title set in two lines.
		if (i + 1 < texts.length && isTitleRest(texts[i + 1]!, texts[i]!, title)) return i;
		if (i + 1 < texts.length && isTitleKicker(texts[i]!, texts[i + 1]!, title)) return i;
		// A reworded headline wrapped over two lines (a hard-wrapped page): the pair is the headline.
		if (near < 0 && i + 1 < texts.length && wrappedHeadline(texts[i]!, texts[i + 1]!, title)) near = i;
		if (!isOwnHeadline(texts[i]!, title)) continue;
		if (isTitle(texts[i]!, title)) return i;
		if (near < 0) near = i;
		if (bare < 0 && isTitleWithoutSite(texts[i]!, title)) bare = i;
	}
	return bare >= 0 ? bare : near;
}

/**
 * The line laid out as a headline nearest above the story's first paragraph of prose (a line ending as a
 * sentence), with only a byline, a date line, a time stamp, a count, a photo's caption or a line in the site's
 * language between, a byline or a date by it (above it, under it, or under its standfirst), and no content
 * above it; or -1.
 */
function headlineOverStory(laid: Laid[]): number {
	const first = laid.findIndex((l) => l.why === null && l.text.length > 80 && ENDS_SENTENCE.test(l.text));
	// (Its photo's caption and the byline in the site's language may stand between: "Антон Лавров", "Фото: ТАСС".)
	let k = first - 1;
	while (k >= 0 && k > first - 9 && UNDER_HEADLINE.has(laid[k]!.why ?? '')) k--;
	// (A standfirst without a full stop may stand under the headline, over its byline: "Moscow's exit … in the south Caucasus".)
	const standfirst =
		k > 0 &&
		laid[k]!.why === null &&
		laid[k]!.text.length <= 250 &&
		laid[k - 1]!.why === 'headline or caption';
	if (standfirst) k--;
	// (A headline in title case reads as a tag bar: "Russia Starts Withdrawing Peacekeepers From Nagorno-Karabakh".)
	// (So does one led by its genre, as links to other stories are: "Timeline: Russia's peacekeepers in …".)
	const why = k < 0 ? null : laid[k]!.why;
	if (
		why !== 'headline or caption' &&
		!(why === 'tag bar' && TITLE_CASE_SENTENCE.test(laid[k]!.text)) &&
		!(why === '“read more” link' && GENRE_LINK.test(laid[k]!.text))
	)
		return -1;
	const { text } = laid[k]!;
	// (A question is a headline's: "What will happen to the peacekeepers? Explained".)
	if (!looksLikeHeadline(text)) return -1;
	// A saved page sets its byline or its date right by the headline, a share row maybe between; a caption has none by it.
	// (A print page sets its dateline and "Printed from …" there too: "GORIS, Armenia".)
	// (The page's header may stand between: its date over its section's name and its view count, "Karabakh" / "👁 2184",
	// or over its tag lines, "Region: Armenia, Artsakh".)
	let above = k - 1;
	let datedAbove = false;
	while (above > k - 6 && above > 0 && (byHeadline(laid[above]!) || HEADER_LINE.has(laid[above]!.why ?? '')))
		above--;
	for (let j = above; j < k && !datedAbove; j++) datedAbove = STANDFIRST_END.has(laid[j]?.why ?? '');
	// (Or the standfirst under it, then the date: "Kremlin spokesman confirms …" over "Published On 17 Apr 2024".)
	const dek = (k + 1 === first && laid[first]!.text.length <= 250) || standfirst ? laid[k + 2] : undefined;
	// (Or the author's name, then the date: "Andrei Veretennikov" / "July 1, 2021", under the headline or its standfirst.)
	const named =
		laid[k + 1]?.why === 'page header' ? laid[k + 2] : dek?.why === 'page header' ? laid[k + 3] : undefined;
	const dated = datedAbove || [laid[k + 1], dek, named].some((l) => STANDFIRST_END.has(l?.why ?? ''));
	return !dated || laid.slice(0, k).some((l) => l.why === null && ENDS_SENTENCE.test(l.text)) ? -1 : k;
}

/** What a saved page sets over its headline: its masthead, its menus, its section's label, its date. */
const TOP_OF_PAGE = new Set([
	'masthead',
	'navigation',
	'section label',
	'page header',
	'page chrome',
	'date line'
]);
/** The page's first line past its header, a headline's shape (no sentence, four words or more), with its byline under it (a standfirst maybe between); or -1. */
function headlineUnderHeader(laid: Laid[]): number {
	const k = laid.findIndex((l) => !TOP_OF_PAGE.has(l.why ?? ''));
	if (k < 0 || laid[k]!.why !== 'headline or caption' || !looksLikeHeadline(laid[k]!.text)) return -1;
	const dek = laid[k + 1]?.why === null || laid[k + 1]?.why === 'headline or caption';
	return laid[dek ? k + 2 : k + 1]?.why === 'byline' ? k : -1;
}
/** A headline's shape: no sentence's full stop inside or at its end, four words or more. (A question is a headline's.) */
const looksLikeHeadline = (text: string) =>
	!/[.!]$|[.!]\s/.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) >= 4;

/** A heading in capitals that is a sentence, with its small words: "TALKS … TO BE HELD IN YEVLAKH". */
const CAPITALS_SENTENCE =
	/^(?=.*\b(?:TO|IN|OF|ON|WITH|FOR|AT|BY|FROM|UNDER|WILL|IS|ARE|AND)\b)[\p{Lu}\d\s,:'’-]+$/u;

/** A ticker's line: its time, maybe its zone, a colon or a dash, then the news. */
const TICKER_ENTRY = new RegExp(String.raw`^${TICKER_TIME}\s*[:—–-]\s+\S`);

/** What a live entry sets between its heading and its text: its writer's credit, its sharing button. */
const ENTRY_CREDIT = new Set(['byline', 'share or subscribe line']);

/** Two short lines, the first no sentence, that together are the headline (isOwnHeadline), as neither is alone. */
const wrappedHeadline = (a: string, b: string, title: string) =>
	a.length < title.length &&
	b.length < title.length &&
	!/[.!?]$/.test(a) &&
	!isOwnHeadline(a, title) &&
	isOwnHeadline(`${a} ${b}`, title) &&
	!isOwnHeadline(b, title);

/** A share row or a page's buttons between the headline and its date, or a word of the site's own language ("Версия для печати"). */
const CHROME_BY_HEADLINE = new Set([
	'page chrome',
	'share or subscribe line',
	'in the site’s own language',
	// ("Translated from Russian" by a translated page's headline.)
	'editor’s note'
]);
const byHeadline = (l: Laid) =>
	CHROME_BY_HEADLINE.has(l.why ?? '') || (l.why === null && l.text.length < 40 && DATELINE.test(l.text));
/**
 * A title-case line that reads as a sentence, not a list of tags: a word of four letters or more that a verb's
 * ending closes, then a preposition or an article ("Russia Starts Withdrawing Peacekeepers From …").
 */
const TITLE_CASE_SENTENCE =
	/\b\p{Lu}\p{Ll}{2,}(?:s|ed|ing)\b.*\s(?:From|In|To|Of|On|Over|After|As|For|With|At|The|A|An)\s/u;
/** What closes a saved page's summary under the headline: the byline or the date. */
const STANDFIRST_END = new Set(['byline', 'date line', 'time stamp', 'view count']);
/** A page header's lines above the headline, the date among them: those, the section's name, a tag bar. */
const HEADER_LINE = new Set([...STANDFIRST_END, 'page header', 'section label', 'tag bar', 'tag line']);
/**
 * What a saved page sets between its headline and the story: those, its photo's caption, a line in its own language,
 * the author's disclosure, its sharing buttons, its player's and its comments' buttons ("Listen (2 min)", "Save | Print this page", "Comments").
 */
const UNDER_HEADLINE = new Set([
	...STANDFIRST_END,
	'disclaimer',
	'photo caption',
	'in the site’s own language',
	'share or subscribe line',
	'page chrome',
	'comment section chrome',
	'page header'
]);
