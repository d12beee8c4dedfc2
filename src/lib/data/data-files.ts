/**
 * The files the data step writes to static/data/ and the pages load. Paths and shapes are
 * declared once here for the build script, the pages and the tests.
 */
import type { MapData } from './map-data';
import type { ArticleMeta, PostCount, QuoteRecord } from './types';
import type { LineProperties, PlaceProperties, PostProperties, Source } from '$lib/server/geodata/schema';

export const DATA_FILES = {
	map: 'map.json',
	articles: 'articles.json',
	quotes: 'quotes.json',
	notes: 'notes.json',
	timeline: 'timeline.json',
	/** The guided stories (geodata/story.json), loaded when a story starts. */
	story: 'story.json',
	article: (id: string) => `articles/${id}.json`,
	exportGeoJSON: 'export/places-with-quotes.geojson',
	exportCSV: 'export/quotes.csv'
} as const;

export type FeatureGroup = 'place' | 'line' | 'post';

/**
 * What the first view does without: the long parts and the other names (only a popup or a search
 * shows them) load with `NotesFile`; `shared_aliases` only the geoparser reads, and `along`,
 * `scope` and `ends` only the geodata's own checks, so no page gets them.
 */
type Brief<P> = Omit<P, 'description' | 'sources' | 'aliases' | 'shared_aliases' | UnreadByPages>;
/** Curated properties no page reads (a post's line, a place's scope, a corridor's two ends). */
type UnreadByPages = 'along' | 'scope' | 'ends';

/** What the first view needs about one curated feature: names, kind, dates, precision. */
export interface FeatureDetails {
	group: FeatureGroup;
	properties: Brief<PlaceProperties> | Brief<LineProperties> | Brief<PostProperties>;
	/** Where to centre the map on it: the point, or the middle of the line or area's box. */
	center: [number, number];
	/** Period ids the feature belongs to (from its dates). */
	periods: string[];
}

export interface MapFile extends MapData {
	details: Record<string, FeatureDetails>;
}

/** What a popup shows below the name and dates (other names, description, sources); search reads the names. */
export interface FeatureNotes {
	/** The other names it goes by: search finds the feature by them, the popup lists them. */
	aliases: string[];
	description?: string;
	sources: Source[];
}

/**
 * The other names, descriptions and sources of every feature, and the sourced post counts. The
 * map page loads it when a popup first opens or a search starts; the list and about pages have it inlined.
 */
export interface NotesFile {
	features: Record<string, FeatureNotes>;
	postCounts: PostCount[];
}

export interface ArticleFile {
	meta: ArticleMeta;
	body: string;
	quotes: QuoteRecord[];
}
