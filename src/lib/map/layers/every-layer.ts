// Every data layer the map can draw, for the checks that must see all of them at once (the style
// spec, the palette). Read from the spec modules' exports, so a layer added there is checked too.
import * as changeSpecs from '$lib/changes/specs';
import * as mapSpecs from './specs';
import type { DataLayer } from './specs';

const isLayer = (v: unknown): v is DataLayer =>
	typeof v === 'object' && v !== null && 'id' in v && 'type' in v;

export function everyDataLayer(): DataLayer[] {
	return [...Object.values(mapSpecs), ...Object.values(changeSpecs)].filter(isLayer);
}
