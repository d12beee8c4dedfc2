/**
 * The benchmark's baseline page: a bare MapLibre map with the site's basemap style (same
 * basemap-style.ts, same basemap.geojson, same self-hosted label fonts) and nothing else. It sets
 * `window.__map` after the first `idle`, as the site does. With `?events=<url>` it also draws
 * that GeoJSON of quote events as clustered points (figure 6, the 50,000-event map).
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-armenian/400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, HOME_BOUNDS } from '../../../src/lib/map/basemap-style';
import { addEvents } from './events';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
	container: 'map',
	style: basemapStyle('/data/basemap.geojson'),
	bounds: HOME_BOUNDS,
	fitBoundsOptions: { padding: 16 },
	attributionControl: { compact: true },
	maxPitch: 0
});
const events = new URLSearchParams(location.search).get('events');
if (events) map.once('load', () => addEvents(map, events));
map.once('idle', () => {
	window.__map = map;
});
