/**
 * Figure 6: quote events as one clustered GeoJSON source, drawn with two layers for clusters
 * (circle + count) and one for single events. Clustering runs in MapLibre's worker
 * (supercluster), so panning only draws the clusters of the tiles in view.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function addEvents(map: MaplibreMap, url: string): void {
	map.addSource('events', {
		type: 'geojson',
		data: url,
		cluster: true,
		clusterRadius: 50,
		clusterMaxZoom: 12
	});
	map.addLayer({
		id: 'events-cluster',
		type: 'circle',
		source: 'events',
		filter: ['has', 'point_count'],
		paint: {
			'circle-color': '#b5452b',
			'circle-opacity': 0.8,
			'circle-radius': ['step', ['get', 'point_count'], 10, 50, 14, 500, 20, 5000, 28],
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1
		}
	});
	map.addLayer({
		id: 'events-count',
		type: 'symbol',
		source: 'events',
		filter: ['has', 'point_count'],
		layout: {
			'text-field': ['get', 'point_count_abbreviated'],
			'text-font': ['Noto Sans'],
			'text-size': 11,
			'text-allow-overlap': true
		},
		paint: { 'text-color': '#ffffff' }
	});
	map.addLayer({
		id: 'events-point',
		type: 'circle',
		source: 'events',
		filter: ['!', ['has', 'point_count']],
		paint: {
			'circle-color': '#b5452b',
			'circle-radius': 4,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1
		}
	});
}
