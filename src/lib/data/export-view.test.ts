import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata/load';
import { curatedFeatures } from '$lib/map/curated';
import { missionRange, selectionOf } from '$lib/time/model';
import { changesBetween } from '$lib/time/changes';
import { DEFAULT_COMPARE } from '$lib/state/url';
import { exportCSV, exportGeoJSON, exportName, type ExportInput } from './export-view';
import { prepareMapData } from './map-data';
import type { ArticleMeta, QuoteRecord } from './types';

const { geodata } = loadGeodata('geodata');
const joined = JSON.parse(readFileSync('src/lib/server/corpus/__golden__/joined.json', 'utf8')) as {
	articles: ArticleMeta[];
	quotes: QuoteRecord[];
};
const features = curatedFeatures(prepareMapData(geodata!, joined.quotes, joined.articles)).features;
const input = (periods: string[], shown: string): ExportInput => ({
	features,
	quotes: joined.quotes,
	articles: new Map(joined.articles.map((a) => [a.id, a])),
	selection: periods.length
		? selectionOf({ periods, range: null }, geodata!.periods)
		: [missionRange(geodata!.periods)],
	shown
});

describe('the downloads follow the time shown', () => {
	it('hold every feature drawn, lines and posts too, with its state and quotes, and say which time', () => {
		const all = JSON.parse(exportGeoJSON(input([], 'the whole mission')));
		expect(all.metadata).toMatchObject({
			time_shown: 'the whole mission',
			ranges: [{ start: '2020-09-27', end: '2024-06-12' }]
		});
		const groups = new Set(all.features.map((f: { properties: { group: string } }) => f.properties.group));
		expect(groups).toEqual(new Set(['place', 'line', 'post']));
		expect(all.features).toHaveLength(features.length);
		const withdrawal = JSON.parse(exportGeoJSON(input(['2024'], '2024')));
		const ids = withdrawal.features.map((f: { properties: { id: string } }) => f.properties.id);
		expect(ids).toContain('monitoring-centre-aghdam');
		expect(ids).not.toContain('observation-post-north-01');
		expect(
			withdrawal.features.find(
				(f: { properties: { id: string } }) => f.properties.id === 'monitoring-centre-aghdam'
			).properties.time_state
		).toBe('dismantled');
		// No 2024 article yet: no quote in it.
		expect(
			withdrawal.features.every(
				(f: { properties: { quotes: unknown[] } }) => f.properties.quotes.length === 0
			)
		).toBe(true);
	});

	it('write the same rows as the GeoJSON, each naming the time shown', () => {
		const i = input(['2023'], '2023: the offensive');
		const geo = JSON.parse(exportGeoJSON(i));
		const lines = exportCSV(i).trimEnd().split('\r\n');
		expect(lines[0]).toMatch(/^time_shown,feature,group,time_state,/);
		const expected = geo.features.reduce(
			(n: number, f: { properties: { quotes: unknown[] } }) => n + Math.max(1, f.properties.quotes.length),
			0
		);
		// Quotes may hold line breaks inside quoted cells; count rows by their first cell.
		expect(lines.filter((l) => l.startsWith('2023: the offensive,'))).toHaveLength(expected);
		expect(exportName(i.selection)).toBe('karabakh-peacekeepers-2023-09-19_2023-12-31');
	});
});

describe('the downloads of the What changed view', () => {
	it('hold the features there on either day with their change, and say which two days', () => {
		const details = [geodata!.places, geodata!.lines, geodata!.posts].flatMap((c) =>
			c.features.map((f) => f.properties)
		);
		const changes = changesBetween(details, DEFAULT_COMPARE);
		const i: ExportInput = {
			...input([], 'what changed'),
			selection: [{ start: DEFAULT_COMPARE.a, end: DEFAULT_COMPARE.b }],
			compare: { dates: DEFAULT_COMPARE, changes }
		};
		const geo = JSON.parse(exportGeoJSON(i));
		expect(geo.metadata.compare).toEqual({ from: '2020-12-01', to: '2023-10-01' });
		const byId = new Map(
			geo.features.map((f: { properties: { id: string; change: string } }) => [
				f.properties.id,
				f.properties.change
			])
		);
		expect(byId.get('lachin-corridor-2022')).toBe('moved-to');
		expect(byId.get('lachin-corridor-2020')).toBe('moved-from');
		expect(byId.get('peacekeeping-zone-2020')).toBe('removed');
		expect(byId.get('line-of-contact-1994')).toBeUndefined();
		const csv = exportCSV(i).split('\r\n');
		expect(csv[0]).toMatch(/^time_shown,feature,group,time_state,change,/);
		expect(
			csv.some((l) => l.startsWith('what changed,monitoring-centre-aghdam,post,established,established'))
		).toBe(true);
	});
});
