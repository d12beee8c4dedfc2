/**
 * `text.matchAll(/(?<!P)X/gu)` without the lookbehind, for speed: V8 cannot skip ahead to a
 * candidate when a pattern opens with a lookbehind, and the join runs these scans over every
 * paragraph. `re` is X (flags g and u), `prev` tests the code point before a match (P). The
 * result is the same list of matches: a match rejected at i is retried from i + 1, as the
 * engine would.
 */
export function matchesNotAfter(re: RegExp, prev: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const i = m.index;
		if (i > 0 && prev.test(codePointBefore(text, i))) {
			re.lastIndex = i + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
			continue;
		}
		out.push(m);
		if (m[0] === '') re.lastIndex++;
	}
	return out;
}

/** The code point that ends just before `i` (a surrogate pair counts as one). */
function codePointBefore(text: string, i: number): string {
	const lo = text.charCodeAt(i - 1);
	if (lo >= 0xdc00 && lo <= 0xdfff && i > 1) {
		const hi = text.charCodeAt(i - 2);
		if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
	}
	return text[i - 1]!;
}
