/**
 * Turns the validated geodata and the joined quotes into what the map draws: flat feature
 * properties that MapLibre expressions can read (arrays and objects are not usable in
 * GeoJSON-source expressions), and per feature the dates of its quotes, so any selection of time
 * is counted in the browser without quotes.json. What a selection shows is decided by
 * src/lib/time/model.ts; a change of selection never brings new data, it changes feature state.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { dateIndex, type DateIndex } from '$lib/time/model';
import { withoutNested } from './passages';
import type { ArticleMeta, Geodata, Period, QuoteRecord } from './types';

/** "Stepanakert (Khankendi)": both names of a contested place, the press's English one first. */
export function displayLabel(name: string, contested?: string | null): string {
	return contested ? `${name} (${contested})` : name;
}

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

/** Quotes tied to a feature over the whole corpus (the last running total of its dates). */
export const quotesTotal = (byFeature: Record<string, DateIndex>, id: string): number =>
	byFeature[id]?.total.at(-1) ?? 0;

/** The quotes of each article id, in input order (one pass: a filter per article is quadratic). */
export function quotesByArticle(quotes: readonly QuoteRecord[]): Map<string, QuoteRecord[]> {
	const byArticle = new Map<string, QuoteRecord[]>();
	for (const q of quotes) {
		const list = byArticle.get(q.article);
		if (list) list.push(q);
		else byArticle.set(q.article, [q]);
	}
	return byArticle;
}

/** The quotes tied to each place id, in input order. */
export function quotesByPlace(quotes: readonly QuoteRecord[]): Map<string, QuoteRecord[]> {
	const byPlace = new Map<string, QuoteRecord[]>();
	for (const q of quotes)
		for (const place of q.places) {
			const list = byPlace.get(place);
			if (list) list.push(q);
			else byPlace.set(place, [q]);
		}
	return byPlace;
}

/**
 * The dates of the quotes tied to each feature, counted as the popup lists them: a quote inside
 * a passage already listed is not counted twice. Quotes of an article with no date are left out.
 */
export function featureQuoteDates(
	quotes: readonly QuoteRecord[],
	articles: readonly ArticleMeta[]
): Record<string, DateIndex> {
	const dateOf = new Map(articles.map((a) => [a.id, a.date]));
	const out: Record<string, DateIndex> = {};
	for (const [place, tied] of quotesByPlace(quotes)) {
		const dates = withoutNested(tied).flatMap((q) => dateOf.get(q.article) ?? []);
		out[place] = dateIndex(dates);
	}
	return out;
}

export function prepareMapData(geodata: Geodata, quotes: QuoteRecord[], articles: ArticleMeta[]): MapData {
	const byFeature = featureQuoteDates(quotes, articles);
	const dateOf = new Map(articles.map((a) => [a.id, a.date]));
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
		quoteDates: dateIndex(quotes.flatMap((q) => dateOf.get(q.article) ?? [])),
		featureQuoteDates: byFeature,
		places: collection(geodata.places.features as Curated[]),
		lines: collection(geodata.lines.features as Curated[]),
		posts: collection(geodata.posts.features as Curated[])
	};
}
