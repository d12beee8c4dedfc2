/**
 * Which short lines by the story are its own headlines, not page furniture: the article's headline (and
 * the same printed again), the standfirst under it, a reworded headline right over the story, a digest
 * item's or a live entry's heading. Their places count; they make no passage. Split from extract.ts.
 */
import type { Paragraph } from './extract';
import { furnitureReason, isRuledLine } from './furniture';
import type { Laid } from './furniture-layout';
import { AGENCY_DATELINE, CITY_DASH_DATELINE, DATELINE } from './furniture-lines';
import { headlineOverStory, headlineUnderHeader, STANDFIRST_END } from './headline-over-story';
import { isOwnHeadline, isTitle, isTitleKicker, isTitleRest, isTitleWithoutSite } from './furniture-title';
import { isTitleCase } from './text-blocks';
import { TICKER_TIME } from './words';
import { foldName } from '../../names/fold';

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
	let over = own < 0 ? headlineOverStory(laid) : -1;
	// (A live page's headline has its entries' times, not its story, under it: the line under the page's header, over its byline;
	// the heading over the first entry's text is that entry's.)
	const top = own < 0 ? headlineUnderHeader(laid) : -1;
	if (top >= 0 && top < over) over = -1;
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
	// (Not a rubric over the page's own headline: "23 April, 2023 18:27" / "Foreign policy" / the headline.)
	const main = own >= 0 ? own : over;
	for (let i = 1; i + 1 < laid.length; i++)
		if (
			laid[i - 1]!.why === 'time stamp' &&
			i + 1 !== main &&
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
	// (Nor the first line of text under the page's stamp, "168.am | Society | 23.02.2023 | 12:40": no entry above it.)
	let text = false;
	for (let i = 1; i < laid.length; i++) {
		if (laid[i - 1]!.why === 'time stamp' && i !== main && text) out[i]!.underTime = true;
		text ||= laid[i - 1]!.why === null;
	}
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

/**
 * The printed headline of a page saved under another title (the site's name after it, the original language's): the
 * first line the rules leave as a headline or a caption, of four words or more (three under a title in another language) with a lower-case one and no sentence's
 * end, with only the page's furniture (or a credit in capitals) above it in its first eight lines and the story right
 * under it, or under its standfirst, sharing a word with the title (or sharing none, with the story right under it); else -1.
 */
export function printedHeadline(laid: Laid[], title: string): number {
	// (A title in another language shares no words with the printed headline's translation: "Şuşa yaxınlığında …".)
	const stems = otherLanguage(title) ? null : wordStems(title);
	for (let i = 0; i < Math.min(laid.length - 1, 8); i++) {
		const l = laid[i]!;
		if (l.why === null) {
			if (/^[\p{Lu}\s]{2,20}$/u.test(l.text)) continue;
			return -1;
		}
		// (Three words will do under a title in another language: "Peacekeepers leave Karabakh".)
		if (l.why !== 'headline or caption' || l.text.split(/\s+/).length < (stems ? 4 : 3)) continue;
		// (A section's path, "World / Russia & Central Asia", "Politics | Translated from Russian", is none.)
		if (/[.!?](?:\s|$)/.test(l.text) || !/\s\p{Ll}/u.test(l.text) || /[|/>»›]/.test(l.text)) continue;
		// (Of the title's story: a word's first five letters in common, in any language's spelling; or, sharing none, the
		// first such line with the story right under it: "Putin's peacekeepers take the long road to Stepanakert" saved as
		// "Russian troops fly in to police Karabakh truce | World | The Times".)
		const shared = !stems || [...wordStems(l.text)].some((w) => stems.has(w));
		// (Or a standfirst between: a long line left as a caption, the story under it; the page's buttons may stand between.)
		let k = i + 1;
		while (k < laid.length - 1 && BETWEEN.has(laid[k]!.why ?? '')) k++;
		const next = laid[k]!;
		if (!shared) {
			if (next.why === null && k === i + 1) return i;
			continue;
		}
		const dek = next.why === 'headline or caption' && next.text.length > 40 && laid[k + 1]?.why === null;
		return next.why === null || dek ? i : -1;
	}
	return -1;
}

/** What a page may set between its headline and its story: its buttons ("Share", "Save"), its lead photo's caption, its time stamp and update note. */
const BETWEEN = new Set([
	'share or subscribe line',
	'page chrome',
	'photo caption',
	'time stamp',
	'wire update note'
]);

/** A title in another language than the story's English: letters English has not, or two of French's, German's or Spanish's small words. */
const otherLanguage = (title: string) =>
	/[À-ɏЀ-ӿԱ-֏]/u.test(title) ||
	(title.match(
		/(?:^|\s)(?:[Ll]a|[Ll]e|[Ll]es|[Dd]es|[Dd]u|[Aa]ux?|[Uu]ne|et|dans|sur|pour|avec|der|die|das|und|los|las|del)(?=\s)/g
	)?.length ?? 0) >= 2;

/** Whether the page was saved under a title that is not its printed headline: the site's name after it, or another language. */
export const savedUnderOtherTitle = (title: string) => SAVED_TITLE.test(title) || otherLanguage(title);

/**
 * A title a browser saved with the site's name after a bar or a dash: "… | World | The Times", "… - Day.Az", "… | 1news.az"
 * (wider than furniture-title.ts's SITE_AFTER, which wants the site's name in capitals at the very end).
 */
const SAVED_TITLE = /\s[|–—-]\s+\S|\s::\s/;

/** The first five letters of each word of five or more, folded as names are: "Monitoring" and "Monitorinq" share "monit". */
const wordStems = (text: string) =>
	new Set(
		foldName(text)
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 5)
			.map((w) => w.slice(0, 5))
	);
