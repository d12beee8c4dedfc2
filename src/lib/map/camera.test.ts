import { readFileSync } from 'node:fs';
import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOUNDS, HOME_BOUNDS } from './basemap-style';
import { freeRect } from './focus';
import { cssLength } from '$lib/ui/sheet';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as FeatureCollection;
const inside = (box: number[], [[w, s], [e, n]]: [[number, number], [number, number]]) =>
	box[0]! >= w && box[1]! >= s && box[2]! <= e && box[3]! <= n;

describe('the camera', () => {
	it('opens on the mission: every post, the 2020 line and zone and the corridor are inside', () => {
		const posts = read('geodata/posts.geojson').features;
		const lines = read('geodata/lines.geojson').features.filter((f) =>
			/^(line-of-contact-2020|peacekeeping-zone-2020|lachin-corridor)/.test(String(f.properties?.id))
		);
		expect(posts.length).toBeGreaterThan(20);
		expect(lines.length).toBe(4);
		for (const f of [...posts, ...lines])
			expect(inside(bbox(f), HOME_BOUNDS), String(f.properties?.id)).toBe(true);
	});

	it('is bounded to what the basemap draws: the land extract reaches every edge of the bounds', () => {
		const [w, s, , n] = bbox(read('geodata/basemap/ne_10m_land.geojson'));
		const [[bw, bs], [, bn]] = BASEMAP_BOUNDS;
		// The east edge is the Caspian Sea: water there is drawn right.
		expect(w).toBeLessThanOrEqual(bw + 0.01);
		expect(s).toBeLessThanOrEqual(bs + 0.01);
		expect(n).toBeGreaterThanOrEqual(bn - 0.01);
		expect(inside(bbox(read('geodata/basemap/ne_10m_land.geojson')), BASEMAP_BOUNDS)).toBe(true);
		expect(inside([...HOME_BOUNDS[0], ...HOME_BOUNDS[1]], BASEMAP_BOUNDS)).toBe(true);
	});
});

describe('the popup sheet in pixels', () => {
	it('reads the CSS lengths the card is placed with', () => {
		expect(cssLength('26rem', 16, 800)).toBe(416);
		expect(cssLength(' 45vh', 16, 800)).toBe(360);
		expect(cssLength('12px', 16, 800)).toBe(12);
		expect(cssLength('auto', 16, 800)).toBe(0);
	});

	it('leaves the part of the map beside the card free, with a margin', () => {
		expect(freeRect(928, 800, { top: 0, left: 0, bottom: 0, right: 467 }, 24)).toEqual([24, 24, 437, 776]);
		expect(freeRect(375, 400, { top: 0, left: 0, bottom: 30, right: 0 }, 10)).toEqual([10, 10, 365, 360]);
	});
});
