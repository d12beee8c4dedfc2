import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata/load';
import { changeList, changesBetween, standsOn, type Comparable } from './changes';
import { DEFAULT_COMPARE } from '$lib/state/url';
import { featureTime, isDrawn } from './model';

const f = (id: string, valid_from?: string, valid_to?: string, replaces?: string): Comparable => ({
	id,
	valid_from,
	valid_to,
	replaces
});

describe('changesBetween', () => {
	const features = [
		f('town'),
		f('post', '2020-11-15', '2023-10-06'),
		f('temp', '2020-11-15', '2022-08-30'),
		f('centre', '2021-01-30', '2024-04-26'),
		f('road-2020', '2020-11-10', '2022-08-30'),
		f('road-2022', '2022-08-30', '2023-10-01', 'road-2020'),
		f('brief', '2021-05-01', '2021-06-01')
	];
	const c = changesBetween(features, DEFAULT_COMPARE);

	it('sorts each feature by whether it stood on each day', () => {
		expect(c.town!.status).toBe('unchanged');
		expect(c.post!.status).toBe('unchanged');
		expect(c.temp).toMatchObject({ status: 'removed', date: '2022-08-30' });
		expect(c.centre).toMatchObject({ status: 'established', date: '2021-01-30' });
		expect(c.brief!.status).toBe('absent');
	});

	it('shows a replaced feature and its replacement as one move, dated by the new one', () => {
		expect(c['road-2020']).toMatchObject({ status: 'moved-from', date: '2022-08-30', other: 'road-2022' });
		expect(c['road-2022']).toMatchObject({ status: 'moved-to', date: '2022-08-30', other: 'road-2020' });
	});

	it('is not a move when both roads are compared before the move or after it', () => {
		const before = changesBetween(features, { a: '2020-12-01', b: '2021-12-01' });
		expect(before['road-2020']!.status).toBe('unchanged');
		expect(before['road-2022']!.status).toBe('absent');
		const after = changesBetween(features, { a: '2022-09-01', b: '2023-12-01' });
		expect(after['road-2022']).toMatchObject({ status: 'removed', date: '2023-10-01' });
		expect(after['road-2020']!.status).toBe('absent');
	});

	it('agrees with the time model’s state for a one-day selection (one rule of what stood when)', () => {
		for (const x of features)
			for (const d of ['2020-11-09', '2020-11-10', '2022-08-30', '2023-10-01', '2024-06-13'])
				expect(standsOn(x, d)).toBe(isDrawn(featureTime(x, [{ start: d, end: d }])));
	});

	it('lists a move once, in date order, leaving out what did not change', () => {
		expect(changeList(c).map((x) => [x.id, x.status])).toEqual([
			['centre', 'established'],
			['road-2022', 'moved-to'],
			['temp', 'removed']
		]);
	});
});

describe('changesBetween on geodata/', () => {
	it('shows the Lachin corridor moving between 1 Dec 2020 and 1 Oct 2023', () => {
		const { geodata } = loadGeodata('geodata');
		const all = [geodata!.places, geodata!.lines, geodata!.posts].flatMap((c) =>
			c.features.map((x) => x.properties)
		);
		const c = changesBetween(all, DEFAULT_COMPARE);
		expect(c['lachin-corridor-2022']!.status).toBe('moved-to');
		expect(c['lachin-corridor-2020']!.status).toBe('moved-from');
		expect(c['peacekeeping-zone-2020']!.status).toBe('removed');
		expect(c['monitoring-centre-aghdam']!.status).toBe('established');
		expect(c.stepanakert!.status).toBe('unchanged');
	});
});
