import { loadMapAndArticles, loadNotes, loadQuotes } from '$lib/data/load';
import type { PageLoad } from './$types';

// The list is prerendered with every quote in it: readable without JavaScript or WebGL. The
// notes carry the aliases its search matches.
export const load: PageLoad = async ({ fetch }) => {
	const [base, quotes, notes] = await Promise.all([
		loadMapAndArticles(fetch),
		loadQuotes(fetch),
		loadNotes(fetch)
	]);
	return { ...base, quotes, notes };
};
