// The data layers and the basemap as one MapLibre style, checked against the style spec: a misspelt
// paint or layout key, a value of the wrong type or a bad expression fails here, not in the browser.
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../basemap-style';
import { LAYER_ORDER, rankOf } from '../zorder';
import { everyDataLayer } from './every-layer';
import * as firstView from './specs';
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

	it('need few shader programs in the first view: the layers of one type vary the same paint properties', () => {
		// MapLibre's program key: per paint property that can vary by feature, whether it is one value
		// (u), read per feature (a) or per feature and zoom (z). Each distinct key is a program to
		// compile on the first load (docs/performance.md, session 13).
		const spec = latest as unknown as Record<string, Record<string, { 'property-type'?: string }>>;
		const programKey = (layer: DataLayer) =>
			Object.entries(spec[`paint_${layer.type}`]!)
				.filter(([, p]) => p['property-type']?.includes('data-driven'))
				.map(([name, p]) => {
					const value = (layer.paint as Record<string, unknown> | undefined)?.[name];
					if (value === undefined) return `u_${name}`;
					const parsed = createPropertyExpression(value, name, p as never);
					if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}`);
					const kind = parsed.value.kind;
					return `${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}_${name}`;
				})
				.join(' ');
		const shown = Object.values(firstView).filter(
			(v): v is DataLayer => typeof v === 'object' && v !== null && 'id' in v && 'type' in v
		);
		const programs: Record<string, number> = {};
		for (const type of new Set(shown.map((l) => l.type)))
			programs[type] = new Set(shown.filter((l) => l.type === type).map(programKey)).size;
		expect(programs).toEqual({ line: 1, fill: 1, circle: 1, symbol: 1 });
	});
});
