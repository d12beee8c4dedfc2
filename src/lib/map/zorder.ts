/**
 * The one ordered list of map layers: later entries draw on top. A layer whose id is not
 * here throws, so nobody adds a layer without deciding where it draws. An entry may stand for
 * a family of layers: `places-count:3` draws where `places-count` is listed. Svelte
 * mounts layer components in an order we do not control, so each layer inserts itself below
 * the first layer of a later entry that is already in the style.
 */
export const LAYER_ORDER = [
	'basemap-background',
	'basemap-land',
	'basemap-lake',
	'basemap-river',
	'basemap-border',
	// Data layers sit between the basemap's shapes and its labels.
	// The "What changed" halo under the lines it marks (src/lib/changes, only in that view).
	'change-halo',
	'nkao-outline',
	'zone-fill',
	'zone-outline',
	'line-of-contact',
	'corridor',
	'posts-uncertainty',
	'posts',
	// Its ring round the posts and places that changed.
	'change-ring',
	'places-circle',
	'places-count',
	'places-label',
	// Basemap labels on top of everything.
	'basemap-peak-label',
	'basemap-city-label',
	'basemap-sea-label',
	'basemap-country-label'
] as const;

export type LayerFamily = (typeof LAYER_ORDER)[number];
/** A layer id: an entry of LAYER_ORDER, or `entry:variant` for one of its family. */
export type LayerId = LayerFamily | `${LayerFamily}:${string}`;

/** Where a layer id draws in LAYER_ORDER. */
export function rankOf(id: string): number {
	const rank = LAYER_ORDER.indexOf(id.split(':')[0] as LayerFamily);
	if (rank < 0) throw new Error(`Layer id "${id}" is not in LAYER_ORDER (src/lib/map/zorder.ts)`);
	return rank;
}

/**
 * The id to insert `id` before, given the style's layers bottom to top
 * (`map.getLayersOrder()`), or undefined to draw on top.
 */
export function beforeIdFor(id: string, styleOrder: readonly string[]): string | undefined {
	const rank = rankOf(id);
	return styleOrder.find((other) => rankOf(other) > rank);
}
