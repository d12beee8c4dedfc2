import { describe, expect, it } from 'vitest';
import { periodsOf, periodsOfDate } from './periods';

const periods = [
	{ id: '2020', start: '2020-09-27', end: '2020-12-31' },
	{ id: '2022', start: '2022-08-26', end: '2022-12-31' },
	{ id: '2023', start: '2023-09-19', end: '2023-12-31' }
];

describe('periodsOf', () => {
	it('gives every period the validity interval overlaps, in file order', () => {
		expect(periodsOf('2020-11-10', '2023-09-20', periods)).toEqual(['2020', '2022', '2023']);
		expect(periodsOf('1994-05-12', '2020-11-10', periods)).toEqual(['2020']);
		expect(periodsOf('2021-01-30', '2021-12-31', periods)).toEqual([]);
	});

	it('counts both ends as inclusive', () => {
		expect(periodsOf('2020-12-31', '2021-06-01', periods)).toEqual(['2020']);
		expect(periodsOf('2023-01-01', '2023-09-19', periods)).toEqual(['2023']);
		expect(periodsOf('2023-01-01', '2023-09-18', periods)).toEqual([]);
	});

	it('treats a missing end as open', () => {
		expect(periodsOf(null, null, periods)).toEqual(['2020', '2022', '2023']);
		expect(periodsOf(undefined, '2020-10-01', periods)).toEqual(['2020']);
		expect(periodsOf('2022-09-01', null, periods)).toEqual(['2022', '2023']);
	});

	it('needs no code for a new period', () => {
		const more = [...periods, { id: '2024', start: '2024-01-01', end: '2024-12-31' }];
		expect(periodsOf('2021-01-30', '2024-04-26', more)).toEqual(['2022', '2023', '2024']);
	});

	it('places a single date (an article) in its periods', () => {
		expect(periodsOfDate('2020-11-02', periods)).toEqual(['2020']);
		expect(periodsOfDate('2023-10-09', periods)).toEqual(['2023']);
		expect(periodsOfDate('2021-05-01', periods)).toEqual([]);
	});
});
