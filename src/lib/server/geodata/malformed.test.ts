// Malformed geodata files beyond the rule-by-rule tests in validate*.test.ts: each gives exactly one
// error naming the file, the feature (or entry) and the field. The table in docs/security.md lists
// these with the cases the other test files cover.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOne, feat, run } from './__fixtures__/helpers';
import { minimal, toFiles } from './__fixtures__/minimal';
import { loadGeodata } from './load';
import { formatGeodataError, validateGeodata } from './validate';

const PLACES = 'geodata/places.geojson';
const LINES = 'geodata/lines.geojson';
const PERIODS = 'geodata/periods.json';
const coords = 'geometry.coordinates';

/** The minimal fixture's files with one file's text replaced. */
const withText = (file: string, text: (old: string) => string) => {
	const files = toFiles(minimal());
	files[file] = text(files[file]!);
	return validateGeodata(files);
};

describe('geodata files as text', () => {
	it('refuses a UTF-8 byte-order mark with a message that says so', () => {
		expectOne(
			withText(PLACES, (t) => `\ufeff${t}`),
			{ file: PLACES, feature: null, field: null, message: /^starts with a byte-order mark/, line: 1 }
		);
	});
	it('accepts CRLF line endings', () => {
		expect(withText(PLACES, (t) => t.replace(/\n/g, '\r\n')).errors).toEqual([]);
	});
	it('refuses an empty file', () => {
		expectOne(
			withText(PERIODS, () => ''),
			{ file: PERIODS, feature: null, field: null, message: /^invalid JSON \(Unexpected end/, line: 1 }
		);
	});
	it('names the line of a truncated file', () => {
		expectOne(
			withText(PLACES, (t) => t.slice(0, 300)),
			{ file: PLACES, feature: null, field: null, message: /^invalid JSON/ }
		);
	});
	it('refuses a list where a FeatureCollection belongs', () => {
		expectOne(
			withText(LINES, () => '[]'),
			{ file: LINES, feature: null, field: 'type', message: /FeatureCollection/ }
		);
	});
	it('reports a missing geodata folder file by file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
		try {
			writeFileSync(join(dir, 'places.geojson'), toFiles(minimal())[PLACES]!);
			const r = loadGeodata(dir);
			expect(r.geodata).toBeNull();
			expect(r.errors.map(formatGeodataError)).toEqual(
				expect.arrayContaining([
					expect.stringMatching(new RegExp(`${dir}/periods\\.json: .*file is missing`))
				])
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('geodata features', () => {
	it('refuses a null geometry', () => {
		expectOne(
			run((d) => ((feat(d.places, 'shusha') as { geometry: unknown }).geometry = null)),
			{ file: PLACES, feature: 'shusha', field: 'geometry', message: /is required/ }
		);
	});
	it('refuses a MultiPoint in places', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').geometry = { type: 'MultiPoint', coordinates: [[46.75, 39.76]] })),
			{ file: PLACES, feature: 'shusha', field: 'geometry.type', message: /must be one of Point/ }
		);
	});
	it('refuses NaN and null coordinates', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').geometry.coordinates = [null, 39.76])),
			{ file: PLACES, feature: 'shusha', field: coords, message: /two finite numbers/ }
		);
	});
	it('refuses a duplicate id within one file', () => {
		expectOne(
			run((d) => (feat(d.places, 'moscow').properties.id = 'shusha')),
			{
				file: PLACES,
				feature: 'shusha',
				field: 'properties.id',
				message: /already the id of a feature in geodata\/places\.geojson/
			}
		);
	});
	it('refuses a name that is another place’s name (an alias shared by two places)', () => {
		const r = run((d) => (feat(d.places, 'kornidzor').properties.name = 'Shusha'));
		expect(r.errors.map((e) => [e.file, e.feature, e.field])).toEqual([
			[PLACES, 'shusha', 'properties.name'],
			[PLACES, 'kornidzor', 'properties.name']
		]);
		expect(r.errors[0]!.message).toMatch(/"Shusha" is also a name of "kornidzor"/);
	});
	it.each([
		['a zero-width space in an alias', 'aliases', ['Shu\u200bsha'], 'properties.aliases[0]', 'U+200B'],
		['a word joiner in an alias', 'aliases', ['Şu\u2060şa'], 'properties.aliases[0]', 'U+2060'],
		['a right-to-left override in the name', 'name', '\u202eahsuhS', 'properties.name', 'U+202E'],
		[
			'a control character in the contested name',
			'contested_name',
			'Shu\u0007shi',
			'properties.contested_name',
			'U+0007'
		]
	])('refuses %s', (_, key, value, field, code) => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').properties[key] = value)),
			{
				file: PLACES,
				feature: 'shusha',
				field,
				message: new RegExp(`invisible character ${code.replace('+', '\\+')}`)
			}
		);
	});
	it('refuses a period whose start is not a real date', () => {
		expectOne(
			run((d) => (d.periods[0]!.start = '2023-02-30')),
			{ file: PERIODS, feature: '2020', field: 'start', message: /not a real calendar date/ }
		);
	});
});
