import { describe, expect, it } from 'vitest';
import { attribute, categoryOfSource, decodeVlq, inlineData } from './bundle';

describe('bench bundle attribution', () => {
	it('decodes VLQ segments', () => {
		expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
		expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
		expect(decodeVlq('D')).toEqual([-1]);
		expect(decodeVlq('gB')).toEqual([16]);
	});
	it('classifies sources', () => {
		expect(categoryOfSource('../../node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('maplibre');
		expect(categoryOfSource('../../node_modules/svelte/src/internal/client/render.js')).toBe('framework');
		expect(categoryOfSource('../../src/lib/map/MapView.svelte')).toBe('app');
	});
	it('attributes generated characters to the source of each segment', () => {
		// line 0: cols 0–4 from source 0 (app), cols 5– from source 1 (framework)
		const code = 'aaaaabbbbb';
		const map = { sources: ['src/a.ts', 'node_modules/svelte/x.js'], mappings: 'AAAA,KCAA' };
		expect(attribute(code, map)).toEqual({ framework: 6, app: 5, unmapped: 0 });
	});
	it('finds the JSON SvelteKit inlines into a page', () => {
		const html =
			'<p>x</p><script type="application/json" data-sveltekit-fetched data-url="/a">{"a":1}</script>';
		expect(inlineData(html)).toBe('{"a":1}');
	});
});
