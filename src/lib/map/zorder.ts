/**
 * The one ordered list of map layers: later entries draw on top. A layer whose id is not
 * here throws, so nobody adds a layer without deciding where it draws. Svelte mounts layer
 * components in an order we do not control, so each layer asks this list for the id of the
 * first layer above it that already exists and inserts itself below that one.
 */
export const LAYER_ORDER = [
	'basemap-background',
	'basemap-land',
	'basemap-lake',
	'basemap-river',
	'basemap-border',
	// Data layers sit between the basemap's shapes and its labels.
	'nkao-outline',
	'zone-fill',
	'zone-outline',
	'line-of-contact',
	'corridor',
	'posts-uncertainty',
	'posts',
	'places-circle',
	'places-count',
	'places-label',
	// Basemap labels on top of everything.
	'basemap-peak-label',
	'basemap-city-label',
	'basemap-sea-label',
	'basemap-country-label'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** The id of the first layer above `id` that `exists` reports, or undefined to draw on top. */
export function beforeIdFor(id: string, exists: (id: string) => boolean): LayerId | undefined {
	const index = LAYER_ORDER.indexOf(id as LayerId);
	if (index < 0) throw new Error(`Layer id "${id}" is not in LAYER_ORDER (src/lib/map/zorder.ts)`);
	return LAYER_ORDER.slice(index + 1).find((above) => exists(above));
}
