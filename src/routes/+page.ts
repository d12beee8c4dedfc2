import { fetchData } from '$lib/data/fetch';
import { DATA_FILES, type MapFile } from '$lib/data/site-data';
import type { ArticleMeta } from '$lib/data/types';
import type { PageLoad } from './$types';

// Curated layers and article metadata are small and needed for the first view, so they are
// inlined at prerender; the quotes load after the first paint (see +page.svelte).
export const load: PageLoad = async ({ fetch }) => {
	const [map, articles] = await Promise.all([
		fetchData<MapFile>(fetch, DATA_FILES.map),
		fetchData<ArticleMeta[]>(fetch, DATA_FILES.articles)
	]);
	return { map, articles };
};
