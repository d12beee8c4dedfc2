import { foldName, normalize } from '$lib/names/fold';

export interface Run {
	text: string;
	mark: boolean;
}

/**
 * The text cut where the search matches it, for <mark>: the same folding as the search (case,
 * diacritics, dashes), mapped back to the characters as written.
 */
export function markRuns(text: string, query: string): Run[] {
	const q = foldName(query.trim());
	if (!q) return [{ text, mark: false }];
	const { norm, starts, ends } = normalize(text);
	const runs: Run[] = [];
	let last = 0;
	for (let at = norm.indexOf(q); at >= 0; at = norm.indexOf(q, at + q.length)) {
		const start = starts[at]!;
		const end = ends[at + q.length - 1]!;
		if (start < last) continue;
		if (start > last) runs.push({ text: text.slice(last, start), mark: false });
		runs.push({ text: text.slice(start, end), mark: true });
		last = end;
	}
	if (last < text.length) runs.push({ text: text.slice(last), mark: false });
	return runs;
}
