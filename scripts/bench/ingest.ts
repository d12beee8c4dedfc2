/**
 * Figure 5: ingest + join throughput on a synthetic corpus (synthetic.ts) of 1,000 and 10,000
 * articles. Ingest = parseArticle on the file bytes (UTF-8 check, header, sha256); join =
 * joinCorpus against the real geodata/. Run alone (`npx tsx scripts/bench/ingest.ts 10000`) to
 * profile it with `node --cpu-prof --import tsx …`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArticle } from '../../src/lib/server/corpus/article';
import { joinCorpus } from '../../src/lib/server/corpus/join';
import { loadCorpus } from '../../src/lib/server/corpus/load';
import { gazetteerFrom } from '../../src/lib/server/corpus/matcher';
import { loadGeodata } from '../../src/lib/server/geodata/load';
import type { Geodata } from '../../src/lib/data/types';
import { generateCorpus, type SyntheticSource } from './synthetic';

export const SEED = 20_231_001;

export interface IngestRun {
	articles: number;
	mb: number;
	quotes: number;
	ingestMs: number;
	joinMs: number;
	totalMs: number;
	articlesPerS: number;
	mbPerS: number;
}

export function loadInputs(): { geodata: Geodata; source: SyntheticSource } {
	const { geodata, errors } = loadGeodata('geodata');
	if (!geodata) throw new Error(`geodata/ does not load: ${errors.length} errors`);
	const corpus = loadCorpus('corpus/articles');
	const source: SyntheticSource = {
		bodies: corpus.articles.map((a) => a.body),
		sources: [...new Set(corpus.articles.map((a) => a.meta.source))],
		names: gazetteerFrom(geodata).flatMap((e) => e.names)
	};
	return { geodata, source };
}

export function runIngest(count: number, geodata: Geodata, source: SyntheticSource, seed = SEED): IngestRun {
	const files = generateCorpus(count, seed, source);
	const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
	const t0 = performance.now();
	const articles = files.map((f) => parseArticle(f.bytes, `${f.id}.txt`, f.id));
	const t1 = performance.now();
	const joined = joinCorpus(articles, geodata);
	const t2 = performance.now();
	const totalMs = t2 - t0;
	return {
		articles: count,
		mb: bytes / 1e6,
		quotes: joined.quotes.length,
		ingestMs: t1 - t0,
		joinMs: t2 - t1,
		totalMs,
		articlesPerS: count / (totalMs / 1000),
		mbPerS: bytes / 1e6 / (totalMs / 1000)
	};
}

/** A short warm-up (JIT, caches of the matcher and the normaliser), then 1k and 10k. */
export function ingestBench(sizes = [1_000, 10_000]): IngestRun[] {
	const { geodata, source } = loadInputs();
	runIngest(200, geodata, source, SEED + 1);
	return sizes.map((n) => runIngest(n, geodata, source));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const sizes = process.argv.slice(2).map(Number).filter(Boolean);
	for (const r of ingestBench(sizes.length ? sizes : undefined)) console.log(JSON.stringify(r));
}
