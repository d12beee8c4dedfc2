import { fetchData } from './fetch';
import { expandMapFile, type StoredMapFile } from './map-file';
import { DATA_FILES, type NotesFile } from './data-files';
import type { ArticleMeta, QuoteRecord } from './types';
import type { TimelineEvent } from '$lib/server/geodata/events';
import type { Story } from '$lib/server/geodata/story';

type Fetch = typeof globalThis.fetch;

/** What the map page needs up front: the curated layers (the articles load with the quotes). */
export async function loadMap(fetch: Fetch) {
	return { map: expandMapFile(await fetchData<StoredMapFile>(fetch, DATA_FILES.map)) };
}

export function loadArticles(fetch: Fetch): Promise<ArticleMeta[]> {
	return fetchData<ArticleMeta[]>(fetch, DATA_FILES.articles);
}

/** What the list and the about page need up front: curated layers and article metadata. */
export async function loadMapAndArticles(fetch: Fetch) {
	const [{ map }, articles] = await Promise.all([loadMap(fetch), loadArticles(fetch)]);
	return { map, articles };
}

export function loadQuotes(fetch: Fetch): Promise<QuoteRecord[]> {
	return fetchData<QuoteRecord[]>(fetch, DATA_FILES.quotes);
}

export function loadTimelineEvents(fetch: Fetch): Promise<TimelineEvent[]> {
	return fetchData<TimelineEvent[]>(fetch, DATA_FILES.timeline);
}

export function loadStories(fetch: Fetch): Promise<Story[]> {
	return fetchData<Story[]>(fetch, DATA_FILES.story);
}

export function loadNotes(fetch: Fetch): Promise<NotesFile> {
	return fetchData<NotesFile>(fetch, DATA_FILES.notes);
}
