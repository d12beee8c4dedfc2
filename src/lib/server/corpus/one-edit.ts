/**
 * An editor's slip in a long curated name: one letter added, dropped or changed, or two swapped
 * ("Kharabakh", "Nagorno-Karbakh", "Stepanakret"). No romanisation explains these, so the variant key
 * (variants.ts) misses them. Only long names (seven letters or more) are indexed, and the first and
 * last letters must hold: a short name is one letter from too many words, and a letter added at the
 * end makes a demonym ("Armenian" from "Armenia", "Azerbaijani" from "Azerbaijan").
 */
import { aliasKey } from '../../names/fold';
import type { GazetteerEntry } from './matcher';

const VOWEL = /[aeiouy]/;
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Whether two letters are neighbours on a QWERTY keyboard (a row's next key, or one of the two above or below). */
function keyNeighbours(x: string, y: string): boolean {
	const r = ROWS.findIndex((row) => row.includes(x));
	const s = ROWS.findIndex((row) => row.includes(y));
	if (r < 0 || s < 0 || Math.abs(r - s) > 1) return false;
	const c = ROWS[r]!.indexOf(x);
	const d = ROWS[s]!.indexOf(y);
	// Each row sits half a key right of the one above: a key touches the one above at its column and the next.
	return r === s ? Math.abs(c - d) === 1 : s < r ? d === c || d === c + 1 : d === c || d === c - 1;
}
/** The shortest curated name (folded) worth the comparison. */
const MIN_LENGTH = 7;

interface Indexed {
	key: string;
	id: string;
	name: string;
}

export interface OneEditHit {
	/** Every feature one edit away (two or more: the slip could be either, so it is reported). */
	ids: string[];
	/** The curated name of the first. */
	name: string;
}

/** Whether `a` is one edit from `b` (a ≠ b), never at the first or the last letter. */
export function oneEditApart(a: string, b: string): boolean {
	const la = a.length;
	const lb = b.length;
	let i = 0;
	while (i < la && i < lb && a[i] === b[i]) i++;
	if (i === 0) return false;
	if (la === lb) {
		if (i >= la - 1) return false;
		// A letter changed, or two neighbours swapped ("Stepanakret"), both before the last letter. A vowel
		// for a vowel ("Zangelan") is the loose variant key's case, trusted only where a place is named.
		// A consonant changed is a slip only for its neighbour on the keyboard ("Stepanalert"): "Garadagh"
		// for "Garabagh" is another district's name, not a finger's slip.
		if (a.slice(i + 1) === b.slice(i + 1))
			return !(VOWEL.test(a[i]!) && VOWEL.test(b[i]!)) && keyNeighbours(a[i]!, b[i]!);
		return i + 2 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	// A letter added (a is longer) or dropped, not at the end; a long name's last letter may be dropped
	// ("Stepanaker"): what is left is no demonym.
	if (la === lb + 1) return i < la - 1 && a.slice(i + 1) === b.slice(i);
	if (la + 1 === lb) return (i < lb - 1 || la >= MIN_LENGTH) && a.slice(i) === b.slice(i + 1);
	return false;
}

/** An index of the long curated names by length and first letter: a word is compared with few. */
export function oneEditIndex(entries: GazetteerEntry[]): (text: string) => OneEditHit | undefined {
	const buckets = new Map<string, Indexed[]>();
	for (const e of entries) {
		for (const n of e.names) {
			// Posts have descriptive names ("Observation post, northern zone"), not spellings.
			if (e.layer === 'posts' && /\s/.test(n)) continue;
			const key = aliasKey(n);
			if (key.length < MIN_LENGTH) continue;
			const b = `${key.length}${key[0]}`;
			const list = buckets.get(b) ?? [];
			if (!list.some((x) => x.key === key && x.id === e.id)) list.push({ key, id: e.id, name: n });
			buckets.set(b, list);
		}
	}
	// Unknown capitalised words repeat from article to article: each is compared once (bounded).
	const seen = new Map<string, OneEditHit | null>();
	return (text: string) => {
		let hit = seen.get(text);
		if (hit === undefined) {
			hit = find(aliasKey(text));
			if (seen.size > 50_000) seen.clear();
			seen.set(text, hit);
		}
		return hit ?? undefined;
	};
	function find(key: string): OneEditHit | null {
		if (key.length < MIN_LENGTH - 1) return null;
		let hit: OneEditHit | null = null;
		for (let len = key.length - 1; len <= key.length + 1; len++) {
			for (const c of buckets.get(`${len}${key[0]}`) ?? []) {
				if (c.key === key || !oneEditApart(key, c.key)) continue;
				if (!hit) hit = { ids: [c.id], name: c.name };
				else if (!hit.ids.includes(c.id)) hit.ids.push(c.id);
			}
		}
		return hit;
	}
}
