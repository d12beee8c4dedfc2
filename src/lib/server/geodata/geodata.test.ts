/**
 * The real curated files: they must pass every rule, and a few facts a reader would check first
 * must hold (Stepanakert where it is, inside the 2020 zone; Shusha outside it; posts schematic).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geometry';
import { loadGeodata } from './load';
import { namesOf, normalizeName } from './names';
import { periodsOf } from './periods';
import { formatGeodataError } from './validate';

const result = loadGeodata('geodata');
const g = result.geodata!;
const all = () => [...g.places.features, ...g.lines.features, ...g.posts.features];
const byId = (id: string) => {
	const f = all().find((x) => x.properties.id === id);
	if (!f) throw new Error(`no feature ${id}`);
	return f;
};
const at = (id: string) => byId(id).geometry.coordinates as Position;

describe('geodata/ (the curated files)', () => {
	it('validates with zero errors', () => {
		expect(result.errors.map(formatGeodataError)).toEqual([]);
		expect(result.geodata).not.toBeNull();
	});

	it('puts Stepanakert, Shusha and Gyumri where they are (within 1 km)', () => {
		expect(distanceKm(at('stepanakert'), [46.7528, 39.8177])).toBeLessThan(1);
		expect(distanceKm(at('shusha'), [46.7499, 39.7601])).toBeLessThan(1);
		expect(distanceKm(at('gyumri'), [43.8464, 40.7931])).toBeLessThan(1);
		expect(distanceKm(at('russian-102nd-base'), at('gyumri'))).toBeLessThan(5);
	});

	it('has Stepanakert inside the 2020 zone and Shusha, Lachin, Hadrut and Aghdam outside it', () => {
		const zone = byId('peacekeeping-zone-2020').geometry;
		expect(zone.type).toBe('Polygon');
		const inZone = (id: string) =>
			booleanPointInPolygon(point(at(id)), polygon((zone as { coordinates: Position[][] }).coordinates));
		for (const id of ['stepanakert', 'martakert', 'martuni']) expect(inZone(id), id).toBe(true);
		for (const id of ['shusha', 'karin-tak', 'lachin', 'hadrut', 'aghdam', 'talish', 'madagiz']) {
			expect(inZone(id), id).toBe(false);
		}
	});

	it('draws every observation and temporary post as schematic, with the November 2020 figures', () => {
		const posts = g.posts.features.map((f) => f.properties);
		const ops = posts.filter((p) => p.kind === 'observation post' || p.kind === 'temporary post');
		expect(ops.every((p) => p.precision === 'schematic')).toBe(true);
		expect(ops.every((p) => /schematic/i.test(p.description ?? ''))).toBe(true);
		expect(posts.filter((p) => p.id.startsWith('observation-post-north'))).toHaveLength(11);
		expect(posts.filter((p) => p.id.startsWith('observation-post-south'))).toHaveLength(12);
		expect(posts.filter((p) => p.kind === 'temporary post')).toHaveLength(7);
		expect(byId('monitoring-centre-aghdam').properties.precision).toBe('schematic');
		expect(g.postCounts.find((c) => c.date === '2020-11-17')?.posts).toBe(23);
	});

	it('shows both names of contested places', () => {
		const contested = { stepanakert: 'Khankendi', shusha: 'Shushi', lachin: 'Berdzor', martakert: 'Aghdara' };
		for (const [id, other] of Object.entries(contested))
			expect(byId(id).properties.contested_name).toBe(other);
	});

	it('answers to every place name and spelling the seed articles use', () => {
		const owner = new Map<string, string[]>();
		for (const f of all()) {
			const keys = new Set(namesOf(f.properties).map(normalizeName));
			for (const k of keys) owner.set(k, [...(owner.get(k) ?? []), f.properties.id]);
		}
		const seen = (name: string) => owner.get(normalizeName(name)) ?? [];
		// Names as the five seed articles (and the press around them) print them.
		const names = {
			stepanakert: ['Stepanakert', 'Khankendi', 'Xankəndi', 'Ստեփանակերտ', 'Степанакерт'],
			shusha: ['Shusha', 'Shushi', 'Şuşa', 'Choucha'],
			gyumri: ['Gyumri', 'Gumri', 'Leninakan'],
			'nagorno-karabakh': ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Artsakh'],
			yerevan: ['Yerevan'],
			baku: ['Baku'],
			moscow: ['Moscow'],
			ankara: ['Ankara'],
			geneva: ['Geneva'],
			brussels: ['Brussels'],
			'los-angeles': ['Los Angeles'],
			spain: ['Spain'],
			armenia: ['Armenia', 'Republic of Armenia'],
			azerbaijan: ['Azerbaijan'],
			russia: ['Russia', 'Russian Federation'],
			turkey: ['Turkey'],
			france: ['France'],
			germany: ['Germany'],
			'united-states': ['United States', 'USA', 'US'],
			'south-caucasus': ['South Caucasus']
		};
		for (const [id, list] of Object.entries(names)) for (const n of list) expect(seen(n), n).toEqual([id]);
		expect(seen('line of contact').sort()).toEqual(['line-of-contact-1994', 'line-of-contact-2020']);
		expect(seen('Lachin corridor').sort()).toEqual(['lachin-corridor-2020', 'lachin-corridor-2022']);
	});

	it('puts layers in the periods their dates say', () => {
		const of = (id: string) =>
			periodsOf(byId(id).properties.valid_from, byId(id).properties.valid_to, g.periods);
		expect(of('line-of-contact-1994')).toEqual(['2020']);
		expect(of('line-of-contact-2020')).toEqual(['2020', '2023']);
		expect(of('observation-post-north-01')).toEqual(['2020', '2023']);
		expect(of('lachin-corridor-2020')).toEqual(['2020']);
		expect(of('lachin-corridor-2022')).toEqual(['2023']);
		expect(of('nkao-boundary')).toEqual(['2020', '2023', '2024']);
		// The withdrawal: what stood into April 2024, and what was gone by then.
		expect(of('monitoring-centre-aghdam')).toEqual(['2023', '2024']);
		expect(of('peacekeeping-hq')).toEqual(['2020', '2023', '2024']);
		expect(of('dadivank')).toEqual(['2020', '2023']);
	});

	it('has the withdrawal of 2024 as a period, and its sites with sources and end dates', () => {
		expect(g.periods.find((p) => p.id === '2024')).toMatchObject({ start: '2024-04-17', end: '2024-06-12' });
		expect(byId('monitoring-centre-aghdam').properties.valid_to).toBe('2024-04-26');
		expect(byId('dadivank').properties).toMatchObject({
			contested_name: 'Khudavang',
			valid_to: '2024-04-10'
		});
		expect(byId('peacekeeping-hq').properties.valid_to).toBe('2024-06-12');
		// The base was at Khojaly (Ivanyan) airport, within a few km of the town.
		expect(distanceKm(at('peacekeeping-hq'), at('khojaly'))).toBeLessThan(3);
		// Dadivank is in Kalbajar district, about 50 km north-west of Stepanakert.
		expect(distanceKm(at('dadivank'), at('stepanakert'))).toBeGreaterThan(40);
		for (const id of ['monitoring-centre-aghdam', 'dadivank', 'peacekeeping-hq'])
			expect(byId(id).properties.sources.length, id).toBeGreaterThan(1);
	});

	it('cites sources, not the research notes', () => {
		for (const f of all()) {
			for (const s of f.properties.sources)
				expect(s.url, f.properties.id).not.toMatch(/shared|notes|localhost/);
		}
	});
});
