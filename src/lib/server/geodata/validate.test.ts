import { describe, expect, it } from 'vitest';
import { feat, expectOne, run } from './__fixtures__/helpers';
import { minimal, toFiles } from './__fixtures__/minimal';
import { formatGeodataError, validateGeodata } from './validate';
import { normalizeName } from './names';
import { aliasKey as matcherKeyOf } from '../../names/fold';

const PLACES = 'geodata/places.geojson';
const LINES = 'geodata/lines.geojson';
const POSTS = 'geodata/posts.geojson';

describe('validateGeodata: files and shape', () => {
	it('accepts the minimal fixture and returns typed data', () => {
		const r = run();
		expect(r.errors).toEqual([]);
		expect(r.geodata?.places.features.map((f) => f.properties.id)).toContain('shusha');
		expect(r.geodata?.periods[0]?.id).toBe('2020');
	});

	it('names the file and the line of broken JSON', () => {
		const files = toFiles(minimal());
		files[PLACES] = '{\n  "type": "FeatureCollection",\n  "features": [,]\n}';
		const r = validateGeodata(files);
		expectOne(r, {
			file: PLACES,
			feature: null,
			field: null,
			message: /^invalid JSON \(Unexpected token ,\)/,
			line: 3
		});
	});

	it('reports a missing file in the same directory', () => {
		const files = toFiles(minimal());
		delete files['geodata/periods.json'];
		expectOne(validateGeodata(files), {
			file: 'geodata/periods.json',
			feature: null,
			field: null,
			message: /file is missing/
		});
	});

	it('wants a FeatureCollection', () => {
		const r = run((d) => Object.assign(d.posts, { type: 'Feature' }));
		expectOne(r, { file: POSTS, feature: null, field: 'type', message: /FeatureCollection/ });
	});

	it('wants each feature of type Feature', () => {
		const r = run((d) => (feat(d.posts, 'post-1').type = 'Point'));
		expectOne(r, { file: POSTS, feature: 'post-1', field: 'type', message: /"Feature"/ });
	});

	it('formats one line per error, as the build prints it', () => {
		const r = run((d) => (feat(d.places, 'shusha').properties.precision = 'rough'));
		expect(r.errors.map(formatGeodataError)).toEqual([
			'geodata/places.geojson:46:9: feature "shusha": properties.precision: must be one of exact, approx, schematic'
		]);
		// 46:9 is where the field is written, so an editor jumps straight to it.
		const text = toFiles(minimal())['geodata/places.geojson']!.split('\n')[45]!;
		expect(text.slice(8)).toMatch(/^"precision": /);
		expect(
			formatGeodataError({ file: 'geodata/periods.json', feature: '#2', field: 'end', message: 'x' })
		).toBe('geodata/periods.json: entry #2: end: x');
	});

	it('places a missing field at its object, and a cross-file error at the feature it names', () => {
		const r = run((d) => {
			delete feat(d.places, 'kornidzor').properties.sources;
			feat(d.posts, 'post-1').properties.along = 'no-such-line';
		});
		const at = (file: string, feature: string) => {
			const e = r.errors.find((x) => x.file === file && x.feature === feature)!;
			return toFiles(minimal())
				[file]!.split('\n')
				[e.at!.line - 1]!.slice(e.at!.column - 1);
		};
		// The text is the fixture before the break; the lines are the same, since nothing was added.
		expect(at('geodata/places.geojson', 'kornidzor')).toMatch(/^"properties": /);
		expect(at('geodata/posts.geojson', 'post-1')).toMatch(/^"along": /);
	});
});

describe('validateGeodata: properties', () => {
	it('refuses a missing required field', () => {
		const r = run((d) => delete feat(d.places, 'shusha').properties.kind);
		expectOne(r, { file: PLACES, feature: 'shusha', field: 'properties.kind', message: /is required/ });
	});

	it('refuses an unknown property (a typo valibot would drop)', () => {
		const r = run((d) => (feat(d.places, 'shusha').properties.valid_form = '2020-11-08'));
		expectOne(r, { file: PLACES, feature: 'shusha', field: 'properties.valid_form', message: /not a known/ });
	});

	it('refuses a kind that is not in the list', () => {
		const r = run((d) => (feat(d.lines, 'zone').properties.kind = 'area'));
		expectOne(r, {
			file: LINES,
			feature: 'zone',
			field: 'properties.kind',
			message: /must be one of .*zone/
		});
	});

	it('needs at least one source, each with an http(s) URL', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').properties.sources = [])),
			{ file: PLACES, feature: 'shusha', field: 'properties.sources', message: /at least one source/ }
		);
		expectOne(
			run((d) => (feat(d.places, 'shusha').properties.sources = [{ title: 'Notes', url: 'notes.md' }])),
			{ file: PLACES, feature: 'shusha', field: 'properties.sources[0].url', message: /URL/ }
		);
	});

	it('wants a lowercase ASCII slug as id', () => {
		const r = run((d) => (feat(d.places, 'shusha').properties.id = 'Şuşa'));
		expectOne(r, { file: PLACES, feature: 'Şuşa', field: 'properties.id', message: /slug/ });
	});

	it('wants real calendar dates, and valid_to not before valid_from', () => {
		expectOne(
			run((d) => (feat(d.lines, 'corridor').properties.valid_to = '2023-02-30')),
			{ file: LINES, feature: 'corridor', field: 'properties.valid_to', message: /calendar date/ }
		);
		expectOne(
			run((d) => (feat(d.lines, 'corridor').properties.valid_to = '2019-01-01')),
			{
				file: LINES,
				feature: 'corridor',
				field: 'properties.valid_to',
				message: /before valid_from 2020-11-10/
			}
		);
	});

	it('wants the day a feature could first be named on or before the day it was established', () => {
		expectOne(
			run((d) => (feat(d.lines, 'corridor').properties.named_from = '2021-01-01')),
			{
				file: LINES,
				feature: 'corridor',
				field: 'properties.named_from',
				message: /valid_from on or after it/
			}
		);
		expect(run((d) => (feat(d.lines, 'corridor').properties.named_from = '2020-11-09')).errors).toEqual([]);
	});
});

describe('validateGeodata: ids and names', () => {
	it('wants ids unique across files', () => {
		const r = run((d) => (feat(d.posts, 'post-1').properties.id = 'shusha'));
		expectOne(r, {
			file: POSTS,
			feature: 'shusha',
			field: 'properties.id',
			message: /already the id of a feature in geodata\/places\.geojson/
		});
	});

	it('refuses an alias used by two features, case- and diacritic-insensitively', () => {
		const r = run((d) => (feat(d.places, 'kornidzor').properties.aliases = ['SUSA']));
		expect(r.errors.map((e) => [e.feature, e.field])).toEqual([
			['shusha', 'properties.aliases'],
			['kornidzor', 'properties.aliases']
		]);
		expect(r.errors[1]?.message).toMatch(/"SUSA" is also a name of "shusha"/);
	});

	it('folds names as the matcher does: a dash and a space are one name', () => {
		// The matcher reads "Nagorno-Karabakh" and "Nagorno Karabakh" alike; two owners would tie a quote to both.
		const r = run((d) => {
			feat(d.places, 'kornidzor').properties.aliases = ['Nagorno Karabakh'];
			feat(d.places, 'shusha').properties.aliases = ['Nagorno-Karabakh'];
		});
		expect(r.errors.map((e) => e.feature).sort()).toEqual(['kornidzor', 'shusha']);
		expect(matcherKeyOf('Nagorno—Karabakh')).toBe(normalizeName('nagorno karabakh'));
	});

	it('accepts a shared alias only when every feature carrying it declares it', () => {
		const share = (id: string) => (d: ReturnType<typeof minimal>) => {
			const p = feat(d.lines, id).properties;
			p.aliases = ['line of contact'];
			p.shared_aliases = ['line of contact'];
		};
		const both = run((d) => {
			share('corridor')(d);
			share('zone')(d);
		});
		expect(both.errors).toEqual([]);
		const one = run((d) => {
			share('corridor')(d);
			feat(d.lines, 'zone').properties.aliases = ['Line of Contact'];
		});
		expectOne(one, { file: LINES, feature: 'zone', field: 'properties.aliases', message: /shared_aliases/ });
	});

	it('refuses a declared shared alias that is not shared or not the feature’s own', () => {
		expectOne(
			run((d) => (feat(d.lines, 'corridor').properties.shared_aliases = ['Lachin corridor'])),
			{ file: LINES, feature: 'corridor', field: 'properties.shared_aliases', message: /no other feature/ }
		);
		expectOne(
			run((d) => (feat(d.lines, 'zone').properties.shared_aliases = ['Lachin corridor'])),
			{ file: LINES, feature: 'zone', field: 'properties.shared_aliases', message: /not one of this feature/ }
		);
	});
});

describe('validateGeodata: periods and post counts', () => {
	it('wants end ≥ start and unique ids', () => {
		expectOne(
			run((d) => (d.periods[0]!.end = '2020-01-01')),
			{ file: 'geodata/periods.json', feature: '2020', field: 'end', message: /before start/ }
		);
		expectOne(
			run((d) => d.periods.push({ ...d.periods[0]! })),
			{ file: 'geodata/periods.json', feature: '2020', field: 'id', message: /not unique/ }
		);
	});

	it('wants a period description', () => {
		const r = run((d) => (d.periods[0]!.description = ''));
		expectOne(r, { file: 'geodata/periods.json', feature: '2020', field: 'description', message: /empty/ });
	});

	it('wants post counts as non-negative integers, in date order, with sources', () => {
		expectOne(
			run((d) => (d.postCounts[0]!.posts = -1)),
			{ file: 'geodata/post-counts.json', feature: '#0', field: 'posts', message: /expected >=0/ }
		);
		expectOne(
			run((d) => d.postCounts.push({ ...d.postCounts[0]!, date: '2020-11-01' })),
			{ file: 'geodata/post-counts.json', feature: '#1', field: 'date', message: /date order/ }
		);
		expectOne(
			run((d) => (d.postCounts[0]!.sources = [])),
			{ file: 'geodata/post-counts.json', feature: '#0', field: 'sources', message: /at least one source/ }
		);
	});
});
