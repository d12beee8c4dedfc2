import { loadMapAndArticles } from '$lib/data/load';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => loadMapAndArticles(fetch);
