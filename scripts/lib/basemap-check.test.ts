// The Natural Earth extracts are checked like curated files: the vendored ones pass; a corrupt
// polygon or line is refused naming the file, the feature and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBasemap } from './basemap-check';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'basemap-'));
	cpSync('geodata/basemap', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Change the first feature's geometry of one basemap file. */
function corrupt(name: string, change: (g: { type: string; coordinates: unknown }) => void) {
	const p = join(dir, `${name}.geojson`);
	const fc = JSON.parse(readFileSync(p, 'utf8'));
	change(fc.features[0].geometry);
	writeFileSync(p, JSON.stringify(fc));
	return p;
}

describe('basemap validation', () => {
	it('the vendored extracts pass', () => {
		expect(checkBasemap('geodata/basemap')).toEqual([]);
	});
	it.each([
		[
			'an unclosed land ring',
			'ne_10m_land',
			(g: { coordinates: number[][][][] }) => g.coordinates[0]![0]!.pop(),
			/feature #0: geometry\.coordinates\[0\]\[0\]: ring is not closed/
		],
		[
			'a land ring that crosses itself',
			'ne_10m_land',
			(g: { coordinates: number[][][][] }) => {
				const ring = g.coordinates[0]![0]!;
				[ring[1], ring[2]] = [ring[2]!, ring[1]!];
			},
			/feature #0: geometry\.coordinates\[0\]\[0\]: crosses itself/
		],
		[
			'a coordinate that is not a number',
			'ne_10m_lakes',
			(g: { coordinates: unknown[][][] }) => (g.coordinates[0]![0] = ['46', null]),
			/feature #0: geometry\.coordinates\[0\]\[0\]: must be a position/
		],
		[
			'a polygon where a river belongs',
			'ne_10m_rivers_europe',
			(g: { type: string }) => (g.type = 'Polygon'),
			/feature #0: geometry\.type: must be one of LineString, MultiLineString/
		]
	])('%s is refused, named', (_, name, change, message) => {
		const file = corrupt(name, change as never);
		const errors = checkBasemap(dir);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.startsWith(`${file}:`)).toBe(true);
		expect(errors[0]).toMatch(message);
	});
	it('a file that is not JSON is refused, named', () => {
		writeFileSync(join(dir, 'ne_10m_land.geojson'), '{"type": "FeatureCollection", "features": [');
		expect(checkBasemap(dir)).toEqual([expect.stringMatching(/ne_10m_land\.geojson: invalid JSON/)]);
	});
});
