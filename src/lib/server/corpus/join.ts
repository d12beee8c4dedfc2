/**
 * The join: parsed articles + curated geodata → article metadata with periods, quotes and
 * passages tied to place ids, and the place-like names nothing matched. Pure: no file access,
 * so the build, the ingest command and the golden test share it.
 */
import type { ArticleMeta, Geodata, PlaceTrace, QuoteRecord, UnmatchedName } from '../../data/types';
import type { ParsedArticle } from './article';
import { paragraphs, quotedShare, sentencesIn, type Paragraph, type Span } from './extract';
import { findQuotes, isTermQuote } from './quotes';
import { compileMatcher, gazetteerFrom, type Matcher, type PlaceMatch } from './matcher';
import { findMentions, type Mention } from './mentions';
import { capitalisedRuns } from './scan';
import { namesOwnOutlet } from './organisations';
import { peopleWords } from './people-words';
import { peopleByParagraph } from './speaker-people';
import { findUnmatched } from './placelike';
import { bracketedOtherNames } from './bracketed-names';
import type { GeoNamesIndex } from './suggestions';
import { variantIndex, type VariantIndex } from './variants';
import { blankFurniture, blankQuotes } from './quote-blanks';
import { resolveSpeakers } from './speakers';
import { spansWithin } from './spans';
import { periodsOfDate } from '../geodata/periods';

export interface JoinResult {
	articles: ArticleMeta[];
	quotes: QuoteRecord[];
	unmatched: UnmatchedName[];
}

export interface JoinOptions {
	/** GeoNames lookup for unmatched names and suggestions (the ingest command passes it). */
	geonames?: GeoNamesIndex;
}

const matchers = new WeakMap<object, Matcher>();
/** One compiled matcher per geodata object: compiling is cheap, but not per article. */
export function matcherFor(geodata: Pick<Geodata, 'places' | 'lines' | 'posts'>): Matcher {
	let m = matchers.get(geodata);
	if (!m) matchers.set(geodata, (m = compileMatcher(gazetteerFrom(geodata))));
	return m;
}

const whole = new WeakMap<Matcher, Map<string, boolean>>();
/** Whether `name` is exactly one gazetteer name (cached: speakers repeat). */
function isWholeName(matcher: Matcher, name: string): boolean {
	let cache = whole.get(matcher);
	if (!cache) whole.set(matcher, (cache = new Map()));
	let hit = cache.get(name);
	if (hit === undefined) {
		const ms = matcher.match(name);
		hit = ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end === name.length;
		cache.set(name, hit);
	}
	return hit;
}

export interface ExtractedArticle {
	records: QuoteRecord[];
	unmatched: UnmatchedName[];
	/** Every place mention in the reporting, with the name it matched and how (the trace). */
	mentions: Mention[];
	/** Paragraphs left out as page furniture, each with its reason. */
	furniture: Paragraph[];
}

const variantIndexes = new WeakMap<Matcher, VariantIndex>();
function variantsFor(matcher: Matcher): VariantIndex {
	let v = variantIndexes.get(matcher);
	if (!v) variantIndexes.set(matcher, (v = variantIndex([...matcher.entries.values()])));
	return v;
}

/** Place ids of mentions[from, to), each once, in text order, with the text that first tied each; `skip` leaves out flagged ones. */
function idsOf(
	body: string,
	mentions: Mention[],
	[from, to]: [number, number],
	into = new Map<string, PlaceTrace>(),
	skip?: Uint8Array
) {
	for (let k = from; k < to; k++) {
		if (skip?.[k]) continue;
		const m = mentions[k]!;
		for (const id of m.ids) {
			if (!into.has(id))
				into.set(id, {
					id,
					start: m.start,
					end: m.end,
					text: body.slice(m.start, m.end),
					name: m.name,
					how: m.how
				});
		}
	}
	return into;
}

/** The matches (sorted) that lie inside a paragraph (sorted): one pass over both. */
function inParagraphs<T extends Span>(matches: T[], paras: Span[]): T[] {
	const out: T[] = [];
	let k = 0;
	for (const m of matches) {
		while (k < paras.length && paras[k]!.end < m.end) k++;
		if (k < paras.length && paras[k]!.start <= m.start) out.push(m);
	}
	return out;
}

/**
 * A curated acronym ("US", "USA") is the place only as written, in capitals: "us" is a pronoun, and in
 * a line all in capitals ("TELL US WHAT YOU SAW") so is "US".
 */
function writtenAsAcronym(body: string, m: PlaceMatch, matcher: Matcher): boolean {
	// Most matches are longer than any acronym: only short ones need their curated name looked up.
	if (m.end - m.start > 4) return true;
	const name = matcher.label(body.slice(m.start, m.end), m.ids[0]!).name;
	if (!/^\p{Lu}{2,4}$/u.test(name)) return true;
	if (body.slice(m.start, m.end) !== name) return false;
	const lineStart = body.lastIndexOf('\n', m.start) + 1;
	const lineEnd = body.indexOf('\n', m.end);
	return /\p{Ll}/u.test(body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd));
}

/** Quotes and passages of one article, tied to places. */
export function extractArticle(
	article: ParsedArticle,
	matcher: Matcher,
	opts: JoinOptions = {}
): ExtractedArticle {
	const { body } = article;
	const id = article.meta.id;
	const paras = paragraphs(body, article.meta.title);
	const live = paras.filter((p) => !p.furniture);
	const isPlace = (name: string) => isWholeName(matcher, name);
	const { own: quotes, covering } = findQuotes(body, live);
	const sentences = live.map((p, i) => sentencesIn(body, p.start, p.end, covering[i]!));
	const prose = blankFurniture(blankQuotes(body, quotes.flat()), paras);
	const roles = new Map<string, string>();
	const named = peopleByParagraph(prose, live);
	const speakers = resolveSpeakers({
		body,
		prose,
		paragraphs: live,
		quotes,
		sentences,
		isPlace,
		roles,
		people: named,
		date: article.meta.date
	});
	// Words of the article's people: no places.
	const people = peopleWords(prose, named, speakers, isPlace);

	// Furniture is not reporting: a name in a caption or a tag line is no mention; nor is one in a
	// document's title in marks (the resolution “Ensuring access through the Lachin Corridor”).
	const titles = quotes.flat().filter((q) => q.title);
	const untitled = (s: Span) => !titles.some((t) => s.start < t.end && s.end > t.start);
	const raw = inParagraphs(matcher.match(body), live).filter(
		(m) => writtenAsAcronym(body, m, matcher) && (titles.length === 0 || untitled(m))
	);
	const runs: Span[] = [];
	for (const p of live)
		for (const r of capitalisedRuns(body, p.start, p.end))
			if (titles.length === 0 || untitled(r)) runs.push(r);
	const found = findMentions(
		{
			body,
			runs,
			matcher,
			variants: variantsFor(matcher),
			date: article.meta.date,
			people,
			geonames: opts.geonames
		},
		raw
	);
	const covered: Span[] = [...found.mentions, ...found.setAside].sort((a, b) => a.start - b.start);
	const unknown = findUnmatched({
		body,
		file: article.file,
		paragraphs: live,
		runs,
		covered,
		places: found.mentions,
		setAside: found.setAside,
		people,
		variants: variantsFor(matcher),
		date: article.meta.date,
		entries: matcher.entries,
		geonames: opts.geonames
	});
	// The article's own outlet, named in its text ("told Ukrinform"), is no place; a village's other name in brackets
	// ("Taghavard (Dağ Tumas)") is that village. The mentions come sorted and never overlapping (for spansWithin).
	const { unmatched, mentions } = bracketedOtherNames(
		body,
		unknown.unmatched.filter(
			(u) => !namesOwnOutlet(u.name, article.meta.source, isPlace, u.suggestion !== null, u.sentence)
		),
		found.mentions,
		unknown.variants,
		matcher.entries
	);
	// Mentions inside a quote's marks belong to the quote, not to the attribution around it.
	const quoted = new Uint8Array(mentions.length);
	for (const pq of quotes) {
		for (const q of pq) {
			const [from, to] = spansWithin(mentions, q.open, q.close);
			quoted.fill(1, from, to);
		}
	}

	const records: QuoteRecord[] = [];
	const push = (
		kind: QuoteRecord['kind'],
		s: Span,
		speaker: string | null,
		places: Map<string, PlaceTrace>
	) =>
		records.push({
			id: `${id}:${s.start}`,
			article: id,
			kind,
			text: body.slice(s.start, s.end),
			speaker,
			...(speaker && roles.get(speaker) ? { speaker_role: roles.get(speaker) } : {}),
			places: [...places.keys()],
			trace: [...places.values()],
			start: s.start,
			end: s.end
		});
	live.forEach((p, pi) => {
		const pq = quotes[pi]!;
		const ps = sentences[pi]!;
		let si = 0;
		pq.forEach((q, qi) => {
			if (isTermQuote(q)) return;
			// Quotes and sentences are both in text order: the sentence holding this quote's mark is
			// at or after the previous one's.
			while (si < ps.length && ps[si]!.end <= q.open) si++;
			const sentence = si < ps.length && ps[si]!.start <= q.open ? ps[si]! : p;
			const own = idsOf(body, mentions, spansWithin(mentions, q.start, q.end));
			// The attribution: the rest of the quote's sentence, outside every quote ("said in Baku").
			const places = idsOf(body, mentions, spansWithin(mentions, sentence.start, sentence.end), own, quoted);
			push('quote', q, speakers[pi]![qi] ?? null, places);
		});
		// The headline repeated in the body gives the article its places and quotes, not a passage.
		if (p.headline) return;
		for (const s of ps) {
			const sm = spansWithin(mentions, s.start, s.end);
			// A sentence that opens with a quote or is mostly quotation is covered by its quote records.
			const quoteLed = covering[pi]!.some((q) => q.open === s.start);
			if (sm[1] > sm[0] && !quoteLed && quotedShare(s, covering[pi]!) < 0.5)
				push('passage', s, null, idsOf(body, mentions, sm));
		}
	});
	records.sort((a, b) => a.start - b.start || (a.kind === 'passage' ? -1 : 1));
	return { records, unmatched, mentions, furniture: paras.filter((p) => p.furniture) };
}

export function joinCorpus(articles: ParsedArticle[], geodata: Geodata, opts: JoinOptions = {}): JoinResult {
	const matcher = matcherFor(geodata);
	const sorted = [...articles].sort(
		(a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.id.localeCompare(b.meta.id)
	);
	const out: JoinResult = { articles: [], quotes: [], unmatched: [] };
	for (const a of sorted) {
		out.articles.push({ ...a.meta, periods: periodsOfDate(a.meta.date, geodata.periods ?? []) });
		const { records, unmatched } = extractArticle(a, matcher, opts);
		// A loop, not push(...records): spreading an article's 100,000 quotes overflows the stack.
		for (const r of records) out.quotes.push(r);
		for (const u of unmatched) out.unmatched.push(u);
	}
	return out;
}

/**
 * The build's proof that every quote and passage is verbatim: `text === body.slice(start, end)`
 * for 100 % of records, each pointing at a known article. Throws listing the first failures.
 */
export function assertVerbatim(
	articles: { meta: { id: string }; body: string }[],
	quotes: Pick<QuoteRecord, 'id' | 'article' | 'text' | 'start' | 'end'>[]
): void {
	const bodies = new Map(articles.map((a) => [a.meta.id, a.body]));
	const bad: string[] = [];
	for (const q of quotes) {
		const body = bodies.get(q.article);
		if (body === undefined) bad.push(`${q.id}: article "${q.article}" is not in the corpus`);
		else if (!(q.start >= 0 && q.end <= body.length && q.start < q.end))
			bad.push(`${q.id}: offsets ${q.start}–${q.end} out of range`);
		else if (body.slice(q.start, q.end) !== q.text)
			bad.push(`${q.id}: text differs from body.slice(${q.start}, ${q.end}) ("${q.text.slice(0, 40)}…")`);
	}
	if (bad.length)
		throw new Error(
			`verbatim check failed for ${bad.length} of ${quotes.length} quotes/passages:\n  ${bad.slice(0, 20).join('\n  ')}`
		);
}
