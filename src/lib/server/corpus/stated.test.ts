// A town's country as the text states it, and a curated town told from another of its name.
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from './matcher';
import { elsewhere, statedCountry } from './stated';
import type { GeoNamesIndex } from './suggestions';

const at = (text: string, name: string) => text.indexOf(name) + name.length;

describe('statedCountry', () => {
	it('reads the country from the clause after a name', () => {
		const t =
			'He drove to Martuni, a town on the shore of Lake Sevan in Armenia’s Gegharkunik province, where he lives.';
		expect(statedCountry(t, at(t, 'Martuni'))).toBe('AM');
		expect(statedCountry('GORIS, Armenia (AFP) -', 5)).toBe('AM');
		expect(
			statedCountry(
				'They left Shusha in Azerbaijan last year.',
				at('They left Shusha in Azerbaijan last year.', 'Shusha')
			)
		).toBe('AZ');
	});
	it('finds none where the clause names no country, or the sentence ends first', () => {
		expect(
			statedCountry(
				'He drove to Martuni, where his brother lives.',
				at('He drove to Martuni, where his brother lives.', 'Martuni')
			)
		).toBeNull();
		expect(
			statedCountry(
				'He drove to Martuni. Armenia’s police stopped him.',
				at('He drove to Martuni. Armenia’s police stopped him.', 'Martuni')
			)
		).toBeNull();
	});
});

describe('elsewhere', () => {
	const martuni: GazetteerEntry = {
		id: 'martuni',
		name: 'Martuni',
		layer: 'places',
		names: ['Martuni'],
		kind: 'town',
		point: [47.11, 39.79]
	};
	const index = (hits: { lon: number; lat: number; country: string }[]): GeoNamesIndex => ({
		lookup: () => hits.map((h) => ({ name: 'Martuni', ...h }))
	});
	const t = 'He drove to Martuni, a town in Armenia’s Gegharkunik province.';
	it('is another place when every place of the name in the stated country is far from the curated one', () => {
		expect(
			elsewhere(t, at(t, 'Martuni'), 'Martuni', martuni, index([{ lon: 45.3, lat: 40.14, country: 'AM' }]))
		).toHaveLength(1);
	});
	it('is the curated place when one of them is near it, or none is in that country', () => {
		expect(
			elsewhere(t, at(t, 'Martuni'), 'Martuni', martuni, index([{ lon: 47.1, lat: 39.8, country: 'AM' }]))
		).toBeNull();
		expect(
			elsewhere(t, at(t, 'Martuni'), 'Martuni', martuni, index([{ lon: 45.3, lat: 40.14, country: 'AZ' }]))
		).toBeNull();
	});
});

describe('a town and its province ("MARTUNI, Gegharkunik –")', () => {
	const martuni: GazetteerEntry = {
		id: 'martuni',
		name: 'Martuni',
		layer: 'places',
		names: ['Martuni'],
		kind: 'town',
		point: [47.11, 39.79]
	};
	const places: Record<string, { lon: number; lat: number; country: string }[]> = {
		martuni: [{ lon: 45.3, lat: 40.14, country: 'AM' }],
		sevanik: [{ lon: 45.15, lat: 40.26, country: 'AM' }],
		askeran: [{ lon: 46.83, lat: 39.93, country: 'AZ' }]
	};
	const geonames: GeoNamesIndex = { lookup: (k) => places[k]?.map((h) => ({ name: k, ...h })) };
	const other = (t: string) => elsewhere(t, at(t, 'MARTUNI'), 'Martuni', martuni, geonames);
	it('is another place when the province is far from the curated town and holds a town of that name', () => {
		expect(other('MARTUNI, Sevanik – The road runs along the lake.')).toHaveLength(1);
		expect(other('MARTUNI, Sevanik province, lies on the lake.')).toHaveLength(1);
	});
	it('is the curated town when the qualifier lies near it, or is one of a list', () => {
		expect(other('MARTUNI, Askeran – Shelling went on.')).toBeNull();
		expect(other('MARTUNI, Sevanik, Askeran and Goris were named.')).toBeNull();
	});
});
