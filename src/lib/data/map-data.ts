/**
 * Turns the validated geodata into what the map draws: flat feature properties that MapLibre
 * expressions can read (arrays and objects are not usable in GeoJSON-source expressions), with
 * the quote dates of each feature. A change of selection never brings new data, it changes
 * feature state (src/lib/map/feature-state.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DateIndex } from '$lib/time/model';
import { displayLabel } from '$lib/names/label';
import { allQuoteDates, featureQuoteDates, quotesTotal } from './quote-dates';
import type { ArticleMeta, Geodata, Period, QuoteRecord } from './types';

export interface MapFeatureProps {
	id: string;
	label: string;
	kind: string;
	precision: string;
	/** "" when no date is recorded (the time model reads "" as open). */
	valid_from: string;
	valid_to: string;
	/** Quotes tied to it over the whole corpus: which count labels it can ever need. */
	quotes_total: number;
	[key: string]: string | number | boolean | null;
}

export interface MapData {
	periods: Period[];
	/** Every quote and passage by its article's date: the period switches' and the time strip's counts. */
	quoteDates: DateIndex;
	/** Per feature id, the dates of the quotes its popup can list (nested ones left out, as there). */
	featureQuoteDates: Record<string, DateIndex>;
	places: FeatureCollection<Geometry, MapFeatureProps>;
	lines: FeatureCollection<Geometry, MapFeatureProps>;
	posts: FeatureCollection<Geometry, MapFeatureProps>;
	/**
	 * The outlets quoted, by name ("Unknown outlet…" left out), sorted: the map's attribution credits
	 * them. Carried here so the map page's first load needs no articles.json (it loads with the quotes).
	 */
	outlets: string[];
}

/** What the drawn properties are made from: a curated feature's own (its details in map.json). */
export interface DrawnFrom {
	id: string;
	name: string;
	contested_name?: string | null;
	kind: string;
	precision: string;
	valid_from?: string | null;
	valid_to?: string | null;
}

type Curated = Feature<Geometry, DrawnFrom>;

/** The flat properties MapLibre reads, from a feature's own and its quote total. */
export function drawnProps(p: DrawnFrom, total: number): MapFeatureProps {
	return {
		id: p.id,
		label: displayLabel(p.name, p.contested_name),
		kind: p.kind,
		precision: p.precision,
		valid_from: p.valid_from ?? '',
		valid_to: p.valid_to ?? '',
		quotes_total: total
	};
}

/** The named outlets of the articles, once each, sorted. */
export function outletsOf(articles: readonly ArticleMeta[]): string[] {
	return [...new Set(articles.map((a) => a.source).filter((s) => !s.startsWith('Unknown')))].sort();
}

export function prepareMapData(geodata: Geodata, quotes: QuoteRecord[], articles: ArticleMeta[]): MapData {
	const byFeature = featureQuoteDates(quotes, articles);
	const collection = (features: readonly Curated[]) => ({
		type: 'FeatureCollection' as const,
		features: features.map((f) => ({
			type: 'Feature' as const,
			geometry: f.geometry,
			properties: drawnProps(f.properties, quotesTotal(byFeature, f.properties.id))
		}))
	});
	return {
		periods: geodata.periods,
		quoteDates: allQuoteDates(quotes, articles),
		featureQuoteDates: byFeature,
		places: collection(geodata.places.features as Curated[]),
		lines: collection(geodata.lines.features as Curated[]),
		posts: collection(geodata.posts.features as Curated[]),
		outlets: outletsOf(articles)
	};
}
