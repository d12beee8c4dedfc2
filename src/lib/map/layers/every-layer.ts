// Every data layer the map can draw, for the checks that must see all of them at once (the style
// spec, the palette). Read from the spec modules' exports, so a layer added there is checked too.
import * as changeSpecs from '$lib/changes/specs';
import { COUNT_CAP } from '../expressions';
import * as mapSpecs from './specs';
import type { DataLayer } from './specs';

const isLayer = (v: unknown): v is DataLayer =>
	typeof v === 'object' && v !== null && 'id' in v && 'type' in v;

export function everyDataLayer(): DataLayer[] {
	return [...Object.values(mapSpecs), ...Object.values(changeSpecs)].flatMap((v) =>
		// A spec built per data (the count labels) is taken at its largest.
		typeof v === 'function' ? (v as (n: number) => DataLayer[])(COUNT_CAP) : isLayer(v) ? [v] : []
	);
}
