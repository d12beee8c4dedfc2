import { loadMap } from '$lib/data/load';
import type { PageLoad } from './$types';

// The curated layers are small and needed for the first view, so they are inlined at prerender;
// the quotes with the articles' metadata, and the features' notes, load later (MapPage.svelte).
export const load: PageLoad = ({ fetch }) => loadMap(fetch);
