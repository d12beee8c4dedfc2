import { loadMapAndArticles, loadQuotes } from '$lib/data/load';
import type { PageLoad } from './$types';

// The list is prerendered with every quote in it: readable without JavaScript or WebGL.
export const load: PageLoad = async ({ fetch }) => {
	const [base, quotes] = await Promise.all([loadMapAndArticles(fetch), loadQuotes(fetch)]);
	return { ...base, quotes };
};
