/**
 * Lists and tables the reporting introduces: "The ministry listed the posts from west to east:" over "1. Kornidzor",
 * "2. the town of Lachin"; "the posts were removed in the following order:" over "Khramort | Askeran | 3 October".
 * Their items are short and end with no full stop, like captions and menus, but a sentence of the story ending in
 * a colon says they are its own. Split from furniture-layout.ts, which calls listsUnderColon.
 */
import { BULLET, NUMBERED } from './judge-cues';
import type { Laid } from './furniture-layout';

/** Reasons a line gets for its shape alone, which a list's item may have; a rule's own reason stays. */
const SHAPE_ONLY = new Set(['headline or caption', 'navigation']);

/** The shape of a list's item: numbered, bulleted, or a table's row of n cells; null for none. */
function itemShape(text: string): string | null {
	if (NUMBERED.test(text)) return 'numbered';
	if (BULLET.test(text)) return 'bullet';
	return text.includes(' | ') ? `cells ${text.split(' | ').length}` : null;
}

/** A sentence of the story ending in a colon, four words or more: what introduces a list as reporting. */
const introduces = (l: Laid | undefined) =>
	!!l && l.why === null && l.text.endsWith(':') && l.text.split(/\s+/).length >= 4;

/** Undoes the shape-only reasons of two or more items of one shape right under a sentence that introduces them. */
export function listsUnderColon(lines: Laid[]): void {
	for (let i = 1; i < lines.length; i++) {
		if (!introduces(lines[i - 1])) continue;
		const shape = itemShape(lines[i]!.text);
		if (!shape) continue;
		let j = i;
		while (
			j < lines.length &&
			itemShape(lines[j]!.text) === shape &&
			(lines[j]!.why === null || SHAPE_ONLY.has(lines[j]!.why!))
		)
			j++;
		if (j - i >= 2) for (let k = i; k < j; k++) lines[k]!.why = null;
		i = j - 1;
	}
}
