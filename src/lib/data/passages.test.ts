import { describe, expect, it } from 'vitest';
import { splitBody } from './passages';
import { quoteRecord } from './__fixtures__/records';

const rec = (start: number, end: number, body: string) =>
	quoteRecord('a', [], { start, end, text: body.slice(start, end) });

describe('splitBody', () => {
	const body = 'He said “we stay” in Baku. Then he left.';

	it('keeps every character exactly once, in order', () => {
		const records = [rec(8, 17, body), rec(0, 26, body), rec(27, 40, body)];
		const runs = splitBody(body, records);
		expect(runs.map((r) => r.text).join('')).toBe(body);
	});

	it('marks each record and nests overlapping ones in one mark', () => {
		const runs = splitBody(body, [rec(8, 17, body), rec(0, 26, body)]);
		const marks = runs.filter((r) => r.kind === 'mark');
		expect(marks).toHaveLength(1);
		expect(marks[0]!.kind === 'mark' && marks[0]!.records.map((r) => r.start)).toEqual([0, 8]);
	});

	it('returns the whole body as text when nothing is marked', () => {
		expect(splitBody(body, [])).toEqual([{ kind: 'text', text: body }]);
	});
});
