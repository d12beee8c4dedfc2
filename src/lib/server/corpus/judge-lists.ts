/**
 * A name that is a whole item of a list the story gives: "the following villages were taken under control:" over
 * "• Gulabird", "the posts of the corridor from west to east:" over "3. Sus". The list's introduction says what its
 * items are. (A table's cells under a header "Post | District" are not read so yet.)
 */
import { BULLET, NUMBERED } from './judge-cues';

/** A list's marker opening a line ("3. ", "2) ", "• ", "- "), or null. */
const markerOf = (line: string) => NUMBERED.exec(line) ?? BULLET.exec(line);
/** What may follow a name that is the whole item: the line's end, its other name in brackets, a gloss after a dash or a comma. */
const ITEM_END = /^(?:\s*\([^()\n]{1,40}\))?[ \t]*(?:$|\n|[–—-]\s|,\s)/;
/** An item's first name before a spaced dash, the pair's second after it: "• Kirants (Armenia) - Xeyrimli (Azerbaijan)". */
const PAIR_FIRST = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s*\([^()\n]{1,40}\))?\s+[–—-]\s+$/u;
/** An introduction that says its items are places, ending in a colon. */
const PLACES_INTRO =
	/\b(?:villages?|towns?|settlements?|communit(?:y|ies)|posts?|checkpoints?|places?|districts?|regions?|locations?|sites?|areas?|positions?)\b[^\n]{0,120}:[ \t]*$/i;

/** Where the line of `body` holding `at` starts. */
const lineStart = (body: string, at: number) => body.lastIndexOf('\n', at - 1) + 1;

/** Whether the name at `at` (`length` long) is a whole item of a list of places, or the second of an item's pair. */
export function listedPlace(body: string, at: number, length: number): boolean {
	const start = lineStart(body, at);
	const lead = body.slice(start, at);
	const marker = markerOf(lead);
	if (!marker || !ITEM_END.test(body.slice(at + length))) return false;
	if (marker[0].length !== lead.length && !PAIR_FIRST.test(lead.slice(marker[0].length))) return false;
	// Up the list to its introduction: the lines above of the same kind, then the sentence over them.
	let s = start;
	for (let k = 0; k < 30 && s > 0; k++) {
		const ps = lineStart(body, s - 1);
		const line = body.slice(ps, s - 1);
		if (line.trim() === '') {
			s = ps;
			continue;
		}
		if (markerOf(line)) {
			s = ps;
			continue;
		}
		return PLACES_INTRO.test(line);
	}
	return false;
}
