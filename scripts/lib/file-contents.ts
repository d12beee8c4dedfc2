// Everything the pages load, as file name → content. Pure: the caller writes the files.
import type { Feature, Geometry } from 'geojson';
import { compactMapFile, centerOf } from '../../src/lib/data/map-file.ts';
import { prepareMapData } from '../../src/lib/data/map-data.ts';
import { quotesByArticle, quotesByPlace } from '../../src/lib/data/quote-groups.ts';
import {
	DATA_FILES,
	type ArticleFile,
	type FeatureDetails,
	type FeatureNotes,
	type MapFile,
	type NotesFile
} from '../../src/lib/data/data-files.ts';
import type { ArticleMeta, Geodata, QuoteRecord, UnmatchedName } from '../../src/lib/data/types.ts';
import { periodsOf } from '../../src/lib/server/geodata/periods.ts';
import type { LineProperties, PlaceProperties, PostProperties } from '../../src/lib/server/geodata/schema.ts';
import { toCSV } from './export.ts';
import type { TimelineEvent } from '../../src/lib/server/geodata/events.ts';

interface Joined {
	articles: ArticleMeta[];
	quotes: QuoteRecord[];
	unmatched: UnmatchedName[];
}

export function buildFileContents(
	geodata: Geodata,
	parsed: { meta: { id: string }; body: string }[],
	joined: Joined,
	events: TimelineEvent[] = []
) {
	const details: Record<string, FeatureDetails> = {};
	const notes: Record<string, FeatureNotes> = {};
	const add = (
		group: FeatureDetails['group'],
		features: Feature<Geometry, PlaceProperties | LineProperties | PostProperties>[]
	) => {
		for (const f of features) {
			// shared_aliases is the geoparser's alone; along, scope and ends no page reads (data-files.ts).
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { description, sources, aliases, shared_aliases, along, scope, ends, ...brief } =
				f.properties as typeof f.properties & { along?: unknown; scope?: unknown; ends?: unknown };
			details[brief.id] = {
				group,
				properties: brief as FeatureDetails['properties'],
				center: centerOf(f.geometry),
				periods: periodsOf(f.properties.valid_from, f.properties.valid_to, geodata.periods)
			};
			notes[brief.id] = description === undefined ? { aliases, sources } : { aliases, description, sources };
		}
	};
	add('place', geodata.places.features);
	add('line', geodata.lines.features);
	add('post', geodata.posts.features);

	const map: MapFile = { ...prepareMapData(geodata, joined.quotes, joined.articles), details };
	const notesFile: NotesFile = { features: notes, postCounts: geodata.postCounts };
	const files = new Map<string, string>();
	files.set(DATA_FILES.map, JSON.stringify(compactMapFile(map)));
	files.set(DATA_FILES.notes, JSON.stringify(notesFile));
	files.set(DATA_FILES.articles, JSON.stringify(joined.articles));
	files.set(DATA_FILES.quotes, JSON.stringify(joined.quotes));
	// The time strip's marks load with the strip, not with the first view.
	files.set(DATA_FILES.timeline, JSON.stringify(events));
	const bodies = new Map(parsed.map((a) => [a.meta.id, a.body]));
	const byArticle = quotesByArticle(joined.quotes);
	for (const meta of joined.articles) {
		const file: ArticleFile = {
			meta,
			body: bodies.get(meta.id) ?? '',
			quotes: byArticle.get(meta.id) ?? []
		};
		files.set(DATA_FILES.article(meta.id), JSON.stringify(file));
	}
	const byPlace = quotesByPlace(joined.quotes);
	files.set(
		DATA_FILES.exportGeoJSON,
		JSON.stringify({
			type: 'FeatureCollection',
			features: geodata.places.features.map((f) => ({
				...f,
				properties: { ...f.properties, quotes: byPlace.get(f.properties.id) ?? [] }
			}))
		})
	);
	files.set(DATA_FILES.exportCSV, toCSV(joined.quotes, joined.articles));
	return files;
}
