/**
 * The files the data step writes to static/data/ and the pages load. Paths and shapes are
 * declared once here for the build script, the pages and the tests.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapData } from './prepare';
import type { ArticleMeta, PostCount, QuoteRecord } from './types';
import type { LineProperties, PlaceProperties, PostProperties } from '$lib/geodata/schema';

export const DATA_FILES = {
	map: 'map.json',
	articles: 'articles.json',
	quotes: 'quotes.json',
	article: (id: string) => `articles/${id}.json`,
	exportGeoJSON: 'export/places-with-quotes.geojson',
	exportCSV: 'export/quotes.csv'
} as const;

export type FeatureGroup = 'place' | 'line' | 'post';

/** Everything a popup shows about one curated feature. */
export interface FeatureDetails {
	group: FeatureGroup;
	properties: PlaceProperties | LineProperties | PostProperties;
	/** Where to centre the map on it: the point, or the middle of the line or area's box. */
	center: [number, number];
	/** Period ids the feature belongs to (from its dates). */
	periods: string[];
}

export interface MapFile extends MapData {
	postCounts: PostCount[];
	details: Record<string, FeatureDetails>;
}

export interface ArticleFile {
	meta: ArticleMeta;
	body: string;
	quotes: QuoteRecord[];
}

export type ExportCollection = FeatureCollection<Point, PlaceProperties & { quotes: QuoteRecord[] }>;
export type ExportFeature = Feature<Point, PlaceProperties & { quotes: QuoteRecord[] }>;
