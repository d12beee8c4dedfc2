/**
 * Short forms of a facility named before in the article ("the joint centre", "the Russian base"). Split
 * from sites.ts.
 */
import type { Site } from './sites';

/**
 * “the joint centre” after “the Russian-Turkish joint monitoring centre”, “the Joint Center” after “the
 * Turkish-Russian Joint Center”: a short form of a facility named before.
 */
const SHORT_FORM = /\b[Tt]he ((?:[\p{L}-]+\s+){1,2}(?:[Cc]ent(?:re|er)|[Bb]ase|[Hh]eadquarters))\b/gu;
const words = (t: string) =>
	t
		.toLowerCase()
		.replace(/center/g, 'centre')
		.split(/[\s-]+/);

/**
 * Back-references to a curated facility named earlier in the article: “the joint centre” (two or three
 * words, every one of them in the words that named it or in its curated name: “the joint centre” after
 * “the Russian-Turkish centre for monitoring the ceasefire”, whose curated name is the Joint … Centre).
 * A bare “the centre” is left alone.
 */
export function shortForms<M extends Site>(
	body: string,
	mentions: M[],
	isFacility: (m: M) => boolean,
	curatedName: (m: M) => string = () => ''
): Site[] {
	const named = mentions.filter(isFacility);
	if (!named.length) return [];
	const out: Site[] = [];
	for (const x of body.matchAll(SHORT_FORM)) {
		const start = x.index! + 4;
		const end = start + x[1]!.length;
		if (mentions.some((m) => m.start < end && start < m.end)) continue;
		const w = words(x[1]!);
		const before = named.filter(
			(m) =>
				m.end <= start && w.every((v) => words(`${body.slice(m.start, m.end)} ${curatedName(m)}`).includes(v))
		);
		const ids = new Set(before.map((m) => m.ids.join()));
		if (ids.size === 1) out.push({ start, end, ids: before[0]!.ids });
	}
	return out;
}
