// The build's data step, run by `npm run build`, `npm start` and `npm run dev`:
//   curated geodata/ + corpus/articles/ → validation → join → static JSON in static/data/.
// It fails (exit 1, every problem listed) rather than publish a half-joined map.
import { readFileSync } from 'node:fs';
import { buildBasemap } from './lib/basemap.ts';
import { checkBasemap } from './lib/basemap-check.ts';
import { publish } from './lib/publish.ts';
import { buildFileContents } from './lib/file-contents.ts';
import { DATA_FILES } from '../src/lib/data/data-files.ts';
import { loadGeodata, formatGeodataError } from '../src/lib/server/geodata/load.ts';
import { loadCorpus } from '../src/lib/server/corpus/load.ts';
import { checkCorpusState } from '../src/lib/server/corpus/consistency.ts';
import {
	applyCorrections,
	checkAliases,
	loadCorrections,
	withAliases
} from '../src/lib/server/corpus/corrections.ts';
import { joinCorpus, assertVerbatim } from '../src/lib/server/corpus/join.ts';
import { namesOf } from '../src/lib/server/geodata/names.ts';
import { parseEvents } from '../src/lib/server/geodata/events.ts';
import { parseStories, storyRefs } from '../src/lib/server/geodata/story.ts';

const OUT = 'static/data';

function fail(lines: string[]): never {
	console.error(
		`\nnpm run data: the data is not valid, nothing was written.\n${lines.map((l) => `  ✗ ${l}`).join('\n')}\n`
	);
	process.exit(1);
}

const { geodata: curated, errors: geoErrors } = loadGeodata('geodata');
const basemapErrors = checkBasemap('geodata/basemap');
if (!curated || geoErrors.length > 0 || basemapErrors.length)
	fail([...geoErrors.map(formatGeodataError), ...basemapErrors]);

const events = parseEvents('geodata/events.json', readFileSync('geodata/events.json', 'utf8'));
if (events.errors.length > 0) fail(events.errors.map(formatGeodataError));
const story = parseStories(
	'geodata/story.json',
	readFileSync('geodata/story.json', 'utf8'),
	storyRefs([curated.places, curated.lines, curated.posts], events.events)
);
if (story.errors.length > 0) fail(story.errors.map(formatGeodataError));

const corpus = loadCorpus('corpus/articles');
if (corpus.errors.length > 0) fail(corpus.errors.map((e) => `${e.file}: ${e.message}`));
if (corpus.articles.length === 0) fail(['corpus/articles/: no article found']);
// A corpus that an interrupted or running ingest left between two states is never published.
const state = checkCorpusState('corpus/articles', corpus.articles);
if (state.errors.length) fail(state.errors.map((e) => `${e.file}: ${e.message}`));
for (const w of state.warnings) console.warn(`warning: ${w}`);

const corrections = loadCorrections('corpus/corrections.json');
if (corrections.errors.length) fail(corrections.errors);
// Accepted aliases change what the matcher finds, so they join the gazetteer before the join.
const geodata = withAliases(curated, corrections.corrections);
const aliasErrors = geodata === curated ? [] : checkAliases(geodata);
if (aliasErrors.length) fail(aliasErrors);
const joined = applyCorrections(
	joinCorpus(corpus.articles, geodata),
	corrections.corrections,
	geodata,
	corpus.articles
);
if (joined.errors.length) fail(joined.errors);
assertVerbatim(corpus.articles, joined.quotes);

const files = buildFileContents(geodata, corpus.articles, joined, events.events);
const curatedNames = new Set(
	geodata.places.features.flatMap((f) => namesOf(f.properties).map((n) => n.toLowerCase()))
);
files.set(DATA_FILES.story, JSON.stringify(story.stories));
files.set('basemap.geojson', JSON.stringify(buildBasemap('geodata/basemap', curatedNames)));

// Written into a fresh folder and swapped in by one rename: never half the files, never none.
publish(OUT, files, '.data');

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
		(joined.applied.length ? `; ${joined.applied.length} editors' correction(s) applied` : '') +
		` → ${OUT}/`
);
