import type { Map as MaplibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const MAP_KEY = Symbol('map');
const SOURCE_KEY = Symbol('map source');

/** What a layer component needs from the map around it. */
export interface MapContext {
	readonly map: MaplibreMap;
}

export function setMapContext(ctx: MapContext): void {
	setContext(MAP_KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(MAP_KEY);
	if (!ctx) throw new Error('A map layer or source must be placed inside <MapView>.');
	return ctx;
}

export function setSourceContext(id: string): void {
	setContext(SOURCE_KEY, id);
}

export function getSourceId(): string {
	const id = getContext<string | undefined>(SOURCE_KEY);
	if (!id) throw new Error('A map layer must be placed inside a <GeoJSONSource>.');
	return id;
}
