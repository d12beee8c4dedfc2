import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapLayers, basemapStyle } from './basemap-style';
import { palette } from './palette';
import { beforeIdFor, LAYER_ORDER } from './zorder';

describe('basemap style', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(basemapStyle('/data/basemap.geojson'))).toEqual([]);
	});

	it('reports an invalid style (the check can fail)', () => {
		const broken = basemapStyle('/data/basemap.geojson');
		broken.layers.push({ id: 'bad', type: 'line', source: 'nowhere' });
		expect(validateStyleMin(broken).length).toBeGreaterThan(0);
	});

	it('lists its layers in the z-order registry, in the same order', () => {
		const ids = basemapLayers().map((l) => l.id);
		const positions = ids.map((id) => LAYER_ORDER.indexOf(id as (typeof LAYER_ORDER)[number]));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('uses only colours from the palette, as #rrggbb', () => {
		for (const colour of Object.values(palette)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
	});
});

describe('z-order', () => {
	it('puts data layers below the basemap labels that exist', () => {
		const existing = new Set(['basemap-land', 'basemap-city-label', 'basemap-country-label']);
		expect(beforeIdFor('places-circle', (id) => existing.has(id))).toBe('basemap-city-label');
		expect(beforeIdFor('basemap-country-label', (id) => existing.has(id))).toBeUndefined();
	});

	it('refuses a layer that has no place in the order', () => {
		expect(() => beforeIdFor('mystery-layer', () => true)).toThrow(/not in LAYER_ORDER/);
	});
});
