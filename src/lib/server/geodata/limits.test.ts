// Geodata limits (named in geodata/README.md): description length, positions per feature and
// bytes per file, each refused fast — the vertex count before Turf's quadratic crossing check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOne, feat, run } from './__fixtures__/helpers';
import { minimal, toFiles } from './__fixtures__/minimal';
import { MAX_VERTICES } from './geometry';
import { loadGeodata, MAX_GEODATA_FILE_BYTES } from './load';
import { MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS } from './schema';

describe('geodata limits', () => {
	it('a description over the limit is refused, naming the feature and the field', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').properties.description = 'x'.repeat(MAX_DESCRIPTION_CHARS + 1))),
			{
				file: 'geodata/places.geojson',
				feature: 'shusha',
				field: 'properties.description',
				message: new RegExp(`at most ${MAX_DESCRIPTION_CHARS} characters`)
			}
		);
	});
	it('a name over the limit is refused', () => {
		expectOne(
			run((d) => (feat(d.places, 'shusha').properties.aliases = ['S'.repeat(MAX_NAME_CHARS + 1)])),
			{
				file: 'geodata/places.geojson',
				feature: 'shusha',
				field: 'properties.aliases[0]',
				message: /at most 200 characters/
			}
		);
	});
	// Speed is the bench's to claim, not a test's (shared machines): here, that the limit is what refuses it.
	it('a 1,000,000-vertex line is refused by the vertex limit, before the crossing check', () => {
		const r = run((d) => {
			const g = feat(d.lines, 'corridor').geometry;
			g.coordinates = Array.from({ length: 1_000_000 }, (_, i) => [
				46 + (i % 1000) / 1000,
				39 + Math.floor(i / 1000) / 1000
			]);
		});
		expectOne(r, {
			file: 'geodata/lines.geojson',
			feature: 'corridor',
			field: 'geometry.coordinates',
			message: new RegExp(`more than ${MAX_VERTICES} positions`)
		});
	}, 30_000);
	it('a file over the byte limit (a 100 MB description would be one) is refused without being read', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geo-limits-'));
		try {
			const files = toFiles(minimal(), dir);
			for (const [p, text] of Object.entries(files)) writeFileSync(p, text);
			const places = join(dir, 'places.geojson');
			const d = minimal();
			feat(d.places, 'shusha').properties.description = 'x'.repeat(MAX_GEODATA_FILE_BYTES);
			writeFileSync(places, JSON.stringify(d.places));
			const r = loadGeodata(dir);
			expect(r.geodata).toBeNull();
			expect(r.errors).toEqual([
				{
					file: places,
					feature: null,
					field: null,
					message: expect.stringMatching(
						new RegExp(`^\\d+ bytes, over the limit of ${MAX_GEODATA_FILE_BYTES}; not read$`)
					)
				}
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
