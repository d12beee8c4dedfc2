import { loadMap } from '$lib/data/load';
import type { PageLoad } from './$types';

// The full map's first-view data (src/routes/+page.ts), inlined at prerender the same way.
export const load: PageLoad = ({ fetch }) => loadMap(fetch);
