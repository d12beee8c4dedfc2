// The build's data step, run by `npm run build`, `npm start` and `npm run dev`:
//   curated geodata/ + corpus/articles/ → validation → join → static JSON in static/data/.
// It fails (exit 1, every problem listed) rather than publish a half-joined map.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBasemap } from './lib/basemap.ts';
import { buildSiteData } from './lib/site-data.ts';
import { loadGeodata, formatGeodataError } from '../src/lib/geodata/load.ts';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import { joinCorpus, assertVerbatim } from '../src/lib/corpus/join.ts';
import { namesOf } from '../src/lib/geodata/names.ts';
import { parseEvents } from '../src/lib/geodata/events.ts';

const OUT = 'static/data';

function fail(lines: string[]): never {
	console.error(
		`\nnpm run data: the data is not valid, nothing was written.\n${lines.map((l) => `  ✗ ${l}`).join('\n')}\n`
	);
	process.exit(1);
}

const { geodata, errors: geoErrors } = loadGeodata('geodata');
if (!geodata || geoErrors.length > 0) fail(geoErrors.map(formatGeodataError));

const events = parseEvents('geodata/events.json', readFileSync('geodata/events.json', 'utf8'));
if (events.errors.length > 0) fail(events.errors.map(formatGeodataError));

const corpus = loadCorpus('corpus/articles');
if (corpus.errors.length > 0) fail(corpus.errors.map((e) => `${e.file}: ${e.message}`));
if (corpus.articles.length === 0) fail(['corpus/articles/: no article found']);

const joined = joinCorpus(corpus.articles, geodata);
assertVerbatim(corpus.articles, joined.quotes);

const files = buildSiteData(geodata, corpus.articles, joined, events.events);
const curatedNames = new Set(
	geodata.places.features.flatMap((f) => namesOf(f.properties).map((n) => n.toLowerCase()))
);
files.set('basemap.geojson', JSON.stringify(buildBasemap('geodata/basemap', curatedNames)));

// Write into a fresh folder, then swap it in: a failed run never leaves half the files.
const tmp = `${OUT}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
for (const [name, content] of files) {
	const path = join(tmp, name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}
rmSync(OUT, { recursive: true, force: true });
renameSync(tmp, OUT);

const noPeriod = joined.articles.filter((a) => a.periods.length === 0);
console.log(
	`data: ${geodata.places.features.length} places, ${geodata.lines.features.length} lines, ` +
		`${geodata.posts.features.length} posts; ${joined.articles.length} articles, ${joined.quotes.length} quotes and passages` +
		(noPeriod.length
			? `; ${noPeriod.length} article(s) in no period: ${noPeriod.map((a) => a.id).join(', ')}`
			: '') +
		(joined.unmatched.length
			? `; ${joined.unmatched.length} place-like names not in the gazetteer (npm run ingest -- corpus/articles/*.txt)`
			: '') +
		` → ${OUT}/`
);
