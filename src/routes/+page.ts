import { loadMapAndArticles } from '$lib/data/load';
import type { PageLoad } from './$types';

// Curated layers and article metadata are small and needed for the first view, so they are
// inlined at prerender; the quotes and the features' notes load later (see +page.svelte).
export const load: PageLoad = ({ fetch }) => loadMapAndArticles(fetch);
