/**
 * Spelling variants of the curated names. The press romanises one Azerbaijani, Armenian or
 * Russian name many ways (Qubadlı, Gubadly, Kubatly; Xocalı, Khojaly, Khodjaly; Cəbrayıl,
 * Jabrayil, Dzhebrail), and no alias list holds them all. A variant key folds the letters that
 * those romanisations trade (c/j/dzh, x/kh/h, q/k/g, t/d, y/i/ı, ə/e/a, sh/ş, doubled letters,
 * Cyrillic), so two spellings of one name share a key. A key shared by two features is ambiguous:
 * the name is reported, never guessed.
 */
import { aliasKey } from '../../names/fold';
import { withSynonyms, type GazetteerEntry } from './matcher';
import { oneEditIndex } from './one-edit';

/** Russian Cyrillic → the English press's Latin (Физули → fizuli, Ходжалы → khodzhaly). */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

/** A Cyrillic letter's Latin spelling (the Russian press's transliteration). */
const fromCyrillic = (c: string) => CYRILLIC[c] ?? c;

/** Letter groups folded to one, longest first so "dzh" is read before "zh" and "h". */
const FOLDS: [RegExp, string][] = [
	// "Агдамский район": the Russian adjective of a town's name is the town.
	[/(?<=[а-яё]{3})ск(?:ии|ий|ая|ое|ого|ои|ой|ом|ие)$/, ''],
	// "the Kelbadzharsky district": the same adjective in the English press's Latin.
	[/(?<=[a-z]{5})sk(?:y|iy|ii|aya|oye|ogo)$/, ''],
	[/[а-яё]/g, fromCyrillic] as unknown as [RegExp, string],
	[/dzh|dj|zh|ch|c/g, 'j'],
	[/kh|x|gh/g, 'h'],
	[/sh|ş/g, 's'],
	[/[qk]/g, 'g'],
	[/t/g, 'd'],
	[/ds/g, 'dz'],
	[/ou/g, 'u'],
	[/[yı]/g, 'i'],
	[/[eə]/g, 'a'],
	[/w/g, 'v'],
	[/([a-z])\1+/g, '$1'],
	// "Karin Tak" = "Karintak"; a long name's final vowel is an ending that romanisations trade (Khojaly/Khojalu).
	[/ /g, ''],
	[/^([a-z]{4,}?)[aiu]$/, '$1a']
];
/** Vowels are the least stable part of a romanised name (Fizuli/Füzuli, Zangelan/Zangilan). */
const VOWELS = /[aiou]+/g;

/**
 * The variant key of a name: its spelling with the romanisation choices folded away. The loose
 * key also folds every vowel: it finds Fizuli for Fuzuli, but also Span for Spain, so it is asked
 * only where the words around already say a place is named ("the village of …").
 */
export function variantKey(name: string, loose = false): string {
	const cache = keys[loose ? 1 : 0]!;
	let k = cache.get(name);
	if (k === undefined) {
		if (cache.size > 50_000) cache.clear();
		cache.set(name, (k = foldVariant(name, loose)));
	}
	return k;
}
/** variantKey's results, strict and loose: fifteen replacements per name, and names repeat (bounded, as aliasKey's cache). */
const keys = [new Map<string, string>(), new Map<string, string>()];

function foldVariant(name: string, loose: boolean): string {
	let k = aliasKey(name);
	for (const [re, to] of FOLDS) k = k.replace(re, to as string);
	return loose ? k.replace(VOWELS, 'a') : k;
}

/** Vowel runs and the letters between them: "fizula" → f, i, z, u, l, a. */
const RUNS = /[aiou]+|[^aiou]+/g;
/** Whether a strict key differs from one of `keys` (same consonants) in one vowel run at most (Fizuli/Fuzuli). */
function oneVowelFrom(key: string, keys: Set<string> | undefined): boolean {
	const runs = key.match(RUNS) ?? [];
	for (const other of keys ?? []) {
		const o = other.match(RUNS) ?? [];
		if (o.length !== runs.length) continue;
		let diff = 0;
		for (let i = 0; i < o.length && diff < 2; i++) if (o[i] !== runs[i]) diff++;
		if (diff < 2) return true;
	}
	return false;
}

/**
 * Romanisations from other languages that one letter swap turns into a curated name: German -ch for
 * -kh ("Nagorno-Karabach"), Ukrainian H for Russian G ("Horis" for Горис, Goris). Trusted only where
 * the swap gives a curated name exactly: folding ch/kh or g/h everywhere would join other words.
 */
const SWAPS: [RegExp, string][] = [
	[/ch\b/g, 'kh'],
	[/\bH(?=[aeiou])/g, 'G'],
	// A final s heard and written as z ("Goriz" for Goris).
	[/z\b/g, 's'],
	// French: tch for ch and a mute final e ("Latchine" for Lachin: both swaps together, below); German tsch ("Latschin").
	[/tsch|tch/g, 'ch'],
	[/(?<=[bdfgklmnprstvz])e\b/g, '']
];
/** "the Bardin districts", "the Fizulin district": a Russian adjective's stem (Бардинский, Физулинский) before a district. */
const ADJECTIVE_STEM: [RegExp, string][] = [
	[/in$/, 'a'],
	[/(?<=i)n$/, ''],
	// The Russian adjective of a district: "Shushinsky" (Shusha), "Fizulinsky" (Fizuli), "Lachinsky" (Lachin).
	[/insk(?:y|iy|i)$/, 'a'],
	[/(?<=i)nsk(?:y|iy|i)$/, ''],
	[/sk(?:y|iy|i)$/, '']
];

/** The shortest key worth comparing: shorter keys (Tegh → dah) collide with ordinary words. */
const MIN_KEY = 4;

export interface VariantHit {
	ids: string[];
	/** The curated name the variant stands for (the first one with this key). */
	name: string;
}

export interface VariantIndex {
	/** The features whose names share the (loose) variant key of `text`, or undefined. */
	lookup(text: string, loose?: boolean): VariantHit | undefined;
	/** The features a Russian adjective's stem names (ask it only before "district"). */
	lookupStem(text: string): VariantHit | undefined;
	/** The features whose long name is one editor's slip from `text` (one-edit.ts): ask it only of a word nothing else knows. */
	oneEdit(text: string): VariantHit | undefined;
}

/** An index of every curated name's variant key (names of every layer, like the matcher). */
export function variantIndex(entries: GazetteerEntry[]): VariantIndex {
	const strict = new Map<string, VariantHit>();
	/** Every curated name by its exact key, for SWAPS. */
	const exact = new Map<string, VariantHit>();
	const loose = new Map<string, VariantHit>();
	/** The strict keys behind each loose key: how far apart the vowels of a loose match are. */
	const strictOf = new Map<string, Set<string>>();
	const fileLoose = (v: string, id: string, name: string) => {
		const key = variantKey(v, true);
		file(loose, key, id, name);
		const set = strictOf.get(key) ?? new Set<string>();
		strictOf.set(key, set.add(variantKey(v)));
	};
	const file = (map: Map<string, VariantHit>, key: string, id: string, name: string) => {
		if (key.length < MIN_KEY) return;
		const hit = map.get(key);
		if (!hit) map.set(key, { ids: [id], name });
		else if (!hit.ids.includes(id)) hit.ids.push(id);
	};
	const transliterated: [string, string][] = [];
	/** A Russian name's plain Latin spelling ("Тех" → "Tekh"), whatever its key's length: the Russian press's spelling. */
	const latin = new Map<string, VariantHit>();
	// Posts have descriptive names ("Observation post, northern zone (3 of 11)"), not spellings;
	// a post's one-word name is a spelling (Khudavang, which the press also writes Khudawang).
	for (const e of entries) {
		for (const n of e.names) {
			if (e.layer === 'posts' && /\s/.test(n)) continue;
			// Azerbaijani ğ folds to gh (Ağdam = Aghdam, Qarabağ ~ Karabagh), but text without
			// diacritics often writes it g (Tagavard for Tağaverd, Agdere for Ağdərə): both spellings.
			const names = /[ğĞ]/.test(n) ? [n, n.replace(/[ğĞ]/g, 'g')] : [n];
			for (const v of names.flatMap(withSynonyms)) {
				file(exact, aliasKey(v), e.id, n);
				file(strict, variantKey(v), e.id, n);
				fileLoose(v, e.id, n);
			}
			if (/gh/i.test(n)) transliterated.push([e.id, n]);
			const russian = /[а-яё]/i.test(n) ? aliasKey(n.toLowerCase().replace(/[а-яё]/g, fromCyrillic)) : '';
			if (russian && !latin.has(russian)) latin.set(russian, { ids: [e.id], name: n });
		}
	}
	// Armenian ղ, romanised gh, is г in Russian and g in its transliteration (Aghavno, Агавно, Agavno):
	// filed after every curated spelling, so a key they already hold keeps its name.
	for (const [id, n] of transliterated) {
		const g = n.replace(/gh/gi, 'g');
		file(strict, variantKey(g), id, n);
		fileLoose(g, id, n);
	}
	const oneEdit = oneEditIndex(entries);
	// Capitalised words repeat from article to article: each is folded once (bounded, as aliasKey's cache).
	const seen = [new Map<string, VariantHit | null>(), new Map<string, VariantHit | null>()];
	return {
		lookup(text: string, isLoose = false) {
			if (text.length < MIN_KEY) return undefined;
			const cache = seen[isLoose ? 1 : 0]!;
			let hit = cache.get(text);
			if (hit === undefined) {
				const key = variantKey(text, isLoose);
				hit =
					(key.length < MIN_KEY ? undefined : (isLoose ? loose : strict).get(key)) ??
					(isLoose ? undefined : (swapped(text) ?? latin.get(aliasKey(text)))) ??
					null;
				// "Hacili" is no spelling of Hocalı (Khojaly): a loose match changes one vowel at most.
				if (hit && isLoose && !oneVowelFrom(variantKey(text), strictOf.get(key))) hit = null;
				if (cache.size > 50_000) cache.clear();
				cache.set(text, hit);
			}
			return hit ?? undefined;
		},
		lookupStem(text: string) {
			for (const [re, to] of ADJECTIVE_STEM) {
				const hit = re.test(text) ? this.lookup(text.replace(re, to)) : undefined;
				if (hit) return hit;
			}
			return undefined;
		},
		oneEdit
	};
	function swapped(text: string): VariantHit | undefined {
		let all = text;
		for (const [re, to] of SWAPS) {
			const alt = text.replace(re, to);
			const hit = alt === text ? undefined : exact.get(aliasKey(alt));
			if (hit) return hit;
			all = all.replace(re, to);
		}
		return all === text ? undefined : exact.get(aliasKey(all));
	}
}
