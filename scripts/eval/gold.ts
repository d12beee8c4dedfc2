/**
 * The evaluation set's gold labels (eval/gold/<article>.json): a valibot schema and a loader that
 * resolves each label's `text` + `nth` to offsets in its article's body. Every bad label is
 * reported (file, field, text, why), never skipped silently: a wrong gold label is worse than none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseArticle, type ParsedArticle } from '../../src/lib/server/corpus/article';

export const ARTICLES_DIR = 'eval/articles';
export const GOLD_DIR = 'eval/gold';

const Text = v.pipe(v.string(), v.minLength(1, 'text must not be empty'));
const Nth = v.pipe(v.number(), v.integer(), v.minValue(1, 'nth is 1-based'));
const SpanLabel = v.strictObject({ text: Text, nth: Nth });
const PlaceLabel = v.strictObject({
	text: Text,
	nth: Nth,
	id: v.nullable(v.pipe(v.string(), v.minLength(1)))
});
const QuoteLabel = v.strictObject({
	text: Text,
	nth: Nth,
	speaker: v.nullable(v.pipe(v.string(), v.minLength(1))),
	speaker_alts: v.optional(v.array(v.pipe(v.string(), v.minLength(1))))
});

export const GoldSchema = v.strictObject({
	places: v.array(PlaceLabel),
	non_places: v.array(SpanLabel),
	quotes: v.array(QuoteLabel),
	terms: v.optional(v.array(SpanLabel), []),
	furniture: v.optional(v.array(SpanLabel), []),
	wrapped: v.boolean(),
	notes: v.optional(v.string())
});

export interface Located {
	start: number;
	end: number;
	text: string;
}
export interface GoldPlace extends Located {
	id: string | null;
}
export interface GoldQuote extends Located {
	speaker: string | null;
	alts: string[];
}
export interface Gold {
	/** Article id (the file name without .txt). */
	article: string;
	places: GoldPlace[];
	nonPlaces: Located[];
	quotes: GoldQuote[];
	terms: Located[];
	furniture: Located[];
	wrapped: boolean;
}

export interface GoldError {
	file: string;
	field: string;
	text: string;
	message: string;
}

/** Offset of the nth (1-based) occurrence of `text` in `body` (occurrences may overlap), or -1. */
export function nthIndex(body: string, text: string, nth: number): number {
	let at = -1;
	for (let k = 0; k < nth; k++) {
		at = body.indexOf(text, at + 1);
		if (at < 0) return -1;
	}
	return at;
}

/** 1-based occurrence number of `text` starting at `start` in `body` (inverse of nthIndex). */
export function nthOf(body: string, text: string, start: number): number {
	let n = 0;
	for (let at = body.indexOf(text); at >= 0 && at <= start; at = body.indexOf(text, at + 1)) n++;
	return n;
}

/**
 * Resolve one gold file against its article body. An id the geodata lacks is allowed: the scorer
 * reads it as "must be reported unmatched" (a feature being curated).
 */
export function resolveGold(
	article: string,
	file: string,
	raw: unknown,
	body: string
): { gold: Gold | null; errors: GoldError[] } {
	const errors: GoldError[] = [];
	const parsed = v.safeParse(GoldSchema, raw);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			errors.push({ file, field: v.getDotPath(issue) ?? '(root)', text: '', message: issue.message });
		}
		return { gold: null, errors };
	}
	const g = parsed.output;
	const locate = <T extends { text: string; nth: number }>(field: string, list: T[]) =>
		list.flatMap((label, i) => {
			const start = nthIndex(body, label.text, label.nth);
			if (start < 0) {
				const count = nthOf(body, label.text, body.length);
				errors.push({
					file,
					field: `${field}[${i}]`,
					text: label.text,
					message: `occurrence ${label.nth} not found (the body has ${count})`
				});
				return [];
			}
			return [{ label, start, end: start + label.text.length }];
		});
	const places = locate('places', g.places).map(({ label, start, end }) => ({
		start,
		end,
		text: label.text,
		id: label.id
	}));
	const nonPlaces = locate('non_places', g.non_places).map(({ label, start, end }) => ({
		start,
		end,
		text: label.text
	}));
	const quotes = locate('quotes', g.quotes).map(({ label, start, end }) => ({
		start,
		end,
		text: label.text,
		speaker: label.speaker,
		alts: label.speaker_alts ?? []
	}));
	const terms = locate('terms', g.terms).map(({ label, start, end }) => ({ start, end, text: label.text }));
	const furniture = locate('furniture', g.furniture).map(({ label, start, end }) => ({
		start,
		end,
		text: label.text
	}));

	// The same span labelled twice, or a place that is also a non-place, is a labelling slip.
	const seen = new Map<string, string>();
	const claim = (field: string, s: Located) => {
		const key = `${s.start}:${s.end}`;
		const prev = seen.get(key);
		if (prev) errors.push({ file, field, text: s.text, message: `same span already labelled in ${prev}` });
		else seen.set(key, field);
	};
	places.forEach((p) => claim('places', p));
	nonPlaces.forEach((p) => claim('non_places', p));
	for (const p of places) {
		const inFurniture = furniture.find((f) => p.start < f.end && f.start < p.end);
		if (inFurniture)
			errors.push({ file, field: 'places', text: p.text, message: 'place label inside a furniture line' });
		const other = places.find((o) => o !== p && o.start < p.end && p.start < o.end && o.start <= p.start);
		if (other && (other.start !== p.start || other.end !== p.end)) {
			errors.push({
				file,
				field: 'places',
				text: p.text,
				message: `overlaps the place label "${other.text}"`
			});
		}
	}
	for (const q of quotes) {
		if (/^\s|\s$/.test(q.text))
			errors.push({ file, field: 'quotes', text: q.text, message: 'quote text has edge whitespace' });
	}
	for (const f of furniture) {
		const before = f.start === 0 ? '\n' : body[f.start - 1];
		const after = f.end === body.length ? '\n' : body[f.end];
		if (before !== '\n' || (after !== '\n' && after !== '\r')) {
			errors.push({ file, field: 'furniture', text: f.text, message: 'furniture must be a whole line' });
		}
	}
	return { gold: { article, places, nonPlaces, quotes, terms, furniture, wrapped: g.wrapped }, errors };
}

export interface EvalSet {
	articles: ParsedArticle[];
	golds: Gold[];
	errors: GoldError[];
}

/** Load every eval article and its gold file; an article without gold (or gold without article) is an error. */
export function loadEvalSet(articlesDir = ARTICLES_DIR, goldDir = GOLD_DIR): EvalSet {
	const out: EvalSet = { articles: [], golds: [], errors: [] };
	const names = existsSync(articlesDir)
		? readdirSync(articlesDir)
				.filter((f) => f.endsWith('.txt'))
				.sort()
		: [];
	const goldNames = new Set(
		existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.json')) : []
	);
	for (const name of names) {
		const id = name.slice(0, -'.txt'.length);
		const file = join(articlesDir, name);
		const goldFile = join(goldDir, `${id}.json`);
		let article: ParsedArticle;
		try {
			article = parseArticle(readFileSync(file), file, id);
		} catch (e) {
			out.errors.push({
				file,
				field: '(article)',
				text: '',
				message: e instanceof Error ? e.message : String(e)
			});
			continue;
		}
		if (!goldNames.delete(`${id}.json`)) {
			out.errors.push({
				file: goldFile,
				field: '(file)',
				text: '',
				message: 'no gold file for this article'
			});
			continue;
		}
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(goldFile, 'utf8'));
		} catch (e) {
			out.errors.push({
				file: goldFile,
				field: '(json)',
				text: '',
				message: e instanceof Error ? e.message : String(e)
			});
			continue;
		}
		const { gold, errors } = resolveGold(id, goldFile, raw, article.body);
		out.errors.push(...errors);
		if (gold && errors.length === 0) {
			out.articles.push(article);
			out.golds.push(gold);
		}
	}
	for (const g of goldNames) {
		out.errors.push({
			file: join(goldDir, g),
			field: '(file)',
			text: '',
			message: 'gold file with no article'
		});
	}
	return out;
}

export function formatGoldError(e: GoldError): string {
	return `${e.file}: ${e.field}${e.text ? ` "${e.text}"` : ''}: ${e.message}`;
}
