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

/** An abbreviation in brackets right after a name: "the Russian-Turkish centre (SRTC)". */
const DEFINED = /^\s*\((\p{Lu}[\p{Lu}\d]{1,5})\)/u;
/** A word's letter or digit, around an abbreviation's use. */
const WORD_CHAR = /[\p{L}\d]/u;

/**
 * Later uses of an abbreviation the text defines in brackets after a curated facility ("the Russian-Turkish
 * centre (SRTC)", then "officers of the SRTC"): the same place. The bracket itself is left as written.
 */
export function definedAbbreviations<M extends Site & { name: string }>(
	body: string,
	mentions: M[],
	isFacility: (m: M) => boolean
): M[] {
	const out: M[] = [];
	const defined = new Map<string, M>();
	// (Only a facility's name of several words: "the Red Cross office in Yerevan (ICRC)" abbreviates no town.)
	for (const m of mentions) {
		if (!isFacility(m) || !body.slice(m.start, m.end).includes(' ')) continue;
		const d = DEFINED.exec(body.slice(m.end, m.end + 12));
		if (d && !defined.has(d[1]!)) defined.set(d[1]!, m);
	}
	for (const [abbr, m] of defined)
		for (let at = body.indexOf(abbr, m.end + 2); at >= 0; at = body.indexOf(abbr, at + abbr.length)) {
			const end = at + abbr.length;
			if (WORD_CHAR.test(body[at - 1] ?? '') || WORD_CHAR.test(body[end] ?? '') || body[at - 1] === '(')
				continue;
			if (mentions.some((x) => x.start < end && at < x.end)) continue;
			out.push({ ...m, start: at, end });
		}
	return out;
}
