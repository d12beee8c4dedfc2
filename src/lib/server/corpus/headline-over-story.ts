/**
 * A page's own headline when its title is worded otherwise (a browser tab's title, another language): the headline-like
 * line right over the story with its byline or date by it, or the line under a live page's header. Split from
 * headline-lines.ts, which settles the headlines it finds.
 */
import type { Laid } from './furniture-layout';
import { DATELINE, GENRE_LINK } from './furniture-lines';
import { ENDS_SENTENCE } from './text-blocks';

/**
 * The line laid out as a headline nearest above the story's first paragraph of prose (a line ending as a
 * sentence), with only a byline, a date line, a time stamp, a count, a photo's caption or a line in the site's
 * language between, a byline or a date by it (above it, under it, or under its standfirst), and no content
 * above it; or -1.
 */
export function headlineOverStory(laid: Laid[]): number {
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
	// or over its tag lines, "Region: Armenia, Artsakh"; a rubric right over the headline, "Foreign policy".)
	let above = k - 1;
	let datedAbove = false;
	const rubric = (i: number) =>
		i === k - 1 && laid[i]!.why === 'headline or caption' && laid[i]!.text.split(' ').length <= 3;
	while (
		above > k - 6 &&
		above > 0 &&
		(byHeadline(laid[above]!) || HEADER_LINE.has(laid[above]!.why ?? '') || rubric(above))
	)
		above--;
	for (let j = above; j < k && !datedAbove; j++) datedAbove = STANDFIRST_END.has(laid[j]?.why ?? '');
	// (Or the standfirst under it, then the date: "Kremlin spokesman confirms …" over "Published On 17 Apr 2024".)
	const dek = (k + 1 === first && laid[first]!.text.length <= 250) || standfirst ? laid[k + 2] : undefined;
	// (Or the author's name, then the date: "Andrei Veretennikov" / "July 1, 2021", under the headline or its standfirst.)
	const named =
		laid[k + 1]?.why === 'page header' ? laid[k + 2] : dek?.why === 'page header' ? laid[k + 3] : undefined;
	// (Or among the lines between it and the story: "Region: …" / "Theme: …" / "19:55, 13.12.2022".)
	const dated =
		datedAbove ||
		[dek, named, ...laid.slice(k + 1, Math.max(k + 2, first))].some((l) => STANDFIRST_END.has(l?.why ?? ''));
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
export function headlineUnderHeader(laid: Laid[]): number {
	const k = laid.findIndex((l) => !TOP_OF_PAGE.has(l.why ?? ''));
	if (k < 0 || laid[k]!.why !== 'headline or caption' || !looksLikeHeadline(laid[k]!.text)) return -1;
	const dek = laid[k + 1]?.why === null || laid[k + 1]?.why === 'headline or caption';
	return laid[dek ? k + 2 : k + 1]?.why === 'byline' ? k : -1;
}
/**
 * A headline's shape: no sentence's full stop inside or at its end, four words or more. (A question is a headline's; so is
 * one that a translated page closes on its genre: "Russian peacekeepers killed in Karabakh. The main points".)
 */
const looksLikeHeadline = (text: string) => {
	const head = text.replace(GENRE_END, '');
	return !/[.!]$|[.!]\s/.test(head) && (head.match(/\p{L}+/gu)?.length ?? 0) >= 4;
};
const GENRE_END =
	/\.\s+(?:The\s+)?(?:main points|main things?|key points|what we know|what is known|explained|details|video|photos?)$/i;

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
export const STANDFIRST_END = new Set(['byline', 'date line', 'time stamp', 'view count']);
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
	'page header',
	// (A live page's tag lines under its headline: "Region: Armenia, Artsakh", "Theme: Politics".)
	'tag line'
]);
