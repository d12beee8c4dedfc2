import { describe, expect, it } from 'vitest';
import { dateIndex } from '$lib/time/model';
import { binsFor, dayAt, dayOf, fractionOf, isoOf, keyStep, monthBins, shift, weekBins } from './scale';

const mission = { start: '2020-09-27', end: '2024-06-12' };
const index = dateIndex(['2020-10-31', '2020-11-02', '2020-11-02', '2022-12-15', '2023-10-09', '2024-06-12']);

describe('the time strip’s scale', () => {
	it('turns dates into days and back across leap years', () => {
		expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29');
		expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
	});

	it('places dates on the strip and reads them back', () => {
		expect(fractionOf(mission.start, mission)).toBe(0);
		expect(fractionOf('2030-01-01', mission)).toBe(1);
		expect(dayAt(0, mission)).toBe(mission.start);
		expect(dayAt(0.999999, mission)).toBe(mission.end);
		expect(dayAt(fractionOf('2022-12-15', mission), mission)).toBe('2022-12-15');
	});

	it('moves a date and keeps it in the mission', () => {
		expect(shift('2020-09-30', -7, mission)).toBe(mission.start);
		expect(shift('2022-12-15', 7, mission)).toBe('2022-12-22');
	});

	it('counts every quote once, by month or by week', () => {
		const months = monthBins(mission, index);
		expect(months[0]).toEqual({ start: '2020-09-27', end: '2020-09-30', count: 0 });
		expect(months).toHaveLength(46);
		expect(months.at(-1)!.end).toBe('2024-06-12');
		expect(months.reduce((n, b) => n + b.count, 0)).toBe(6);
		const weeks = weekBins(mission, index);
		expect(weeks.reduce((n, b) => n + b.count, 0)).toBe(6);
		expect(weeks[1]!.start).toBe('2020-10-04');
	});

	it('uses weeks only when there is room for them', () => {
		expect(binsFor(mission, index, 400)).toHaveLength(46);
		expect(binsFor(mission, index, 2000).length).toBeGreaterThan(180);
	});
	it('moves a handle by a week, a month or to an end by key, within the mission', () => {
		expect(keyStep('ArrowRight', '2021-01-01', mission)).toBe('2021-01-08');
		expect(keyStep('PageDown', '2021-01-01', mission)).toBe('2020-12-02');
		expect(keyStep('ArrowLeft', '2020-09-29', mission)).toBe(mission.start);
		expect(keyStep('End', '2021-01-01', mission)).toBe(mission.end);
		expect(keyStep('a', '2021-01-01', mission)).toBeUndefined();
	});
});
