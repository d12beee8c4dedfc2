// Span arithmetic on article offsets, shared by the metric families.
import type { Located } from './gold';
import type { EngineSpan } from './engine';

export const overlaps = (a: EngineSpan, b: EngineSpan) => a.start < b.end && b.start < a.end;
export const within = (a: EngineSpan, b: EngineSpan) => a.start >= b.start && a.end <= b.end;
export const overlap = (a: EngineSpan, b: EngineSpan) =>
	Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The sentence (or line) around body[start, end), for a miss report. */
export function sentenceAround(body: string, start: number, end: number): string {
	let a = start;
	while (a > 0 && a > start - 300 && !/[.!?\n]/.test(body[a - 1]!)) a--;
	let b = end;
	while (b < body.length && b < end + 300 && !/[.!?\n]/.test(body[b]!)) b++;
	if (b < body.length && body[b] !== '\n') b++;
	return body.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** For tests and reports: a located span of `text` (first occurrence) in `body`. */
export function spanOf(body: string, text: string, nth = 1): Located {
	let at = -1;
	for (let k = 0; k < nth; k++) at = body.indexOf(text, at + 1);
	if (at < 0) throw new Error(`"${text}" (${nth}) not in body`);
	return { start: at, end: at + text.length, text };
}
