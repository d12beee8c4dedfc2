/**
 * The shape of what the data step writes to static/data/ and the pages read. One place for
 * it, so the build, the golden test, the ingest command and the UI agree.
 */
import type { Feature, FeatureCollection, Point, LineString, Polygon, MultiLineString } from 'geojson';
import type {
	LineProperties,
	Period,
	PlaceProperties,
	PostCount,
	PostProperties
} from '$lib/server/geodata/schema';

export type { Period, PostCount };

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type LineFeature = Feature<LineString | MultiLineString | Polygon, LineProperties>;

/** The curated layers, validated. */
export interface Geodata {
	periods: Period[];
	places: FeatureCollection<Point, PlaceProperties>;
	lines: FeatureCollection<LineString | MultiLineString | Polygon, LineProperties>;
	posts: FeatureCollection<Point, PostProperties>;
	postCounts: PostCount[];
}

export interface ArticleMeta {
	/** Stable id, also the file name in corpus/articles/ without `.txt`. */
	id: string;
	title: string;
	/** The outlet. */
	source: string;
	/** ISO date of publication. */
	date: string;
	/** How the date was established when the text does not print it (e.g. "on Monday" → 2023-10-09), else null. */
	date_note: string | null;
	url: string | null;
	/** Period ids whose range contains `date`; empty when it falls in none (still shown). */
	periods: string[];
}

export interface QuoteRecord {
	/** `<article id>:<start>` — stable while the body is unchanged. */
	id: string;
	article: string;
	kind: 'quote' | 'passage';
	/** Exactly `body.slice(start, end)`. */
	text: string;
	speaker: string | null;
	/** The speaker's role as the article gives it, kept apart from the name ("Foreign Ministry spokeswoman"). */
	speaker_role?: string;
	/** Place ids, from the text and from its attribution sentence. */
	places: string[];
	/** For each place, the first text that tied it (the reader shows “‘Choucha’ → Shusha”). */
	trace?: PlaceTrace[];
	start: number;
	end: number;
	/** What the editors corrected by hand (corpus/corrections.json); absent when nothing was. */
	corrected?: ('speaker' | 'places')[];
}

/** How one place of a quote was found: the text that tied it and the curated name it matched. */
export interface PlaceTrace {
	id: string;
	/** Offsets of the matched text in the article body, and that text ("Choucha"). */
	start: number;
	end: number;
	text: string;
	/** The curated name or alias the text stands for ("Choucha", an alias of Shusha). */
	name: string;
	/** The feature's own name, another of its names, a spelling variant, or an editor's correction. */
	how: 'name' | 'alias' | 'variant' | 'bracketed' | 'correction';
}

export interface UnmatchedName {
	name: string;
	file: string;
	count: number;
	/** Every occurrence, as offsets in the body. */
	spans: { start: number; end: number }[];
	/** The sentence of the first occurrence, for the editor. */
	sentence: string;
	/** What made it place-like: "GeoNames place", "country", "place context", a compound or an ambiguous spelling. */
	why: string;
	/** Curated features an ambiguous spelling could be. */
	candidates?: string[];
	suggestion: { name: string; country: string; lon: number; lat: number; feature: PlaceFeature } | null;
}
