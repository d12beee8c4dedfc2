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
		const style = ['basemap-land', 'basemap-city-label', 'basemap-country-label'];
		expect(beforeIdFor('places-circle', style)).toBe('basemap-city-label');
		expect(beforeIdFor('basemap-country-label', style)).toBeUndefined();
	});

	it('places a family member where its family is listed', () => {
		const style = [
			'basemap-land',
			'places-circle',
			'places-count:2020',
			'places-label',
			'basemap-city-label'
		];
		expect(beforeIdFor('places-count:12', style)).toBe('places-label');
		// A layer of an earlier entry goes below every member of the family.
		expect(beforeIdFor('posts', style)).toBe('places-circle');
		expect(beforeIdFor('places-circle', ['places-count:2023', 'places-label'])).toBe('places-count:2023');
	});

	it('refuses a layer that has no place in the order', () => {
		expect(() => beforeIdFor('mystery-layer', [])).toThrow(/not in LAYER_ORDER/);
		expect(() => beforeIdFor('mystery:2020', [])).toThrow(/not in LAYER_ORDER/);
	});
});
