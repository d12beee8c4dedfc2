/**
 * Text normalisation for name matching, with every normalised character mapped back to its span
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

const cache = new Map<string, string>();

/** Normalised form of one non-ASCII code point: letters, ' ', "'" or '|'. */
function foldChar(ch: string): string {
	let out = cache.get(ch);
	if (out !== undefined) return out;
	if (APOSTROPHES.has(ch)) out = "'";
	else if (/[\s\p{Pd}]/u.test(ch)) out = ' ';
	else {
		const lower = ch.toLowerCase();
		const folded = (SPECIAL[lower] ?? lower.normalize('NFD')).replace(/\p{M}/gu, '');
		out = /^[\p{L}\p{N}]+$/u.test(folded) ? folded : '|';
	}
	cache.set(ch, out);
	return out;
}

const SPACE = 32;
const decoder = new TextDecoder('utf-16le');

export function normalize(text: string): Normalized {
	const n = text.length;
	// Most characters map to one unit; SPECIAL may double a few, so buffers grow on demand.
	let codes = new Uint16Array(n + 8);
	let starts = new Int32Array(n + 8);
	let ends = new Int32Array(n + 8);
	let k = 0;
	const push = (c: number, s: number, e: number) => {
		if (c === SPACE && k > 0 && codes[k - 1] === SPACE) {
			ends[k - 1] = e; // collapse runs of spaces and dashes
			return;
		}
		if (k >= codes.length) {
			const c2 = new Uint16Array(codes.length * 2);
			const s2 = new Int32Array(codes.length * 2);
			const e2 = new Int32Array(codes.length * 2);
			c2.set(codes);
			s2.set(starts);
			e2.set(ends);
			[codes, starts, ends] = [c2, s2, e2];
		}
		codes[k] = c;
		starts[k] = s;
		ends[k] = e;
		k++;
	};
	for (let i = 0; i < n; ) {
		const code = text.charCodeAt(i);
		if (code < 128) {
			// ASCII fast path: the bulk of English news text.
			let c: number;
			if (code >= 65 && code <= 90) c = code + 32;
			else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) c = code;
			else if (code === 32 || code === 45 || (code >= 9 && code <= 13)) c = SPACE;
			else if (code === 39 || code === 96) c = 39;
			else c = 124; // '|'
			push(c, i, i + 1);
			i++;
			continue;
		}
		const len = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
		const folded = foldChar(text.slice(i, i + len));
		for (let j = 0; j < folded.length; j++) push(folded.charCodeAt(j), i, i + len);
		i += len;
	}
	const norm = decoder.decode(codes.subarray(0, k));
	return { norm, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The key an alias is stored under: normalised, apostrophes dropped, trimmed. */
const keys = new Map<string, string>();
export function aliasKey(alias: string): string {
	let key = keys.get(alias);
	if (key === undefined) {
		key = normalize(alias).norm.replace(/'/g, '').replace(/\|/g, ' ').replace(/ +/g, ' ').trim();
		// Names repeat across articles; the cap keeps a long ingest run from growing without bound.
		if (keys.size > 50_000) keys.clear();
		keys.set(alias, key);
	}
	return key;
}
