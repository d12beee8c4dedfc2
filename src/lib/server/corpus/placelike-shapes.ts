/**
 * Places no run of capitals holds whole, found by the shape of their words: a height an army names by its
 * altitude ("Height 1,372", "height 312"), a memorial alley named "of …" ("the Alley of Martyrs"), and the town
 * a letter's writer signs with ("Anahit Sarkisian, Glendale, Calif."). Split from placelike.ts, which reports them.
 */
import type { Span, WordSet } from './extract';
import { isOutletWord } from './words';
import { sexOfGivenName } from './given-names';

/** One place found by its shape: where it is and why it was reported. */
export interface ShapedPlace {
	start: number;
	end: number;
	why: string;
}

// ("height 312" too, a low one; not "a height 300 metres up".)
const HEIGHT =
	/\b[Hh]eight\s+(?:\d{1,2}[,.]?\d{3}|\d{3})\b(?!\s*(?:m|metres|meters|km|feet|ft)\b)(?!\s+(?:near|above|outside|at|by|in|over)\s+(?:the\s+(?:village|settlement|town)\s+of\s+)?\p{Lu})/gu;
const ALLEY_OF = /\bAlley\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+)?/gu;
/**
 * A letter's signature on a line of its own: the writer's name (a rank and "(ret.)" may open it), then the town and
 * maybe a US state's abbreviation ("Hovig Terzian, Watertown, Mass.", "Col. (ret.) Daniel R. Whitcomb, Fairfax").
 */
// (Two to four words of a name after the rank: "Putin Discusses Karabakh With Pashinyan, Aliyev" is a headline.)
const SIGNATURE =
	/^(?:(?:\p{Lu}\p{Ll}{1,4}\.|\([\p{Ll}.]+\))\s+){0,3}(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+,\s+(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)(?:,\s+(\p{Lu}[\p{L}]{1,4}\.))?$/u;

/** The places of `paragraphs` found by their shape (in text order within each kind), and the writers signatures name. */
export function shapedPlaces(
	body: string,
	paragraphs: readonly Span[],
	people: WordSet
): { places: ShapedPlace[]; writers: Span[] } {
	const out: ShapedPlace[] = [];
	const writers: Span[] = [];
	const each = (re: RegExp, why: string) => {
		for (const p of paragraphs)
			for (const m of body.slice(p.start, p.end).matchAll(re))
				out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, why });
	};
	// (One "near X" is X's.)
	if (body.includes('Height ') || body.includes('height ')) each(HEIGHT, 'a height named by its altitude');
	if (body.includes('Alley of')) each(ALLEY_OF, 'an alley named “of …”');
	for (const p of paragraphs) {
		if (p.end - p.start > 80) continue;
		const line = body.slice(p.start, p.end);
		const m = SIGNATURE.exec(line);
		// (Not an outlet's credit, "Vera Lind, Reuters", nor two people, "Vera Lind, Lev Darvin", "… Pashinyan, Aliyev".)
		const first = m?.[1]!.split(' ')[0] ?? '';
		if (!m || isOutletWord(first) || people.has(first) || (m[1]!.includes(' ') && sexOfGivenName(first)))
			continue;
		const town = p.start + line.lastIndexOf(m[1]!, m[2] ? line.length - m[2].length : line.length);
		writers.push({ start: p.start, end: town });
		out.push({ start: town, end: town + m[1]!.length, why: 'the town a signature gives' });
		if (m[2]) out.push({ start: p.end - m[2].length, end: p.end, why: 'the state a signature gives' });
	}
	return { places: out, writers };
}
