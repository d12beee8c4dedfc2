import { loadMapAndArticles, loadNotes } from '$lib/data/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [base, notes] = await Promise.all([loadMapAndArticles(fetch), loadNotes(fetch)]);
	return { ...base, notes };
};
