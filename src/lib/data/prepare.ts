/**
 * Turns the validated geodata and the joined quotes into what the map draws: flat feature
 * properties that MapLibre expressions can read (arrays and objects are not usable in
 * GeoJSON-source expressions). A period switch never brings new data: it changes feature state
 * (src/lib/map/feature-state.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { periodsOf } from '$lib/geodata/periods';
import { withoutNested } from './passages';
import type { ArticleMeta, Geodata, Period, QuoteRecord } from './types';

/** "|2020|2023|": a string MapLibre's `in` can search, one id between bars. */
export function periodKey(ids: string[]): string {
	return `|${ids.join('|')}|`;
}

/** Whether a `periodKey` holds the period `id` (the bars keep "2020" from matching "2020-2023"). */
export function inPeriodKey(key: string, id: string): boolean {
	return key.includes(`|${id}|`);
}

/** "Stepanakert (Khankendi)": both names of a contested place, the press's English one first. */
export function displayLabel(name: string, contested?: string | null): string {
	return contested ? `${name} (${contested})` : name;
}

export interface MapFeatureProps {
	id: string;
	label: string;
	kind: string;
	precision: string;
	period_key: string;
	[key: string]: string | number | boolean | null;
}

export interface MapData {
	periods: Period[];
	/** Quotes and passages per period id, for the period switches. */
	quotesPerPeriod: Record<string, number>;
	places: FeatureCollection<Geometry, MapFeatureProps>;
	lines: FeatureCollection<Geometry, MapFeatureProps>;
	posts: FeatureCollection<Geometry, MapFeatureProps>;
}

type Curated = Feature<
	Geometry,
	{
		id: string;
		name: string;
		contested_name?: string | null;
		kind: string;
		precision: string;
		valid_from?: string | null;
		valid_to?: string | null;
	}
>;

function flatten(
	f: Curated,
	periods: Period[],
	extra: Record<string, string | number | boolean | null> = {}
) {
	const p = f.properties;
	const props: MapFeatureProps = {
		id: p.id,
		label: displayLabel(p.name, p.contested_name),
		kind: p.kind,
		precision: p.precision,
		period_key: periodKey(periodsOf(p.valid_from, p.valid_to, periods)),
		valid_from: p.valid_from ?? '',
		valid_to: p.valid_to ?? '',
		...extra
	};
	return { type: 'Feature' as const, geometry: f.geometry, properties: props };
}

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

/** One key per set of periods, e.g. "2020+2023": sorted, so the order of the switches does not matter. */
export function countKey(periods: readonly string[]): string {
	return [...periods].sort().join('+');
}

/** Every non-empty set of periods, in a fixed order (singles first for two periods). */
export function periodSets(periods: readonly string[]): string[][] {
	const sets: string[][] = [];
	for (let mask = 1; mask < 1 << periods.length; mask++) sets.push(periods.filter((_, i) => mask & (1 << i)));
	return sets;
}

/**
 * Quotes per place for every set of periods, keyed by `countKey`: what the map's count label,
 * the index and the popup show when exactly those periods are on. Counted as the popup lists
 * them: a quote inside a passage already listed is not counted twice, and a quote whose article
 * falls in two periods of the set is counted once.
 */
export function quoteCounts(
	quotes: readonly QuoteRecord[],
	articles: readonly ArticleMeta[],
	periods: readonly string[]
): Map<string, Map<string, number>> {
	const periodsOf = new Map(articles.map((a) => [a.id, a.periods]));
	const sets = periodSets(periods).map((set) => ({ set, key: countKey(set) }));
	const counts = new Map<string, Map<string, number>>();
	for (const [place, tied] of quotesByPlace(quotes)) {
		const bySet = new Map<string, number>();
		for (const q of withoutNested(tied)) {
			const own = periodsOf.get(q.article) ?? [];
			for (const { set, key } of sets)
				if (set.some((p) => own.includes(p))) bySet.set(key, (bySet.get(key) ?? 0) + 1);
		}
		counts.set(place, bySet);
	}
	return counts;
}

/**
 * How many quotes and passages each period holds, for the period switches (an article counts in
 * each of its periods). Computed here so the first view does not need quotes.json.
 */
export function quotesPerPeriod(
	quotes: readonly QuoteRecord[],
	articles: readonly ArticleMeta[],
	periods: readonly { id: string }[]
): Record<string, number> {
	const periodsOf = new Map(articles.map((a) => [a.id, a.periods]));
	const counts: Record<string, number> = Object.fromEntries(periods.map((p) => [p.id, 0]));
	for (const q of quotes) for (const p of periodsOf.get(q.article) ?? []) if (p in counts) counts[p]! += 1;
	return counts;
}

/** Whether a post still stood at the end of each period: `state_<period>` = active | dismantled. */
function postStates(validTo: string | null | undefined, periods: Period[]) {
	return Object.fromEntries(
		periods.map((p) => [`state_${p.id}`, validTo && validTo <= p.end ? 'dismantled' : 'active'])
	);
}

export function prepareMapData(geodata: Geodata, quotes: QuoteRecord[], articles: ArticleMeta[]): MapData {
	const { periods } = geodata;
	const ids = periods.map((p) => p.id);
	const counts = quoteCounts(quotes, articles, ids);
	const keys = periodSets(ids).map(countKey);
	const countProps = (id: string) =>
		Object.fromEntries(keys.map((key) => [`count_${key}`, counts.get(id)?.get(key) ?? 0]));
	const collection = (features: ReturnType<typeof flatten>[]) => ({
		type: 'FeatureCollection' as const,
		features
	});
	return {
		periods,
		quotesPerPeriod: quotesPerPeriod(quotes, articles, periods),
		places: collection(
			geodata.places.features.map((f) => flatten(f as Curated, periods, countProps(f.properties.id)))
		),
		lines: collection(
			geodata.lines.features.map((f) => flatten(f as Curated, periods, countProps(f.properties.id)))
		),
		posts: collection(
			geodata.posts.features.map((f) =>
				flatten(f as Curated, periods, postStates(f.properties.valid_to, periods))
			)
		)
	};
}
