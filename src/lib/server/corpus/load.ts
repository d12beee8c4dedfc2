/**
 * Reading the corpus folder (Node only: the build, the tests and the ingest command use it).
 * A bad file is reported in `errors` and left out; the others still load.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError, parseArticle, type ParsedArticle } from './article';

export const CORPUS_DIR = 'corpus/articles';

export interface LoadResult {
	articles: ParsedArticle[];
	errors: { file: string; message: string }[];
}

export function loadCorpus(dir = CORPUS_DIR): LoadResult {
	const out: LoadResult = { articles: [], errors: [] };
	if (!existsSync(dir)) {
		out.errors.push({ file: dir, message: 'corpus folder not found' });
		return out;
	}
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	for (const name of files) {
		const file = join(dir, name);
		try {
			const a = parseArticle(readFileSync(file), file, name.slice(0, -'.txt'.length));
			// Files in the corpus went through ingest, which records the checksum: none means hand-made.
			if (!a.header.sha256)
				throw new ArticleError('no sha256 header: add articles with `npm run ingest -- --write`');
			out.articles.push(a);
		} catch (e) {
			out.errors.push({ file, message: e instanceof Error ? e.message : String(e) });
		}
	}
	return out;
}
