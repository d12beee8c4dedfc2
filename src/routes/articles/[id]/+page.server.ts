import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { DATA_FILES, type ArticleFile } from '$lib/data/data-files';
import type { StoredMapFile } from '$lib/data/map-file';
import type { ArticleMeta } from '$lib/data/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): reads what `npm run data` wrote.
const DATA_DIR = 'static/data';

function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(`${DATA_DIR}/${file}`, 'utf8')) as T;
}

export const entries: EntryGenerator = () =>
	readJson<ArticleMeta[]>(DATA_FILES.articles).map((a) => ({ id: a.id }));

export const load: PageServerLoad = ({ params }) => {
	const known = readJson<ArticleMeta[]>(DATA_FILES.articles).some((a) => a.id === params.id);
	if (!known) error(404, `No article "${params.id}"`);
	const article = readJson<ArticleFile>(DATA_FILES.article(params.id));
	const map = readJson<StoredMapFile>(DATA_FILES.map);
	const placeNames = Object.fromEntries(
		Object.entries(map.features).map(([id, f]) => [id, f.properties.name])
	);
	return { article, placeNames };
};
