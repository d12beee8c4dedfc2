/**
 * How a piece of text ends, read by char code: the end-anchored attribution patterns are costly when
 * tried at every position, so these cheap tests run first. Split from attribution.ts.
 */
/** JavaScript's \s (WhiteSpace and LineTerminator), by char code. */
export const isSpace = (c: number) =>
	c === 32 ||
	(c >= 9 && c <= 13) ||
	c === 0xa0 ||
	c === 0x1680 ||
	(c >= 0x2000 && c <= 0x200a) ||
	c === 0x2028 ||
	c === 0x2029 ||
	c === 0x202f ||
	c === 0x205f ||
	c === 0x3000 ||
	c === 0xfeff;
/** Where s[0, end) ends once the trailing characters `drop` accepts are left off. */
export function endBefore(s: string, end: number, drop: (c: number) => boolean): number {
	while (end > 0 && drop(s.charCodeAt(end - 1))) end--;
	return end;
}
export const COMMA = 44;
/** Whether `s` ends with the mark `code` (a comma, a colon), whitespace after it aside: /,\s*$/ without trying every position. */
export function endsWithMark(s: string, code: number): boolean {
	return s.charCodeAt(endBefore(s, s.length, isSpace) - 1) === code;
}
/** The last whitespace-free word of s[0, end), ignoring trailing whitespace. */
export function lastWord(s: string, end = s.length): string {
	while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
	let k = end;
	while (k > 0 && !isSpace(s.charCodeAt(k - 1))) k--;
	return s.slice(k, end);
}

/** text[from, to) less a word `to` cuts in two ("… from Azerbaijani mi"). */
export const wholeWords = (text: string, from: number, to: number) =>
	/\p{L}/u.test(text[to] ?? '') ? text.slice(from, to).replace(/\S*$/, '') : text.slice(from, to);
