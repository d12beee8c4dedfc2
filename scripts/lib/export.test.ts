import { describe, expect, it } from 'vitest';
import { csvCell, toCSV } from './export';

describe('CSV export', () => {
	it('quotes cells with commas, quotes and line breaks', () => {
		expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
		expect(csvCell(null)).toBe('');
	});

	it('defuses spreadsheet formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('-1')).toBe("'-1");
	});

	it('writes one row per quote and place', () => {
		const csv = toCSV(
			[
				{
					id: 'a:0',
					article: 'a',
					kind: 'quote',
					text: 'hi',
					speaker: 'X',
					places: ['baku', 'shusha'],
					start: 0,
					end: 2
				}
			],
			[
				{
					id: 'a',
					title: 'T',
					source: 'S',
					date: '2020-11-02',
					date_note: null,
					url: null,
					periods: ['2020']
				}
			]
		);
		const lines = csv.trim().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[1]).toBe('baku,quote,hi,X,a,T,S,2020-11-02,,0,2');
	});
});
