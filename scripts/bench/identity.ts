/**
 * Whether a speed change kept the join's output: a digest (sha256, 16 hex) of the join over the
 * seeded synthetic corpus and over every article set (eval/, its holdouts, corpus/), with and
 * without GeoNames. Run it before and after the change and compare the lines:
 * `npx tsx scripts/bench/identity.ts [articles, default 1500]`. Any rule change moves the digests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/lib/server/corpus/article';
import { loadGeoNames } from '../../src/lib/server/corpus/geonames';
import { extractArticle, joinCorpus, matcherFor } from '../../src/lib/server/corpus/join';
import { loadInputs, SEED } from './ingest';
import { generateCorpus } from './synthetic';

const digest = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

const { geodata, source } = loadInputs();
const geonames = loadGeoNames();
const count = Number(process.argv[2] ?? 1500);
const synthetic = generateCorpus(count, SEED, source).map((f) => parseArticle(f.bytes, `${f.id}.txt`, f.id));
const joined = joinCorpus(synthetic, geodata);
console.log(`synthetic ${count}: ${digest(joined)} (${joined.quotes.length} quotes)`);
console.log(`synthetic 300, GeoNames: ${digest(joinCorpus(synthetic.slice(0, 300), geodata, { geonames }))}`);

// Every article set: the join, and each article's whole extraction (mentions, unmatched, furniture).
const matcher = matcherFor(geodata);
const holdouts = readdirSync('eval').filter((d) => d.startsWith('holdout'));
for (const dir of ['eval/articles', 'corpus/articles', ...holdouts.map((d) => `eval/${d}/articles`)]) {
	if (!existsSync(dir)) continue;
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	const articles = files.map((f) =>
		parseArticle(readFileSync(join(dir, f)), join(dir, f), f.slice(0, -'.txt'.length))
	);
	const extracted = articles.map((a) => extractArticle(a, matcher, { geonames }));
	console.log(
		`${dir} (${articles.length}): extract ${digest(extracted)} join ${digest(joinCorpus(articles, geodata, { geonames }))}`
	);
}
