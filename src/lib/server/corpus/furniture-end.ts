/**
 * What ends a page, under the story: the links to other stories, the readers' comments, a report's notes,
 * the topics it is filed under. Split from furniture-layout.ts (the layout pass), which calls pageEnd.
 */
import { ENDS_LIKE_PROSE } from './furniture-captions';
import { SHORT_NAME } from './furniture-lines';
import type { Laid } from './furniture-layout';
import { NOTE_MARK } from './words';

/** A paragraph of reporting: not furniture, at least six words, ending as a sentence does. */
export const isProse = (l: Laid | undefined) =>
	!!l && l.why === null && ENDS_LIKE_PROSE.test(l.text) && l.text.split(/\s+/).length >= 6;

/** An item of a list with its marker: a bullet, or a dash and a space ("- G7 ministers meet in Rome"). */
const LIST_ITEM = /^(?:[•·▪◦‣●■*]|[-–—](?=\s))\s*\S/;

/**
 * Three or more list items that end the page, after its last paragraph of prose, each a headline (five
 * words or more, no full stop), are the links to other stories a page prints under an article, however
 * long their headlines; a list inside the reporting has reporting after it.
 */
function trailingLinks(lines: Laid[]): void {
	let end = lines.length;
	while (end > 0 && lines[end - 1]!.why !== null && !LIST_ITEM.test(lines[end - 1]!.text)) end--;
	let start = end;
	while (
		start > 0 &&
		LIST_ITEM.test(lines[start - 1]!.text) &&
		!ENDS_LIKE_PROSE.test(lines[start - 1]!.text) &&
		lines[start - 1]!.text.split(/\s+/).length >= 6
	)
		start--;
	if (end - start < 3 || !isProse(lines[start - 1])) return;
	for (let k = start; k < end; k++)
		if (lines[k]!.why === null || lines[k]!.why === 'headline or caption')
			lines[k]!.why = 'related stories list';
}

/**
 * Readers' comments under the story (a form's prompt, then names, dates and their words): once a comment
 * section's chrome stands after reporting, with less reporting under it than above, the rest is the readers'.
 */
function commentsBelow(lines: Laid[]): void {
	const at = lines.findIndex((l, i) => l.why === 'comment section chrome' && lines.slice(0, i).some(isProse));
	if (at < 0 || lines.slice(at + 1).filter(isProse).length >= lines.slice(0, at).filter(isProse).length)
		return;
	for (const l of lines.slice(at + 1))
		if (l.why === null || l.why === 'headline or caption') l.why = 'readers’ comment';
}

/** The label over a report's notes at its end: "Notes", "Endnotes", "References". */
const NOTES_LABEL = /^(?:(?:End|Foot)?notes|End notes|References|Sources)\s*:?$/i;
/** A note's line: its number in brackets or raised, or with a point ("[3] Interview, Goris, May 2021."). */
const NOTE_LINE = new RegExp(String.raw`^(?:${NOTE_MARK}|\(\d{1,3}\)|\d{1,3}\.)\s+\S`, 'u');

/**
 * A report saved with its notes: under a "Notes" label after the reporting, the numbered lines are the
 * notes, not reporting (the places they name are the sources' towns, named again in the text).
 */
function endnotes(lines: Laid[]): void {
	const at = lines.findIndex((l, i) => NOTES_LABEL.test(l.text) && lines.slice(0, i).some(isProse));
	if (at < 0) return;
	lines[at]!.why ??= 'section label';
	for (const l of lines.slice(at + 1)) if (NOTE_LINE.test(l.text)) l.why = 'footnote';
}

/** A label over the topics a page files the story under, alone on a line. */
const TAG_LABEL =
	/^(?:Explore more(?: on (?:these|this) topics?)?|(?:Suggested|Related|More|Trending) topics|Topics?|Tags?|Keywords|Filed under|Region\s*\/\s*Country|Countries)\s*:?$/i;
/** A tag: a few words that do not end as a sentence. */
const isTag = (l: Laid) => l.text.split(/\s+/).length <= 4 && !/[.!?:]$/.test(l.text);

/**
 * The topics a page files the story under, one per line: under their label ("Explore more on these topics" /
 * "Azerbaijan" / "Armenia"), or two or more names that end the page under another furniture line ("Read also: …" /
 * "Haut-Karabakh" / "Arménie"): tags, not reporting, though each is a place's name.
 */
function tags(lines: Laid[]): void {
	for (let i = 0; i < lines.length; i++) {
		if (!TAG_LABEL.test(lines[i]!.text)) continue;
		lines[i]!.why ??= 'tag line';
		for (let j = i + 1; j < lines.length && isTag(lines[j]!); j++)
			if (lines[j]!.why === null || lines[j]!.why === 'headline or caption') lines[j]!.why = 'tag line';
	}
	// (Or three or more between the last paragraph and the page's own boxes under it: "… Stepanakert and Baku alike." /
	// "Nagorno-Karabakh" / "Russia" / "Armenia" / "Want to write?".)
	let end = lines.length;
	while (end > 0 && lines[end - 1]!.why !== null && !SHORT_NAME.test(lines[end - 1]!.text)) end--;
	let start = end;
	while (start > 0 && lines[start - 1]!.why !== 'tag line' && SHORT_NAME.test(lines[start - 1]!.text))
		start--;
	const run = end - start;
	// (Not under a colon: "these villages are still without power:" lists them.)
	const closed = run >= 3 && isProse(lines[start - 1]) && !/[:;]$/.test(lines[start - 1]!.text);
	if (run < 2 || !(lines[start - 1]?.why || closed)) return;
	for (const l of lines.slice(start, end))
		if (l.why === null || l.why === 'headline or caption') l.why = 'tag line';
}

/** The furniture under the story, in the order the page sets it. */
export function pageEnd(lines: Laid[]): void {
	trailingLinks(lines);
	commentsBelow(lines);
	endnotes(lines);
	tags(lines);
}
