/**
 * Validation of the curated geodata: pure (text in, data and errors out) so the data step, the
 * unit tests and the ingest command share it. Every problem names the file, the feature and the
 * field; nothing here throws on bad input.
 */
import * as v from 'valibot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Geodata } from '../../data/types';
import {
	checkCorridors,
	checkIds,
	checkPeriods,
	checkPostCounts,
	checkPosts,
	checkReplaces
} from './cross-checks';
import { checkGeometry, type Scope } from './geometry';
import { checkNames } from './names';
import { idOf, locate, parseJson, type RawFile } from './raw-files';
import type { Position } from './source-map';
import { LineProperties, Period, PlaceProperties, PostCount, PostProperties } from './schema';

export interface GeodataError {
	/** The file as it was passed in, e.g. `geodata/places.geojson`. */
	file: string;
	/** The feature's id (or a period's id), else `#index`; null for a whole-file problem. */
	feature: string | null;
	/** Dotted path, e.g. `properties.precision` or `geometry.coordinates[0][3]`; null if none. */
	field: string | null;
	message: string;
	/** Where in the file: the field, or the nearest part of the file that has it. */
	at?: Position;
}

export interface GeodataResult {
	/** Null whenever there is any error: a half-valid gazetteer is never used. */
	geodata: Geodata | null;
	errors: GeodataError[];
}

/** The five files, by the name they must have (any directory prefix is kept in messages). */
export const GEODATA_FILES = {
	places: 'places.geojson',
	lines: 'lines.geojson',
	posts: 'posts.geojson',
	postCounts: 'post-counts.json',
	periods: 'periods.json'
} as const;
type Role = keyof typeof GEODATA_FILES;

/**
 * One line per error, in the form editors and terminals link:
 * `geodata/places.geojson:412:9: feature "shusha": properties.precision: must be …`.
 */
export function formatGeodataError(e: GeodataError): string {
	const what = e.file.endsWith('.geojson') ? 'feature' : 'entry';
	const at = e.at ? `:${e.at.line}:${e.at.column}` : '';
	const feature =
		e.feature === null ? '' : ` ${what} ${e.feature.startsWith('#') ? e.feature : `"${e.feature}"`}:`;
	const field = e.field === null ? '' : ` ${e.field}:`;
	return `${e.file}${at}:${feature}${field} ${e.message}`;
}

/** Valibot's defaults ("Invalid type: Expected …") reworded; custom messages pass through. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.input === undefined) return 'is required';
	if (issue.type === 'non_empty') return 'must not be empty';
	if (issue.message.startsWith('Invalid ')) return `expected ${issue.expected}, got ${issue.received}`;
	return issue.message;
}

function issuePath(prefix: string, issue: v.BaseIssue<unknown>): string {
	let path = prefix;
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
	}
	return path;
}

type Schema = v.GenericSchema & { entries: Record<string, unknown> };

/** Parse one object with a schema; unknown keys are errors, since valibot would drop a typo silently. */
function parseWith<S extends Schema>(
	schema: S,
	input: unknown,
	prefix: string,
	report: (field: string, message: string) => void
): v.InferOutput<S> | null {
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		report(prefix || '(entry)', 'must be an object');
		return null;
	}
	const known = Object.keys(input).filter((k) => !(k in schema.entries));
	for (const k of known) report(prefix ? `${prefix}.${k}` : k, 'is not a known property (a typo?)');
	const result = v.safeParse(schema, input);
	if (!result.success) {
		// A pipe reports every failed step ("must be a URL", "must be an http(s) URL"): the first is enough.
		const seen = new Set<string>();
		for (const i of result.issues) {
			const path = issuePath(prefix, i);
			if (!seen.has(path)) report(path, issueMessage(i));
			seen.add(path);
		}
	}
	return result.success && known.length === 0 ? result.output : null;
}

export interface Parsed<P> {
	file: string;
	/** The features that passed every per-feature rule. */
	features: Feature<Geometry, P>[];
	/** Every id seen, valid or not, so a reference to a broken feature is not reported twice. */
	ids: Set<string>;
	/** False when the file itself could not be read as a FeatureCollection. */
	readable: boolean;
}

function parseCollection<S extends Schema>(
	file: string,
	data: unknown,
	schema: S,
	allowed: readonly Geometry['type'][],
	errors: GeodataError[]
): Parsed<v.InferOutput<S>> {
	const out: Parsed<v.InferOutput<S>> = { file, features: [], ids: new Set(), readable: true };
	const fc = data as { type?: unknown; features?: unknown };
	if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		errors.push({
			file,
			feature: null,
			field: 'type',
			message: 'must be a GeoJSON FeatureCollection with a features array'
		});
		return { ...out, readable: false };
	}
	fc.features.forEach((f: unknown, i) => {
		const feature = idOf(f, i);
		out.ids.add(feature);
		const report = (field: string, message: string) => errors.push({ file, feature, field, message });
		if ((f as { type?: unknown })?.type !== 'Feature') return report('type', 'must be "Feature"');
		const { geometry, properties } = f as { geometry: unknown; properties: unknown };
		const props = parseWith(schema, properties, 'properties', report);
		// An invalid scope is reported by the schema; checking the box as well would report it twice.
		const rawScope = (properties as { scope?: unknown } | null)?.scope;
		const scope: Scope = rawScope === undefined || rawScope === 'caucasus' ? 'caucasus' : 'world';
		const geo = checkGeometry(geometry, allowed, scope);
		for (const g of geo) report(g.field, g.message);
		if (!props || geo.length) return;
		const p = props as { valid_from?: string | null; valid_to?: string | null; named_from?: string | null };
		if (p.valid_from && p.valid_to && p.valid_to < p.valid_from) {
			return report('properties.valid_to', `${p.valid_to} is before valid_from ${p.valid_from}`);
		}
		if (p.named_from && (!p.valid_from || p.named_from > p.valid_from)) {
			return report(
				'properties.named_from',
				`${p.named_from} needs a valid_from on or after it (${p.valid_from ?? 'none'})`
			);
		}
		out.features.push({ type: 'Feature', geometry: geometry as Geometry, properties: props });
	});
	return out;
}

function parseList<S extends Schema>(
	file: string,
	data: unknown,
	schema: S,
	errors: GeodataError[]
): v.InferOutput<S>[] {
	if (!Array.isArray(data)) {
		errors.push({ file, feature: null, field: null, message: 'must be a JSON array' });
		return [];
	}
	const out: v.InferOutput<S>[] = [];
	data.forEach((x: unknown, i) => {
		const report = (field: string, message: string) =>
			errors.push({ file, feature: idOf(x, i), field, message });
		const parsed = parseWith(schema, x, '', report);
		if (parsed) out.push(parsed);
	});
	return out;
}

function fileFor(files: Record<string, string>, role: Role): string | undefined {
	const name = GEODATA_FILES[role];
	return Object.keys(files).find((k) => k === name || k.endsWith(`/${name}`));
}

/** Validate the raw text of the five geodata files, keyed by path (the basename says which is which). */
export function validateGeodata(files: Record<string, string>): GeodataResult {
	const errors: GeodataError[] = [];
	const raw = {} as Record<Role, RawFile>;
	// A missing file is named in the same directory as the others, so the message points at the right place.
	const anyKey = Object.keys(files)[0] ?? '';
	const dir = anyKey.includes('/') ? anyKey.slice(0, anyKey.lastIndexOf('/') + 1) : '';
	for (const role of Object.keys(GEODATA_FILES) as Role[]) {
		const file = fileFor(files, role) ?? `${dir}${GEODATA_FILES[role]}`;
		const text = files[file];
		if (text === undefined) errors.push({ file, feature: null, field: null, message: 'file is missing' });
		raw[role] = text === undefined ? { file, data: undefined } : parseJson(file, text, errors);
	}
	const periodsRaw =
		raw.periods.data === undefined ? [] : parseList(raw.periods.file, raw.periods.data, Period, errors);
	const countsRaw =
		raw.postCounts.data === undefined
			? []
			: parseList(raw.postCounts.file, raw.postCounts.data, PostCount, errors);
	const coll = <S extends Schema>(role: Role, schema: S, allowed: readonly Geometry['type'][]) =>
		raw[role].data === undefined
			? { file: raw[role].file, features: [], ids: new Set<string>(), readable: false }
			: parseCollection(raw[role].file, raw[role].data, schema, allowed, errors);
	const places = coll('places', PlaceProperties, ['Point']);
	const lines = coll('lines', LineProperties, ['LineString', 'MultiLineString', 'Polygon']);
	const posts = coll('posts', PostProperties, ['Point']);

	checkPeriods(raw.periods.file, periodsRaw, errors);
	checkPostCounts(raw.postCounts.file, countsRaw, errors);
	checkIds([places, lines, posts], errors);
	for (const p of checkNames(
		[places, lines, posts].flatMap((c) => c.features.map((f) => ({ file: c.file, ...f.properties })))
	)) {
		errors.push({ file: p.file, feature: p.id, field: p.field, message: p.message });
	}
	checkPosts(posts, lines, errors);
	checkCorridors(lines, places, errors);
	checkReplaces([places, lines, posts], errors);
	locate(errors, Object.values(raw));

	if (errors.length) return { geodata: null, errors };
	const collection = <G extends Geometry, P>(c: Parsed<unknown>) =>
		({ type: 'FeatureCollection', features: c.features }) as FeatureCollection<G, P>;
	return {
		geodata: {
			periods: periodsRaw,
			places: collection(places),
			lines: collection(lines),
			posts: collection(posts),
			postCounts: countsRaw
		},
		errors
	};
}
