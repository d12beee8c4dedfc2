import { describe, expect, it } from 'vitest';
import { isoDay, parseViewParams, viewSearch } from './url';

const periods = ['2020', '2023', '2024'];
const ids = new Set(['shusha', 'stepanakert']);
const parse = (q: string) => parseViewParams(new URLSearchParams(q), periods, ids);
const whole = { periods: [], range: null, place: null };

describe('view URL', () => {
	it('defaults to the whole mission and no place', () => {
		expect(parse('')).toEqual(whole);
	});

	it('reads periods and a place', () => {
		expect(parse('?period=2023&place=shusha')).toEqual({ periods: ['2023'], range: null, place: 'shusha' });
		expect(parse('?period=2023,2020')).toEqual({ periods: ['2020', '2023'], range: null, place: null });
	});

	it('reads a range of days; named periods win over it', () => {
		expect(parse('?from=2021-01-01&to=2022-12-31').range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
		expect(parse('?period=2020&from=2021-01-01&to=2022-12-31')).toEqual({
			periods: ['2020'],
			range: null,
			place: null
		});
	});

	it('treats an empty period list as the whole mission', () => {
		expect(parse('?period=')).toEqual(whole);
	});

	it.each([
		['?period=<script>alert(1)</script>', null],
		['?place=../../etc/passwd', null],
		['?place=' + 'a'.repeat(5000), null],
		['?period=' + '2020,'.repeat(1000), null],
		['?place=SHUSHA', null],
		['?from=2023-02-30&to=2023-03-01', null],
		['?from=2023-05-01&to=2023-01-01', null],
		['?from=20230101&to=2023-03-01', null],
		['?from=2023-01-01', null],
		['?period=1999&place=shusha', 'shusha']
	])('falls back to the default for %s', (q, expectedPlace) => {
		expect(parse(q)).toEqual({ ...whole, place: expectedPlace });
	});

	it('follows renamed ids and the other name of one monastery', () => {
		const known = new Set(['dadivank', 'monitoring-centre-aghdam']);
		const read = (q: string) => parseViewParams(new URLSearchParams(q), periods, known).place;
		expect(read('?place=khudavang')).toBe('dadivank');
		expect(read('?place=russian-turkish-monitoring-centre')).toBe('monitoring-centre-aghdam');
		expect(read('?place=constructor')).toBeNull();
	});

	it('accepts only real days', () => {
		expect(isoDay('2024-02-29')).toBe('2024-02-29');
		expect(isoDay('2023-02-29')).toBeNull();
		expect(isoDay('0001-01-01')).toBeNull();
	});

	it('writes short links and reads them back', () => {
		expect(viewSearch(whole)).toBe('');
		const s = viewSearch({ periods: ['2020'], range: null, place: 'shusha' });
		expect(s).toBe('?period=2020&place=shusha');
		expect(parse(s)).toEqual({ periods: ['2020'], range: null, place: 'shusha' });
		const r = viewSearch({ periods: [], range: { start: '2022-12-12', end: '2023-04-23' }, place: null });
		expect(r).toBe('?from=2022-12-12&to=2023-04-23');
		expect(parse(r).range).toEqual({ start: '2022-12-12', end: '2023-04-23' });
	});
});

describe('view URL: compare, story, embed', () => {
	it('reads two days to compare, the first before the second', () => {
		expect(parse('?compare=2020-12-01,2023-10-01').compare).toEqual({ a: '2020-12-01', b: '2023-10-01' });
		for (const bad of [
			'2023-10-01,2020-12-01',
			'2020-12-01',
			'2020-12-01,2020-12-01',
			'2020-02-30,2023-10-01',
			'x,y',
			'',
			'2020-12-01,2021-01-01,2022-01-01'
		])
			expect(parse(`?compare=${bad}`)).toEqual(whole);
	});

	it('reads a story step; a malformed step or id is the free map', () => {
		expect(parse('?story=mission&step=3').story).toEqual({ id: 'mission', step: 3 });
		expect(parse('?story=mission').story).toEqual({ id: 'mission', step: 1 });
		for (const bad of [
			'?story=Mission',
			'?story=mission&step=0',
			'?story=mission&step=-1',
			'?story=mission&step=x',
			'?story=../x'
		])
			expect(parse(bad)).toEqual(whole);
	});

	it('reads the embed flag', () => {
		expect(parse('?embed').embed).toBe(true);
		expect(parse('?embed=1').embed).toBe(true);
		expect(parse('?embed=0')).toEqual(whole);
	});

	it('writes them back to the same view', () => {
		for (const q of [
			'?compare=2020-12-01,2023-10-01',
			'?story=mission&step=3',
			'?from=2021-01-01&to=2021-02-01&place=shusha&embed',
			'?compare=2020-12-01,2023-10-01&embed'
		]) {
			const v = parse(q);
			expect(viewSearch(v)).toBe(q);
			expect(parse(viewSearch(v))).toEqual(v);
		}
	});
});
