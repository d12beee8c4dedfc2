/**
 * The editors' corrections (corpus/corrections.json): where the machine is wrong, an editor
 * corrects the joined output in this reviewed file, never in an article body. Applied after the
 * join (by the build and by ingest's report); an alias is added to the gazetteer before the join,
 * since it changes what the matcher finds. A correction that points at a quote, a feature or an
 * article that no longer exists fails the build, named, so none silently stops applying.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Geodata, QuoteRecord } from '../../data/types';
import { checkNames } from '../geodata/names';
import { firstInvisible } from '../../text/invisible';
import { type ParsedArticle } from './article';
import { SLUG } from '../../model/rules';
import type { JoinResult } from './join';

export const CORRECTIONS_FILE = 'corpus/corrections.json';

/** One line, no invisible or control character (the rule headers and names follow), at most `max` characters. */
const Text = (max: number) =>
	v.pipe(
		v.string(),
		v.nonEmpty('must not be empty'),
		v.maxLength(max, `must be at most ${max} characters`),
		v.check(
			(s) => !firstInvisible(s),
			(i) => `contains the invisible or control character ${firstInvisible(String(i.input))!.code}; remove it`
		)
	);
const Slug = v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase ASCII slug'));
const QuoteId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*:\d+$/, 'must be a quote id "<article id>:<offset>"')
);
/** Why the editors made the correction: the file is reviewed, so every entry says why. */
const note = Text(1000);

export const Correction = v.variant('kind', [
	v.strictObject({ kind: v.literal('speaker'), quote: QuoteId, speaker: v.nullable(Text(200)), note }),
	// `words`: the words of the quote that mean the place ("the capital"), shown as what tied it.
	v.strictObject({
		kind: v.literal('add_place'),
		quote: QuoteId,
		place: Slug,
		words: v.optional(Text(200)),
		note
	}),
	v.strictObject({ kind: v.literal('remove_place'), quote: QuoteId, place: Slug, note }),
	v.strictObject({ kind: v.literal('not_a_place'), name: Text(200), article: v.optional(Slug), note }),
	v.strictObject({ kind: v.literal('alias'), feature: Slug, alias: Text(200), note })
]);
export type Correction = v.InferOutput<typeof Correction>;
/** What a corrected quote record says the editors changed. */
export type Corrected = 'speaker' | 'places';

/** "#3 (speaker of 2020-11-02-x:120)": how messages name a correction. */
export function describe(c: Correction, i?: number): string {
	const at = i === undefined ? '' : `#${i} `;
	if (c.kind === 'speaker') return `${at}(speaker of ${c.quote} → ${c.speaker ?? 'unknown'})`;
	if (c.kind === 'add_place' || c.kind === 'remove_place') return `${at}(${c.kind} ${c.place} on ${c.quote})`;
	if (c.kind === 'not_a_place') return `${at}(not_a_place "${c.name}"${c.article ? ` in ${c.article}` : ''})`;
	return `${at}(alias "${c.alias}" of ${c.feature})`;
}

/** Read and validate the file; a missing file means no correction. Errors name the entry and the field. */
export function loadCorrections(path = CORRECTIONS_FILE): { corrections: Correction[]; errors: string[] } {
	if (!existsSync(path)) return { corrections: [], errors: [] };
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		return { corrections: [], errors: [`${path}: invalid JSON (${(e as Error).message.split('\n')[0]})`] };
	}
	if (!Array.isArray(data))
		return { corrections: [], errors: [`${path}: must be a JSON array of corrections`] };
	const corrections: Correction[] = [];
	const errors: string[] = [];
	data.forEach((x, i) => {
		const r = v.safeParse(Correction, x);
		if (r.success) return void corrections.push(r.output);
		const issue = r.issues[0];
		const field = issue.path?.map((p) => p.key).join('.') ?? 'kind';
		const kind = (x as { kind?: unknown } | null)?.kind;
		errors.push(`${path}: #${i}${typeof kind === 'string' ? ` (${kind})` : ''}: ${field}: ${issue.message}`);
	});
	return { corrections, errors };
}

const articleOf = (quoteId: string) => quoteId.slice(0, quoteId.lastIndexOf(':'));

/** The geodata with the accepted aliases added (a new object, so the matcher is compiled for it). */
export function withAliases(geodata: Geodata, corrections: Correction[]): Geodata {
	const aliases = corrections.filter((c) => c.kind === 'alias');
	if (aliases.length === 0) return geodata;
	const extend = <F extends { properties: { id: string; aliases: string[] } }>(fs: F[]) =>
		fs.map((f) => {
			const more = aliases.filter((a) => a.feature === f.properties.id).map((a) => a.alias);
			return more.length
				? { ...f, properties: { ...f.properties, aliases: [...f.properties.aliases, ...more] } }
				: f;
		});
	return {
		...geodata,
		places: { ...geodata.places, features: extend(geodata.places.features) },
		lines: { ...geodata.lines, features: extend(geodata.lines.features) },
		posts: { ...geodata.posts, features: extend(geodata.posts.features) }
	};
}

/** The corrections that concern these articles (ingest joins only the new ones), and every alias. */
export function correctionsFor(corrections: Correction[], articles: ParsedArticle[]): Correction[] {
	const ids = new Set(articles.map((a) => a.meta.id));
	return corrections.filter((c) =>
		'quote' in c
			? ids.has(articleOf(c.quote))
			: c.kind === 'not_a_place' && c.article
				? ids.has(c.article)
				: true
	);
}

/**
 * What the ingest report says applies to one article: its quotes' corrections, the names it need
 * not place, and the accepted aliases its body uses (by a plain case-insensitive search).
 */
export function describeFor(corrections: Correction[], article: ParsedArticle): string[] {
	const body = article.body.toLowerCase();
	const id = article.meta.id;
	return corrections
		.filter((c) =>
			'quote' in c
				? articleOf(c.quote) === id
				: c.kind === 'alias'
					? body.includes(c.alias.toLowerCase())
					: (c.article ?? id) === id && body.includes(c.name.toLowerCase())
		)
		.map((c) => `${describe(c)}: ${c.note}`);
}

export interface CorrectedJoin extends JoinResult {
	/** Each correction that changed something, with the article it concerns (null: every article). */
	applied: { article: string | null; description: string }[];
	/** Corrections that point at nothing: the build fails on them. */
	errors: string[];
}

/**
 * Apply the corrections to a join result (which is not modified). `articles` says which file is
 * which article, for the names the join could not place (reported by file).
 */
export function applyCorrections(
	joined: JoinResult,
	corrections: Correction[],
	geodata: Geodata,
	articles: { file: string; meta: { id: string } }[]
): CorrectedJoin {
	const out: CorrectedJoin = { ...joined, quotes: joined.quotes.slice(), applied: [], errors: [] };
	const names = new Map(
		[geodata.places, geodata.lines, geodata.posts].flatMap((c) =>
			c.features.map((f) => [f.properties.id, f.properties.name] as const)
		)
	);
	const features = new Set(names.keys());
	const known = new Set(joined.articles.map((a) => a.id));
	const index = new Map(out.quotes.map((q, i) => [q.id, i]));
	const fail = (c: Correction, i: number, why: string) =>
		out.errors.push(`${CORRECTIONS_FILE}: ${describe(c, i)}: ${why}; update or remove this correction`);
	const ignored: { name: string; article?: string }[] = [];
	corrections.forEach((c, i) => {
		if (c.kind === 'alias') {
			if (!features.has(c.feature)) return fail(c, i, `feature "${c.feature}" does not exist in geodata/`);
			return void out.applied.push({
				article: null,
				description: `"${c.alias}" is an alias of ${c.feature}: ${c.note}`
			});
		}
		if (c.kind === 'not_a_place') {
			if (c.article && !known.has(c.article))
				return fail(c, i, `article "${c.article}" is not in the corpus`);
			ignored.push({ name: c.name.toLowerCase(), article: c.article });
			return void out.applied.push({
				article: c.article ?? null,
				description: `"${c.name}" is not a place: ${c.note}`
			});
		}
		const at = index.get(c.quote);
		if (at === undefined)
			return fail(c, i, `quote "${c.quote}" does not exist (its article was removed or its text changed)`);
		if (c.kind !== 'speaker' && !features.has(c.place))
			return fail(c, i, `feature "${c.place}" does not exist in geodata/`);
		const q: QuoteRecord = { ...out.quotes[at]! };
		let what: Corrected;
		if (c.kind === 'speaker') {
			q.speaker = c.speaker;
			what = 'speaker';
		} else if (c.kind === 'add_place') {
			const at = c.words === undefined ? 0 : q.text.indexOf(c.words);
			if (at < 0) return fail(c, i, `the words "${c.words}" are not in the quote`);
			q.places = [...new Set([...q.places, c.place])];
			// The trace says how each place was tied: here by the editors, by their words or the whole quote.
			const text = c.words ?? q.text;
			const trace = {
				id: c.place,
				start: q.start + at,
				end: q.start + at + text.length,
				text,
				name: names.get(c.place)!,
				how: 'correction' as const
			};
			q.trace = [...(q.trace ?? []).filter((t) => t.id !== c.place), trace];
			what = 'places';
		} else {
			q.places = q.places.filter((p) => p !== c.place);
			if (q.trace) q.trace = q.trace.filter((t) => t.id !== c.place);
			what = 'places';
		}
		q.corrected = [...new Set([...(q.corrected ?? []), what])];
		out.quotes[at] = q;
		out.applied.push({ article: q.article, description: `${describe(c)}: ${c.note}` });
	});
	const idOfFile = new Map(articles.map((a) => [a.file, a.meta.id]));
	out.unmatched = joined.unmatched.filter(
		(u) =>
			!ignored.some(
				(n) => n.name === u.name.toLowerCase() && (!n.article || idOfFile.get(u.file) === n.article)
			)
	);
	return out;
}

/** Aliases that would give a name to two features: checked like a geodata alias (names.ts). */
export function checkAliases(geodata: Geodata): string[] {
	const all = [geodata.places, geodata.lines, geodata.posts].flatMap((c) =>
		c.features.map((f) => ({ file: CORRECTIONS_FILE, ...f.properties }))
	);
	return checkNames(all).map((p) => `${CORRECTIONS_FILE}: feature "${p.id}": ${p.message}`);
}
