/**
 * Text normalisation for name matching (build, pipeline and browser: no Node API), with every normalised character mapped back to its span
 * in the original text so a match can be reported as original offsets.
 *
 * In the normalised string: letters and digits are lower-cased without diacritics; apostrophes
 * (' ’ ‘ ʼ `) become "'"; whitespace and dashes become one ' ' (so "Nagorno-Karabakh" matches
 * "Nagorno Karabakh"); any other character becomes '|', a word boundary that no alias contains.
 */

export interface Normalized {
	norm: string;
	/** Original offset where the i-th normalised character starts. */
	starts: Int32Array;
	/** Original offset where the i-th normalised character ends (exclusive). */
	ends: Int32Array;
}

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', 'ʻ', '`', '´', '′']);
/** Letters NFD does not decompose, spelled as the press transliterates them (Xankəndi → xankendi). */
const SPECIAL: Record<string, string> = { ə: 'e', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
/** NFD reads Azerbaijani ğ as g, but the press writes gh (Ağdam → Aghdam, Qarabağ → Garabagh). */
SPECIAL['ğ'] = 'gh';

/** Folded forms by code point: news text repeats the same few curly quotes, dashes and letters. */
const folds = new Map<number, string>();

/** Normalised form of one non-ASCII code point: letters, ' ', "'" or '|'. */
function foldChar(ch: string): string {
	if (APOSTROPHES.has(ch)) return "'";
	if (/[\s\p{Pd}]/u.test(ch)) return ' ';
	const lower = ch.toLowerCase();
	const folded = (SPECIAL[lower] ?? lower.normalize('NFD')).replace(/\p{M}/gu, '');
	return /^[\p{L}\p{N}]+$/u.test(folded) ? folded : '|';
}

const SPACE = 32;
const BAR = 124;
/** ASCII by code: the bulk of English news text, folded without a lookup in `folds`. */
const ASCII = Uint16Array.from({ length: 128 }, (_, code) => {
	if (code >= 65 && code <= 90) return code + 32;
	if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
	if (code === 32 || code === 45 || (code >= 9 && code <= 13)) return SPACE;
	if (code === 39 || code === 96) return 39;
	return BAR;
});
const decoder = new TextDecoder('utf-16le');

/** `normalize` before it becomes a string: what the matcher reads, one code at a time. */
export interface NormalizedCodes {
	/** The normalised characters; codes[length] and codes[length + 1] are '|' (a reader may look past the end). */
	codes: Uint16Array;
	starts: Int32Array;
	ends: Int32Array;
	length: number;
}

/**
 * Buffers reused from call to call (sized for the longest text yet): three fresh typed arrays per
 * article were a steady cost.
 */
let scratch = { codes: new Uint16Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };

/**
 * The normalised codes of `text`, in buffers that the next call overwrites: read them before
 * normalising anything else (the matcher does), or copy them (`normalize` does).
 */
export function normalizeCodes(text: string): NormalizedCodes {
	const n = text.length;
	// Room for the rest of the text plus the two end marks; SPECIAL may double a few characters.
	if (scratch.codes.length < n + 8) {
		const size = Math.max(n + 8, scratch.codes.length * 2);
		scratch = { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) };
	}
	let { codes, starts, ends } = scratch;
	let k = 0;
	for (let i = 0; i < n;) {
		const code = text.charCodeAt(i);
		if (code < 128) {
			const c = ASCII[code]!;
			// Runs of spaces and dashes collapse into one space.
			if (c === SPACE && k > 0 && codes[k - 1] === SPACE) ends[k - 1] = i + 1;
			else {
				codes[k] = c;
				starts[k] = i;
				ends[k] = i + 1;
				k++;
			}
			i++;
			continue;
		}
		const len = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
		const point = len === 2 ? text.codePointAt(i)! : code;
		let folded = folds.get(point);
		if (folded === undefined) {
			folded = foldChar(text.slice(i, i + len));
			// A lone surrogate has no code point of its own: its fold depends on the unit after it.
			if (point < 0xd800 || point > 0xdfff) folds.set(point, folded);
		}
		const need = k + folded.length + (n - i - len) + 2;
		if (need > codes.length) {
			const size = Math.max(need, codes.length * 2);
			const [c2, s2, e2] = [new Uint16Array(size), new Int32Array(size), new Int32Array(size)];
			c2.set(codes);
			s2.set(starts);
			e2.set(ends);
			scratch = { codes: c2, starts: s2, ends: e2 };
			({ codes, starts, ends } = scratch);
		}
		for (let j = 0; j < folded.length; j++) {
			const c = folded.charCodeAt(j);
			if (c === SPACE && k > 0 && codes[k - 1] === SPACE) ends[k - 1] = i + len;
			else {
				codes[k] = c;
				starts[k] = i;
				ends[k] = i + len;
				k++;
			}
		}
		i += len;
	}
	codes[k] = BAR;
	codes[k + 1] = BAR;
	return { codes, starts, ends, length: k };
}

export function normalize(text: string): Normalized {
	const { codes, starts, ends, length } = normalizeCodes(text);
	const norm = decoder.decode(codes.subarray(0, length));
	return { norm, starts: starts.slice(0, length), ends: ends.slice(0, length) };
}

/**
 * THE folding of a name: case, diacritics (ə → e, ı → i), dashes, spaces and apostrophes fold
 * away, any other punctuation becomes a space. The geodata name check, the matcher and the search
 * all compare names by this key, so a name that validates is a name that matches.
 */
export function foldName(name: string): string {
	const norm = normalize(name).norm;
	// "U.S.", "U.K.": an initialism keeps its full stops (as '|', what the text folds them to), or it
	// would fold to "u s" and never meet the text's "u|s|"; dropping them would make it the word "us".
	if (INITIALISM.test(name)) return norm;
	return norm.replace(/'/g, '').replace(/\|/g, ' ').replace(/ +/g, ' ').trim();
}
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

/** foldName, cached: the join folds the same names over and over. */
const keys = new Map<string, string>();
export function aliasKey(alias: string): string {
	let key = keys.get(alias);
	if (key === undefined) {
		key = foldName(alias);
		// Names repeat across articles; the cap keeps a long ingest run from growing without bound.
		if (keys.size > 50_000) keys.clear();
		keys.set(alias, key);
	}
	return key;
}
