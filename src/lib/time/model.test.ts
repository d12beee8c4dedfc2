import { describe, expect, it } from 'vitest';
import {
	lifeWithin,
	countIn,
	dateIn,
	dateIndex,
	featureTime,
	isDrawn,
	missionRange,
	normalize,
	selectionOf,
	timeOf,
	type DateRange
} from './model';
import { STATE_LABEL } from './state-label';
import { selectionText, stateText } from './text';

const periods = [
	{ id: '2020', label: '2020', start: '2020-09-27', end: '2020-12-31' },
	{ id: '2023', label: '2023', start: '2023-09-19', end: '2023-12-31' },
	{ id: '2024', label: '2024', start: '2024-04-17', end: '2024-06-12' }
];
const post = { valid_from: '2020-11-10', valid_to: '2023-10-06' };
const r = (start: string, end: string): DateRange => ({ start, end });

describe('the state of a feature in a selection', () => {
	it.each([
		['before it existed', [r('2020-09-27', '2020-11-09')], 'not-yet'],
		['standing throughout', [r('2021-01-01', '2022-12-31')], 'standing'],
		['established within', [r('2020-09-27', '2020-12-31')], 'established'],
		['dismantled within', [r('2023-09-19', '2023-12-31')], 'dismantled'],
		['established and dismantled within', [r('2020-01-01', '2024-06-12')], 'dismantled'],
		['after it was gone', [r('2024-04-17', '2024-06-12')], 'gone'],
		['its last day is the range end: still standing', [r('2023-01-01', '2023-10-06')], 'standing'],
		['its first day is the range start: standing', [r('2020-11-10', '2020-12-31')], 'standing'],
		[
			'2020 and 2023 on (the bug of issue 15)',
			[r('2020-09-27', '2020-12-31'), r('2023-09-19', '2023-12-31')],
			'dismantled'
		]
	])('%s', (_, selection, state) => {
		expect(featureTime(post, selection)).toBe(state);
	});

	it('treats a feature without dates as standing, and an open end as still standing', () => {
		expect(featureTime({}, [r('2020-09-27', '2024-06-12')])).toBe('standing');
		expect(featureTime({ valid_from: '2021-01-30', valid_to: null }, [r('2020-09-27', '2024-06-12')])).toBe(
			'established'
		);
		expect(featureTime({ valid_from: '', valid_to: '' }, [r('2020-09-27', '2020-12-31')])).toBe('standing');
	});

	it('names a feature that stood only in the gap between two periods on, and draws it not', () => {
		const road2022 = { valid_from: '2022-08-30', valid_to: '2023-01-01' };
		const state = featureTime(road2022, [r('2020-09-27', '2020-12-31'), r('2023-09-19', '2023-12-31')]);
		expect(state).toBe('between');
		expect(isDrawn(state)).toBe(false);
	});

	it('draws only standing, established and dismantled features', () => {
		expect(
			['standing', 'established', 'dismantled', 'not-yet', 'gone', 'between'].map((s) => isDrawn(s as never))
		).toEqual([true, true, true, false, false, false]);
	});
});

describe('selections', () => {
	it('defaults to the whole mission, from the war to the withdrawal', () => {
		expect(missionRange(periods)).toEqual(r('2020-09-27', '2024-06-12'));
		expect(selectionOf({ periods: [], range: null }, periods)).toEqual([r('2020-09-27', '2024-06-12')]);
	});

	it('takes the union of the named periods on, else the range', () => {
		expect(selectionOf({ periods: ['2023', '2020'], range: r('2021-01-01', '2021-02-01') }, periods)).toEqual(
			[r('2020-09-27', '2020-12-31'), r('2023-09-19', '2023-12-31')]
		);
		expect(selectionOf({ periods: [], range: r('2022-12-12', '2023-04-23') }, periods)).toEqual([
			r('2022-12-12', '2023-04-23')
		]);
		// A reversed range is not a selection: the mission again.
		expect(selectionOf({ periods: [], range: r('2023-01-01', '2022-01-01') }, periods)).toEqual([
			r('2020-09-27', '2024-06-12')
		]);
	});

	it('merges overlapping ranges so no date counts twice', () => {
		expect(
			normalize([r('2023-01-01', '2023-06-30'), r('2020-01-01', '2020-12-31'), r('2023-03-01', '2023-12-31')])
		).toEqual([r('2020-01-01', '2020-12-31'), r('2023-01-01', '2023-12-31')]);
	});

	it('lets in a quote whenever the selection holds its article date, named period or not', () => {
		expect(dateIn('2022-12-15', [r('2020-09-27', '2024-06-12')])).toBe(true);
		expect(dateIn('2022-12-15', selectionOf({ periods: ['2020', '2023'], range: null }, periods))).toBe(
			false
		);
		expect(dateIn('2020-12-31', [r('2020-09-27', '2020-12-31')])).toBe(true);
	});

	it('says which time is shown', () => {
		// ICU writes "Sep" or "Sept" depending on its version.
		expect(selectionText({ periods: [], range: null }, periods, [missionRange(periods)])).toMatch(
			/^the whole mission \(27 Sept? 2020 – 12 Jun 2024\)$/
		);
		expect(selectionText({ periods: ['2020', '2024'], range: null }, periods, [])).toBe('2020, 2024');
		expect(
			selectionText({ periods: [], range: r('2022-12-12', '2023-04-23') }, periods, [
				r('2022-12-12', '2023-04-23')
			])
		).toBe('12 Dec 2022 – 23 Apr 2023');
	});
});

describe('quote counts by date', () => {
	const index = dateIndex(['2023-10-09', '2020-11-02', '2020-11-02', '2022-12-15', '2024-04-20']);

	it('counts the quotes of any range by binary search, both ends inclusive', () => {
		expect(index).toEqual({
			dates: ['2020-11-02', '2022-12-15', '2023-10-09', '2024-04-20'],
			total: [2, 3, 4, 5]
		});
		expect(countIn(index, [r('2020-09-27', '2024-06-12')])).toBe(5);
		expect(countIn(index, [r('2020-11-02', '2020-11-02')])).toBe(2);
		expect(countIn(index, [r('2020-11-03', '2022-12-14')])).toBe(0);
		expect(countIn(index, [r('2020-09-27', '2020-12-31'), r('2024-04-17', '2024-06-12')])).toBe(3);
		expect(countIn(undefined, [r('2020-01-01', '2025-01-01')])).toBe(0);
	});

	it('counts nothing for a feature the map does not draw', () => {
		const gone = { valid_from: '2020-11-10', valid_to: '2023-10-06' };
		expect(timeOf(gone, index, [r('2024-04-17', '2024-06-12')])).toEqual({
			state: 'gone',
			drawn: false,
			count: 0
		});
		expect(timeOf(gone, index, [r('2023-09-19', '2023-12-31')])).toEqual({
			state: 'dismantled',
			drawn: true,
			count: 1
		});
	});
});

describe('the words for each state', () => {
	it('starts with the state label and gives the dates', () => {
		expect(stateText('dismantled', '2020-11-10', '2023-10-06')).toBe(
			`${STATE_LABEL.dismantled} (10 Nov 2020 – 6 Oct 2023)`
		);
		expect(stateText('standing', null, null)).toBe(STATE_LABEL.standing);
		expect(stateText('established', '2021-01-30', null)).toContain('no end date recorded');
	});
});

describe("a feature's own life within the mission", () => {
	const mission = { start: '2020-09-27', end: '2024-06-12' };
	it('clips its dates to the mission, open ends taking the mission’s', () => {
		expect(lifeWithin({ valid_from: '2020-11-10', valid_to: '2023-09-20' }, mission)).toEqual({
			start: '2020-11-10',
			end: '2023-09-20'
		});
		expect(lifeWithin({ valid_from: '1994-05-12', valid_to: null }, mission)).toEqual(mission);
		expect(lifeWithin({}, mission)).toEqual(mission);
	});
	it('is null for a feature that ended before the mission began', () => {
		expect(lifeWithin({ valid_from: '1991-01-01', valid_to: '1994-05-11' }, mission)).toBeNull();
	});
});
