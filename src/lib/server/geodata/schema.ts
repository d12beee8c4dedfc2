/**
 * The one schema of the curated geodata (geodata/*.geojson, geodata/periods.json). The data
 * step, the unit tests and the ingest command all validate with it. Geometry rules that
 * need Turf (ranges, rings, distances) live in validate.ts; this file is the shape.
 */
import * as v from 'valibot';
import { PRECISIONS } from '../../model/precision';
import { firstInvisible } from '../../text/invisible';
import { isHttpUrl, isIsoDate, LINE_KINDS, SLUG } from '../../model/rules';

/** A real calendar date in ISO form: 2023-02-30 is refused (the rule: model/rules.ts). */
export const IsoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
	v.check(isIsoDate, 'is not a real calendar date')
);

/** A picklist whose error names the allowed values, so a validation message says what to write. */
function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
	return v.picklist(options, `must be one of ${options.join(', ')}`);
}

export const Precision = oneOf(PRECISIONS);
export type Precision = v.InferOutput<typeof Precision>;

export const Source = v.object({
	title: v.pipe(v.string(), v.nonEmpty('must not be empty')),
	url: v.pipe(v.string(), v.url('must be a URL'), v.check(isHttpUrl, 'must be an http(s) URL'))
});
export type Source = v.InferOutput<typeof Source>;

/** The most characters of a name or alias, and of a description (one or two sentences). */
export const MAX_NAME_CHARS = 200;
export const MAX_DESCRIPTION_CHARS = 2000;

/**
 * Text readers see, under the one invisible/control-character rule shared with article headers
 * (text/invisible.ts): an invisible character makes "Shu\u200bsha" a different name from "Shusha"
 * (escaping the duplicate check and the matcher) or displays a name reversed (U+202E).
 */
const Visible = (max: number) =>
	v.pipe(
		v.string(),
		v.nonEmpty(),
		v.maxLength(max, `must be at most ${max} characters`),
		v.check(
			(s) => !firstInvisible(s),
			(issue) => `contains the invisible character ${firstInvisible(String(issue.input))!.code}; remove it`
		)
	);
/** A name as readers see it. */
const Name = Visible(MAX_NAME_CHARS);

const Slug = v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase ASCII slug'));

/** Properties every curated feature has. */
const Common = {
	id: Slug,
	/** English display name. */
	name: Name,
	/** For contested places, the other side's name, shown next to `name`: "Stepanakert (Khankendi)". */
	contested_name: v.optional(v.nullable(Name)),
	/** Every other name and spelling (Armenian, Azerbaijani, Russian, the press's), used by the join. */
	aliases: v.array(Name),
	precision: Precision,
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
	valid_from: v.optional(v.nullable(IsoDate)),
	valid_to: v.optional(v.nullable(IsoDate)),
	/**
	 * The day from which the press could name the feature before it existed as drawn: the day it was
	 * agreed (the joint monitoring centre: agreed on 11 November 2020, opened on 30 January 2021), or the
	 * day the structure it stands on was built (the Hakari bridge, finished in August 2022 on the new road,
	 * its checkpoint from 23 April 2023). The join ties a mention from that day on to it; the map draws it
	 * from `valid_from` only. Not after `valid_from`.
	 */
	named_from: v.optional(v.nullable(IsoDate)),
	/** One or two sentences a reader sees in the popup. */
	description: v.optional(Visible(MAX_DESCRIPTION_CHARS)),
	/**
	 * Aliases this feature deliberately shares with other features ("line of contact" names both the
	 * 1994 and the 2020 line). Every feature carrying a shared alias must list it here; the join picks
	 * among them by date. Any other alias must be unique across all curated features.
	 */
	shared_aliases: v.optional(v.array(Name)),
	/**
	 * 'caucasus' (the default): every coordinate must lie in the South Caucasus box, which catches
	 * swapped [lat, lon]. 'world' opts a far-away place (Moscow, Geneva) out of that check.
	 */
	scope: v.optional(oneOf(['caucasus', 'world'])),
	/**
	 * The id of the feature this one took over from: the corridor's 2022 road replaced its 2020 road.
	 * The change view (src/lib/time/changes.ts) shows the pair as one feature that moved. The other
	 * feature must exist, be of the same kind and end no later than this one begins (cross-checks.ts).
	 */
	replaces: v.optional(v.nullable(Slug))
};

export const PlaceKind = oneOf([
	'capital',
	'city',
	'town',
	'village',
	'base',
	'headquarters',
	'checkpoint',
	'monitoring centre',
	'region',
	'country',
	'landmark'
]);
export type PlaceKind = v.InferOutput<typeof PlaceKind>;

export const PlaceProperties = v.object({ ...Common, kind: PlaceKind });
export type PlaceProperties = v.InferOutput<typeof PlaceProperties>;

export const LineKind = oneOf(LINE_KINDS);
export type LineKind = v.InferOutput<typeof LineKind>;

export const LineProperties = v.object({
	...Common,
	kind: LineKind,
	/** A corridor's two ends, as place ids: its geometry must start and end near them (cross-checks.ts). */
	ends: v.optional(v.tuple([Slug, Slug]))
});
export type LineProperties = v.InferOutput<typeof LineProperties>;

// 'guarded site': a place the peacekeepers guarded (Dadivank), drawn as a post for as long as they did.
export const PostKind = oneOf([
	'observation post',
	'temporary post',
	'headquarters',
	'monitoring centre',
	'guarded site'
]);
export const PostProperties = v.object({
	...Common,
	kind: PostKind,
	/** The id of the line or corridor (in lines.geojson) the post stands along, if any. */
	along: v.optional(v.nullable(Slug))
});
export type PostProperties = v.InferOutput<typeof PostProperties>;

export const Period = v.object({
	id: Slug,
	label: v.pipe(v.string(), v.nonEmpty()),
	start: IsoDate,
	end: IsoDate,
	description: v.pipe(v.string(), v.nonEmpty())
});
export type Period = v.InferOutput<typeof Period>;

/** Figures of the contingent over time (23 posts in Nov 2020, …). */
export const PostCount = v.object({
	date: IsoDate,
	/** 'day' (the default) or 'month' when the source only says "late September": show "Sep 2023". */
	date_precision: v.optional(oneOf(['day', 'month'])),
	posts: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/**
	 * What `posts` counts: posts in place ('deployed', the default), announced ('planned'), or posts
	 * reported closed on that date ('closed', not a running total: the sources give no total then).
	 */
	status: v.optional(oneOf(['planned', 'deployed', 'closed'])),
	note: v.string(),
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
});
export type PostCount = v.InferOutput<typeof PostCount>;
