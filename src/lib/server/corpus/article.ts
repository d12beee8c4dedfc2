/**
 * The article file format: `key: value` header lines, one blank line, then the body verbatim.
 * Parsing works on bytes so that a non-UTF-8 file is refused instead of silently repaired, and
 * the body checksum is taken over exactly the bytes that follow the blank line.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../../data/types';
import { isHttpUrl, isIsoDate, isSlug } from '../../model/rules';
import { firstInvisible } from '../../text/invisible';

/** A body over this many bytes is refused: news articles are a few KB, 1 MB means a wrong file. */
export const MAX_BODY_BYTES = 1_000_000;

/** Header keys in the order they are written back (`id` comes from the file name, never written). */
const ORDER = [
	'title',
	'source',
	'date',
	'url',
	'date_note',
	'title_note',
	'source_note',
	'seed_file',
	'sha256'
] as const;
/** Every header key the format knows; anything else is refused so typos don't pass silently. */
export const HEADER_KEYS = ['id', ...ORDER] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];
const REQUIRED: HeaderKey[] = ['title', 'source', 'date'];

/**
 * The most characters each header value may have. Every value is shown on a page or becomes a file
 * name (the id), so each has a limit, as the body has: a 2 MB title is a wrong file, and an id over
 * ~250 bytes cannot be a file name at all.
 */
export const HEADER_LIMITS: Record<HeaderKey, number> = {
	id: 100,
	title: 300,
	source: 200,
	date: 10,
	url: 2000,
	date_note: 1000,
	title_note: 1000,
	source_note: 1000,
	seed_file: 200,
	sha256: 64
};
/** Bytes a whole header can take within those limits (4 bytes a character at worst, key and newline). */
export const MAX_HEADER_BYTES = Object.entries(HEADER_LIMITS).reduce(
	(n, [k, max]) => n + k.length + 3 + 4 * max,
	3
);
/** The most bytes an article file may have; a reader stops there (see readBounded in files.ts). */
export const MAX_FILE_BYTES = MAX_HEADER_BYTES + MAX_BODY_BYTES;

/**
 * The plausible range of publication dates. Before 1988 there was no Karabakh movement to report,
 * and "tomorrow" (UTC) leaves room for an outlet a time zone ahead: 0000-01-01 and 2099-12-31 are
 * typos or junk, not news about this mission.
 */
export const EARLIEST_DATE = '1988-01-01';
export const latestDate = (now = new Date()) =>
	new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);

export interface ParsedArticle {
	/** Everything the page needs except `periods`, which the join adds. */
	meta: Omit<ArticleMeta, 'periods'>;
	/** The body, byte-for-byte what follows the blank line (decoded). */
	body: string;
	file: string;
	/** sha256 (hex) of the body bytes. */
	sha256: string;
	header: Partial<Record<HeaderKey, string>>;
}

export class ArticleError extends Error {}

export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * The checksum of a body with line endings and runs of whitespace folded: a CRLF copy, or one
 * re-wrapped by an editor, is the same article and must not enter the corpus twice.
 */
export function foldedSha256(body: string): string {
	return sha256(body.replace(/\s+/g, ' ').trim());
}

/** Offset of the first byte that breaks UTF-8, or -1. TextDecoder's fatal mode can't say where. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		const n =
			b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		// Overlong forms, surrogates and code points past U+10FFFF.
		const c = bytes[i + 1] ?? 0;
		if (
			(b === 0xe0 && c < 0xa0) ||
			(b === 0xed && c >= 0xa0) ||
			(b === 0xf0 && c < 0x90) ||
			(b === 0xf4 && c >= 0x90)
		)
			return i;
		i += n + 1;
	}
	return -1;
}

export function slugify(s: string, maxWords = 6): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, maxWords)
		.join('-');
}

/** The id an article gets when its header has none: date, outlet, first words of the title. */
export function deriveId(header: Partial<Record<HeaderKey, string>>): string {
	const source = slugify(header.source ?? '', 1) || 'unknown';
	const id = [header.date ?? '', source, slugify(header.title ?? '', 5)].filter(Boolean).join('-');
	// A one-word 300-character title must not make an id too long for the id limit (a file name).
	return id.length <= HEADER_LIMITS.id ? id : id.slice(0, HEADER_LIMITS.id).replace(/-+[^-]*$/, '');
}

/**
 * Parse one article file. `idFromFile` (corpus files) makes the file name the id; for ingest the
 * header `id` or a derived one is used. Throws ArticleError with a message an editor can act on.
 */
export function parseArticle(bytes: Uint8Array, file: string, idFromFile?: string): ParsedArticle {
	if (bytes.length === 0) throw new ArticleError('file is empty');
	// The native check is ~20× faster; the byte-by-byte one only runs to say where a bad file breaks.
	if (!isUtf8(bytes)) {
		const bad = firstInvalidUtf8(bytes);
		throw new ArticleError(`not valid UTF-8 (first bad byte at offset ${bad}); save it as UTF-8`);
	}
	// A view, not a copy: the text of a header line or the body is decoded straight from `bytes`.
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// A UTF-8 byte-order mark is editor noise before the header, not part of the body.
	let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const header: Partial<Record<HeaderKey, string>> = {};
	/** Header line of each key, so a message can say where to look. */
	const lineOf: Partial<Record<HeaderKey, number>> = {};
	const at = (key: HeaderKey) => ` (header line ${lineOf[key]})`;
	let line = 0;
	for (;;) {
		const nl = bytes.indexOf(0x0a, pos);
		line++;
		if (nl < 0) {
			throw new ArticleError(
				line === 1 && pos >= bytes.length
					? 'file is empty'
					: 'no blank line after the header: the header must end with one empty line before the body'
			);
		}
		const text = buf.toString('utf8', pos, nl).replace(/\r$/, '');
		pos = nl + 1;
		if (text === '') break;
		// `s`: a line separator (U+2028) inside a value is the invisible-character rule's to refuse, by name.
		const m = /^([A-Za-z_][\w-]*):(?: (.*))?$/s.exec(text);
		if (!m) {
			throw new ArticleError(
				line === 1
					? `line 1 is not a header line ("key: value"): the file must start with title, source and date`
					: `no blank line after the header: line ${line} ("${text.slice(0, 40)}") is not "key: value"`
			);
		}
		const key = m[1]!.toLowerCase() as HeaderKey;
		if (!HEADER_KEYS.includes(key)) {
			throw new ArticleError(
				`unknown header key "${m[1]}" on line ${line} (known: ${HEADER_KEYS.join(', ')})`
			);
		}
		if (key in header)
			throw new ArticleError(`header key "${key}" appears twice (lines ${lineOf[key]} and ${line})`);
		header[key] = (m[2] ?? '').trim();
		lineOf[key] = line;
		const length = [...header[key]].length;
		if (length > HEADER_LIMITS[key]) {
			throw new ArticleError(
				`${key}: ${length} characters, over the limit of ${HEADER_LIMITS[key]}${at(key)}`
			);
		}
		const bad = firstInvisible(header[key]);
		if (bad) {
			throw new ArticleError(
				`${key}: contains the invisible or control character ${bad.code} at column ${bad.column}${at(key)}; remove it`
			);
		}
	}
	for (const key of REQUIRED) {
		if (!header[key]) throw new ArticleError(`missing header "${key}"`);
	}
	if (!isIsoDate(header.date!)) {
		throw new ArticleError(
			`date "${header.date}" is not a real calendar date in the form YYYY-MM-DD${at('date')}`
		);
	}
	const latest = latestDate();
	if (header.date! < EARLIEST_DATE || header.date! > latest) {
		throw new ArticleError(
			`date ${header.date} is outside the plausible range ${EARLIEST_DATE} to ${latest} (tomorrow)${at('date')}`
		);
	}
	// The outlet's name is shown beside every quote and makes the id; a link there would read
	// "https" on the map and in the file name.
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(header.source!)) {
		throw new ArticleError(
			`source "${header.source}" is a link: write the outlet's name (for example "TASS") as source, and the link as url${at('source')}`
		);
	}
	// Only http(s) URLs are accepted, so nothing else can ever become a link (the reader checks again).
	if (header.url && !isHttpUrl(header.url)) {
		throw new ArticleError(`url "${header.url}" is not an http(s) URL${at('url')}`);
	}
	const bodyBytes = bytes.subarray(pos);
	if (bodyBytes.length > MAX_BODY_BYTES) {
		throw new ArticleError(`body is ${bodyBytes.length} bytes, over the limit of ${MAX_BODY_BYTES}`);
	}
	const body = buf.toString('utf8', pos);
	if (body.trim() === '') throw new ArticleError('the body after the header is empty');
	const sum = sha256(bodyBytes);
	if (header.sha256 && header.sha256 !== sum) {
		throw new ArticleError(
			`body checksum ${sum.slice(0, 12)}… does not match the header sha256 ${header.sha256.slice(0, 12)}…: the body was edited`
		);
	}
	const id = idFromFile ?? header.id ?? deriveId(header);
	if (id.length > HEADER_LIMITS.id)
		throw new ArticleError(`id: ${id.length} characters, over the limit of ${HEADER_LIMITS.id}`);
	if (!isSlug(id)) throw new ArticleError(`id "${id}" must be a lowercase ASCII slug`);
	if (idFromFile && header.id && header.id !== idFromFile) {
		throw new ArticleError(`header id "${header.id}" differs from the file name "${idFromFile}"`);
	}
	return {
		meta: {
			id,
			title: header.title!,
			source: header.source!,
			date: header.date!,
			date_note: header.date_note || null,
			url: header.url || null
		},
		body,
		file,
		sha256: sum,
		header
	};
}

/** Write an article file: the header in a fixed order with the body's checksum, blank line, body. */
export function formatArticle(header: Partial<Record<HeaderKey, string>>, body: string): string {
	const h = { ...header, sha256: sha256(body) };
	const lines = ORDER.filter((k) => h[k]).map((k) => `${k}: ${h[k]}`);
	return `${lines.join('\n')}\n\n${body}`;
}
