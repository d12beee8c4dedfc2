import { describe, expect, it } from 'vitest';
import { arrived, pairedRatios } from './assemble';
import { summaryLine, table, type Row } from './report';

const rows: Row[] = [
	{ figure: '1. map idle, site (ms)', value: '3000', target: '', pass: null },
	{ figure: '1. site / baseline (medians)', value: '1.20', target: '≤ 1.10', pass: false },
	{ figure: '3. … app + framework + data', value: '50 KB', target: '≤ 45 KB', pass: false },
	{ figure: '4. … toggle / baseline frame (medians)', value: '0.8', target: '≤ 1.0×', pass: true }
];

describe('bench report', () => {
	it('ends with one line: targets met, and the figures that missed', () => {
		expect(summaryLine(rows)).toBe(
			'bench: 1 of 3 targets met; missed: 1. site / baseline (medians); 3. app + framework + data'
		);
		expect(summaryLine(rows.filter((r) => r.pass !== false))).toBe('bench: 1 of 1 targets met.');
	});
	it('marks each judged row pass or FAIL and leaves the others blank', () => {
		const lines = table(rows).split('\n');
		expect(lines).toHaveLength(rows.length + 2);
		expect(lines[2]).toMatch(/\|\s+\|$/);
		expect(lines[3]).toMatch(/\| FAIL \|$/);
		expect(lines[5]).toMatch(/\| pass \|$/);
	});
	it('judges frames on those that arrived and says how many did not', () => {
		expect(arrived([10, NaN, 30, NaN])).toEqual({ ms: [10, 30], note: '; 2 of 4 over 3 s left out' });
		expect(arrived([10, 20])).toEqual({ ms: [10, 20], note: '' });
	});
	it('pairs interleaved runs for the spread of the idle ratio', () => {
		expect(pairedRatios([3, 4, 6], [2, 4])).toEqual([1.5, 1]);
	});
});
