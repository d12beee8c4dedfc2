/**
 * The place-name matcher: every name and alias of the gazetteer goes into ONE trie over
 * normalised text, and a text is scanned once, trying the trie only at word starts and keeping
 * the longest name that ends on a word boundary. Cost is linear in the text, not in the number
 * of places (a regex per place would be 10,000 articles × N places).
 */
import { bbox } from '@turf/bbox';
import type { Geodata } from '../../data/types';
import { aliasKey, normalizeCodes } from '../../names/fold';
import { CASE_ENDINGS } from './words';

export type GazetteerLayer = 'places' | 'lines' | 'posts';

export interface GazetteerEntry {
	id: string;
	name: string;
	layer: GazetteerLayer;
	/** `name`, `contested_name` and `aliases`, as written. */
	names: string[];
	/** The other side's name of a contested place: a name, not an alias. */
	contested?: string | null;
	/** The feature's kind (town, base, corridor…): a settlement's name inside a facility's is part of it. */
	kind?: string;
	valid_from?: string | null;
	valid_to?: string | null;
	/** The version it moved on from (the corridor's 2022 road replaces its 2020 road): one feature, moved. */
	replaces?: string | null;
	/** The day the press could first name it, before `valid_from` (geodata/README.md). */
	named_from?: string | null;
	/** [lon, lat] of a point feature (a settlement): where a name the text places elsewhere is not. */
	point?: [number, number];
	/** [west, south, east, north] of a line or an area: which towns a road named by its ends can pass. */
	box?: [number, number, number, number];
}

export interface PlaceMatch {
	/** Original offsets of the matched name. */
	start: number;
	end: number;
	/** Place ids the name stands for (usually one). */
	ids: string[];
}

/** How a mention was tied to its feature: the trace the reader and the ingest report show. */
export type MatchKind = 'name' | 'alias' | 'variant' | 'bracketed' | 'correction';

export interface MatchLabel {
	/** The curated name the text matched ("Choucha", an alias of Shusha). */
	name: string;
	how: MatchKind;
}

export interface Matcher {
	match(text: string): PlaceMatch[];
	/** Which of `id`'s curated names the matched text `text` is, and whether it is the name or an alias. */
	label(text: string, id: string): MatchLabel;
	/** Number of distinct normalised names compiled. */
	readonly size: number;
	/** The entries by id, for disambiguation by date. */
	readonly entries: Map<string, GazetteerEntry>;
}

/** When two features share a name, places win over lines and lines over posts. */
const LAYER_RANK: Record<GazetteerLayer, number> = { places: 0, lines: 1, posts: 2 };

/**
 * Head words that the press swaps freely: a curated "Goris–Stepanakert highway" is also the
 * "Goris–Stepanakert road". Each name ending in one of a group answers to the others.
 */
const HEAD_SYNONYMS: string[][] = [
	['highway', 'road', 'route', 'motorway'],
	['checkpoint', 'check-point', 'checkpost', 'border checkpoint', 'border crossing'],
	['centre', 'center'],
	['military base', 'base']
];

/** A name with its head word swapped for each synonym. */
export function withSynonyms(name: string): string[] {
	const out = [name];
	for (const group of HEAD_SYNONYMS) {
		for (const head of group) {
			const re = new RegExp(`\\b${head}$`, 'i');
			if (!re.test(name)) continue;
			for (const other of group) if (other !== head) out.push(name.replace(re, other));
			return out;
		}
	}
	return out;
}

/** All names of the curated layers (posts last: they often borrow a nearby village's name). */
export function gazetteerFrom(geodata: Pick<Geodata, 'places' | 'lines' | 'posts'>): GazetteerEntry[] {
	const out: GazetteerEntry[] = [];
	for (const layer of ['places', 'lines', 'posts'] as const) {
		for (const f of geodata[layer]?.features ?? []) {
			const p = f.properties;
			const names = [p.name, p.contested_name ?? '', ...(p.aliases ?? [])].filter((s) => s && s.trim());
			const g = f.geometry;
			const point =
				g?.type === 'Point' ? ([g.coordinates[0], g.coordinates[1]] as [number, number]) : undefined;
			const box = g && g.type !== 'Point' ? (bbox(g) as [number, number, number, number]) : undefined;
			out.push({
				id: p.id,
				name: p.name,
				layer,
				names,
				contested: p.contested_name,
				kind: p.kind,
				valid_from: p.valid_from,
				named_from: p.named_from,
				valid_to: p.valid_to,
				replaces: p.replaces,
				point,
				box
			});
		}
	}
	return out;
}

const SP = 32;
const BAR = 124;
const APOS = 39;
const S = 115;
const isWord = (c: number) => c !== SP && c !== BAR && c !== APOS;

/**
 * A name may end before a space, punctuation, the text's end (normalizeCodes marks it with '|'),
 * a closing quote, a possessive 's or a Turkish case ending ("Şuşa'da").
 */
function boundaryAfter(codes: Uint16Array, j: number): boolean {
	const c = codes[j]!;
	if (c !== APOS) return !isWord(c);
	if (!isWord(codes[j + 1]!) || (codes[j + 1] === S && !isWord(codes[j + 2]!))) return true;
	let k = j + 1;
	while (k < j + 6 && isWord(codes[k]!)) k++;
	return !isWord(codes[k]!) && CASE_ENDINGS.has(String.fromCharCode(...codes.subarray(j + 1, k)));
}

/**
 * The trie as one table, `children[node * width + symbol]` (0: no child; node 0 is the root), with
 * a column per character that occurs in some name: the walk runs at every word start, and a table
 * walked ~15 % faster than an object per node holding a 128-slot array.
 */
class Trie {
	/** Column of an ASCII code; 0: in no name. */
	readonly ascii = new Int32Array(128);
	/** Columns of the other characters. */
	readonly other = new Map<number, number>();
	readonly width: number;
	children: Int32Array;
	/** Ids for a name ending at a node, best layer first, and that layer's rank. */
	readonly ids: (string[] | undefined)[] = [undefined];
	readonly ranks: number[] = [Infinity];

	constructor(keys: string[]) {
		let width = 1;
		for (const key of keys) {
			for (let i = 0; i < key.length; i++) {
				const c = key.charCodeAt(i);
				if (c < 128 && this.ascii[c] === 0) this.ascii[c] = width++;
				else if (c >= 128 && !this.other.has(c)) this.other.set(c, width++);
			}
		}
		this.width = width;
		this.children = new Int32Array(width * 64);
	}

	/** Files `id` under `key`; a name shared across layers keeps the best layer's ids only. */
	add(key: string, id: string, rank: number): void {
		let node = 0;
		for (let i = 0; i < key.length; i++) {
			const c = key.charCodeAt(i);
			const at = node * this.width + (c < 128 ? this.ascii[c]! : this.other.get(c)!);
			if (this.children[at] === 0) {
				if ((this.ids.length + 1) * this.width > this.children.length) {
					const grown = new Int32Array(this.children.length * 2);
					grown.set(this.children);
					this.children = grown;
				}
				this.children[at] = this.ids.length;
				this.ids.push(undefined);
				this.ranks.push(Infinity);
			}
			node = this.children[at]!;
		}
		const ids = this.ids[node];
		if (!ids || rank < this.ranks[node]!) {
			this.ids[node] = [id];
			this.ranks[node] = rank;
		} else if (rank === this.ranks[node] && !ids.includes(id)) ids.push(id);
	}
}

export function compileMatcher(entries: GazetteerEntry[]): Matcher {
	// One-letter keys would match initials; they are never meant as places.
	const keyed = entries.map((e) => ({
		e,
		keys: e.names
			.flatMap(withSynonyms)
			.map(aliasKey)
			.filter((k) => k.length >= 2)
	}));
	// The label of each (key, id): which curated name it is, and whether the feature's own name.
	const labels = new Map<string, MatchLabel>();
	for (const e of entries) {
		for (const n of e.names) {
			const how = n === e.name || n === e.contested ? 'name' : 'alias';
			for (const v of withSynonyms(n)) {
				const k = `${aliasKey(v)}\u0000${e.id}`;
				if (!labels.has(k)) labels.set(k, { name: n, how });
			}
		}
	}
	const trie = new Trie(keyed.flatMap((k) => k.keys));
	for (const { e, keys } of keyed) for (const key of keys) trie.add(key, e.id, LAYER_RANK[e.layer]);
	const { ascii, other, width, children, ids } = trie;
	const size = ids.filter(Boolean).length;

	function match(text: string): PlaceMatch[] {
		const { codes, starts, ends, length: n } = normalizeCodes(text);
		const out: PlaceMatch[] = [];
		let i = 0;
		while (i < n) {
			// Every try ends on a non-word character, so the next word character starts a word.
			if (!isWord(codes[i]!)) {
				i++;
				continue;
			}
			let node = 0;
			let bestEnd = -1;
			let bestIds: string[] | undefined;
			for (let j = i; j < n;) {
				const c = codes[j]!;
				// Apostrophes inside a name are ignored: O’Brien = OBrien, Shush'i = Shushi.
				if (c === APOS) {
					j++;
					continue;
				}
				const symbol = c < 128 ? ascii[c]! : (other.get(c) ?? 0);
				if (symbol === 0 || (node = children[node * width + symbol]!) === 0) break;
				j++;
				if (ids[node] && boundaryAfter(codes, j)) {
					bestEnd = j;
					bestIds = ids[node];
				}
			}
			if (bestIds) {
				out.push({ start: starts[i]!, end: ends[bestEnd - 1]!, ids: bestIds });
				i = bestEnd;
			} else {
				while (isWord(codes[i]!)) i++;
			}
		}
		return out;
	}

	// Mentions repeat from article to article: each (text, id) is folded once (bounded, as aliasKey's cache).
	// By id, then text: a key joined from both was a new string to hash on every call.
	const labelled = new Map<string, Map<string, MatchLabel>>();
	let cached = 0;
	function label(text: string, id: string): MatchLabel {
		let byText = labelled.get(id);
		if (!byText) labelled.set(id, (byText = new Map()));
		let hit = byText.get(text);
		if (!hit) {
			hit = labels.get(`${aliasKey(text)}\u0000${id}`) ?? { name: text, how: 'alias' };
			if (++cached > 50_000) {
				labelled.clear();
				labelled.set(id, (byText = new Map()));
				cached = 1;
			}
			byText.set(text, hit);
		}
		return hit;
	}

	return { match, label, size, entries: new Map(entries.map((e) => [e.id, e])) };
}
