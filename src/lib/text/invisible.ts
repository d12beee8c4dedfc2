/**
 * The one rule for characters that header values (ingest), geodata names, aliases and
 * descriptions may not hold. Invisible or control characters let two identical-looking names
 * differ (escaping the duplicate checks and the matcher), reorder what a reader sees (U+202E,
 * "Trojan Source"), or act on the editor's terminal (escape sequences) when ingest prints them.
 *
 * By Unicode category rather than a hand list, so no member of a class is forgotten:
 * - Cc: C0 and C1 controls and DEL (tab and newline too: no single-line value needs them);
 * - Cf: format characters — soft hyphen, Arabic letter mark, zero-width space/joiner/non-joiner,
 *   LRM/RLM, bidi embeddings, overrides and isolates, word joiner, BOM, interlinear annotation,
 *   tag characters (U+E0000 block);
 * - Zl, Zp: the line and paragraph separators, which break a line without looking like \n.
 * Article bodies are verbatim by rule and keep whatever they hold.
 */
export const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** "U+202E" for one character. */
export const codePoint = (ch: string) =>
	`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first forbidden character of `s` as "U+XXXX" with its column (1-based, in UTF-16 units), or null. */
export function firstInvisible(s: string): { code: string; column: number } | null {
	const m = INVISIBLE_OR_CONTROL.exec(s);
	return m ? { code: codePoint(m[0]), column: m.index + 1 } : null;
}

const EVERY = new RegExp(INVISIBLE_OR_CONTROL.source, 'gu');
/**
 * `s` with every character of the rule shown as `\u{…}`, except line breaks and tabs: what the
 * ingest report prints from a body (which keeps them verbatim), so an escape sequence cannot act on
 * the editor's terminal, an override cannot reorder the report, and an invisible one is seen.
 */
export const showInvisible = (s: string) =>
	s.replace(EVERY, (c) =>
		c === '\n' || c === '\t' ? c : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`
	);
