import { describe, expect, it } from 'vitest';
import { countIn } from '$lib/time/model';
import { featureQuoteDates } from './quote-dates';
import { articleMeta as article, quoteRecord } from './__fixtures__/records';

const quote = (id: string, art: string, places: string[]) => quoteRecord(art, places, { id });

describe('quote dates by feature', () => {
	const y2020 = [{ start: '2020-09-27', end: '2020-12-31' }];
	const y2023 = [{ start: '2023-09-19', end: '2023-12-31' }];
	const blockade = [{ start: '2022-12-12', end: '2023-04-23' }];

	it("indexes the dates of each feature's quotes, so any range is counted without quotes.json", () => {
		const dates = featureQuoteDates(
			[quote('q1', 'a', ['shusha']), quote('q2', 'b', ['shusha', 'baku']), quote('q3', 'c', ['shusha'])],
			[article('a', ['2020']), article('b', ['2023'], '2023-10-09'), article('c', [], '2022-12-15')]
		);
		expect(countIn(dates.shusha, y2020)).toBe(1);
		expect(countIn(dates.shusha, [...y2020, ...y2023])).toBe(2);
		// An article outside every named period still counts when the range holds its date.
		expect(countIn(dates.shusha, blockade)).toBe(1);
		expect(countIn(dates.baku, y2020)).toBe(0);
		expect(countIn(dates.baku, y2023)).toBe(1);
	});

	it('counts a quote inside a passage of the same article once, as the popup lists it', () => {
		const outer = { ...quote('q1', 'a', ['shusha']), start: 0, end: 50 };
		const inner = { ...quote('q2', 'a', ['shusha']), start: 10, end: 20 };
		expect(countIn(featureQuoteDates([outer, inner], [article('a', [])]).shusha, y2020)).toBe(1);
	});
});
