import { describe, expect, it } from 'vitest';
import { parseViewParams, viewSearch } from './url';

const periods = ['2020', '2023'];
const ids = new Set(['shusha', 'stepanakert']);
const parse = (q: string) => parseViewParams(new URLSearchParams(q), periods, ids);

describe('view URL', () => {
	it('defaults to every period and no place', () => {
		expect(parse('')).toEqual({ periods, place: null });
	});

	it('reads periods and a place', () => {
		expect(parse('?period=2023&place=shusha')).toEqual({ periods: ['2023'], place: 'shusha' });
		expect(parse('?period=2023,2020')).toEqual({ periods: ['2020', '2023'], place: null });
	});

	it('treats an empty period list as every period off', () => {
		expect(parse('?period=').periods).toEqual([]);
	});

	it.each([
		['?period=<script>alert(1)</script>', periods, null],
		['?place=../../etc/passwd', periods, null],
		['?place=' + 'a'.repeat(5000), periods, null],
		['?period=' + '2020,'.repeat(1000), periods, null],
		['?place=SHUSHA', periods, null],
		['?period=1999&place=shusha', periods, 'shusha']
	])('falls back to the default for %s', (q, expectedPeriods, expectedPlace) => {
		expect(parse(q)).toEqual({ periods: expectedPeriods, place: expectedPlace });
	});

	it('writes short links and reads them back', () => {
		expect(viewSearch({ periods, place: null }, periods)).toBe('');
		const s = viewSearch({ periods: ['2020'], place: 'shusha' }, periods);
		expect(s).toBe('?period=2020&place=shusha');
		expect(parse(s)).toEqual({ periods: ['2020'], place: 'shusha' });
		expect(viewSearch({ periods: [], place: null }, periods)).toBe('?period=');
	});
});
