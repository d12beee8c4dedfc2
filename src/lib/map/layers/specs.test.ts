// The data layers and the basemap as one MapLibre style, checked against the style spec: a misspelt
// paint or layout key, a value of the wrong type or a bad expression fails here, not in the browser.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../basemap-style';
import { LAYER_ORDER, rankOf } from '../zorder';
import { everyDataLayer } from './every-layer';
import type { DataLayer } from './specs';

/** The source the page puts the data layers in (<GeoJSONSource id="curated"> in src/routes/+page.svelte). */
const SOURCE = 'curated';

function styleWith(layers: readonly DataLayer[]): StyleSpecification {
	const base = basemapStyle('/data/basemap.geojson');
	const data = layers.map((l) => ({ ...l, source: SOURCE }) as LayerSpecification);
	return {
		...base,
		sources: {
			...base.sources,
			[SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [...base.layers, ...data].sort((a, b) => rankOf(a.id) - rankOf(b.id))
	};
}

const layers = everyDataLayer();

describe('the data layers', () => {
	it('are valid MapLibre layers, with the basemap, in one style', () => {
		expect(validateStyleMin(styleWith(layers))).toEqual([]);
	});

	it('cover every data entry of the z-order list, each id once', () => {
		const families = new Set(layers.map((l) => l.id.split(':')[0]));
		const data = LAYER_ORDER.filter((id) => !id.startsWith('basemap-'));
		expect([...families].sort()).toEqual([...data].sort());
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
	});

	it('the check can fail: a misspelt paint key and a bad expression are reported', () => {
		const misspelt = { ...layers[0]!, paint: { 'line-colour': 'red' } } as unknown as DataLayer;
		const badExpression = { ...layers[0]!, filter: ['==', ['get'], 1] } as unknown as DataLayer;
		expect(validateStyleMin(styleWith([misspelt])).map((e) => e.message)).toEqual([
			expect.stringContaining('unknown property "line-colour"')
		]);
		expect(validateStyleMin(styleWith([badExpression])).length).toBeGreaterThan(0);
	});
});
