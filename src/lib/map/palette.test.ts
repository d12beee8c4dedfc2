// Colours come only from the palette: the basemap, the data layers, the change view and the legend
// read `palette`, so a colour changed there changes everywhere and the legend cannot drift from the
// map. This test reads their source and fails on any colour written elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Color } from '@maplibre/maplibre-gl-style-spec';
import { everyDataLayer } from './layers/every-layer';
import { palette } from './palette';

const HEX = /^#[0-9a-f]{6}$/;
/** A colour literal in code: #rgb, #rrggbb, #rrggbbaa, rgb()/rgba()/hsl()/hsla(). */
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/g;

/** The files that draw on the map or explain it, without their <style> blocks (page chrome). */
function drawingSources(): [string, string][] {
	const files = [
		...readdirSync('src/lib/map/layers').map((f) => join('src/lib/map/layers', f)),
		...readdirSync('src/lib/changes').map((f) => join('src/lib/changes', f)),
		'src/lib/map/basemap-style.ts',
		'src/lib/map/feature-state.ts',
		'src/lib/map/expressions.ts',
		'src/lib/ui/Legend.svelte'
	].filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'));
	return files.map((f) => [f, readFileSync(f, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '')]);
}

describe('the palette', () => {
	it('holds #rrggbb colours only', () => {
		for (const [key, value] of Object.entries(palette)) expect(value, key).toMatch(HEX);
	});

	it('is the only place a map or legend colour is written', () => {
		const found = drawingSources().flatMap(([file, text]) =>
			[...text.matchAll(COLOUR)].map((m) => `${file}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});

	it('holds every colour the data layer specs paint with', () => {
		const strings = (v: unknown): string[] =>
			typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(strings) : [];
		// Any string MapLibre would read as a colour, named ones ("red") included.
		const colours = everyDataLayer().flatMap((l) =>
			strings([l.paint, l.layout]).filter((s) => Color.parse(s) !== undefined)
		);
		expect(colours.length).toBeGreaterThan(0);
		const known = new Set<string>(Object.values(palette));
		expect(colours.filter((c) => !known.has(c))).toEqual([]);
	});

	it('the check can fail: it sees a colour written in a layer', () => {
		const text = `paint={{ 'circle-color': '#ffffff' }}`;
		expect([...text.matchAll(COLOUR)].map((m) => m[0])).toEqual(['#ffffff']);
	});
});
