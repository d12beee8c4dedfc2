/**
 * Scoring the engine's output against the gold labels. Pure: no file access, no engine call.
 * The metrics and thresholds are those of issue 14's table; see eval/README.md.
 */
import type { Gold, Located } from './gold';
import type { EngineOutput, EngineSpan } from './engine';

export interface ArticleInput {
	article: string;
	body: string;
	gold: Gold;
	out: EngineOutput;
}

export type MissKind =
	| 'place: wrong or no join'
	| 'place: silently dropped'
	| 'place: joined, must be unmatched'
	| 'false place report'
	| 'wrong join'
	| 'joined, not in gold'
	| 'speaker wrong'
	| 'pronoun speaker'
	| 'quote boundary'
	| 'spurious quote'
	| 'term turned into quote'
	| 'furniture into passage/quote'
	| 'furniture not skipped'
	| 'content skipped as furniture'
	| 'not verbatim'
	| 'wrapped passage ends mid-sentence';

export interface Miss {
	article: string;
	kind: MissKind;
	/** The text at issue (gold label or engine span). */
	text: string;
	/** What was expected and what the engine gave. */
	detail: string;
	/** The sentence around it. */
	sentence: string;
}

export interface Counts {
	articles: number;
	goldPlaces: number;
	/** Gold places joined to the right feature, or reported unmatched when they must be. */
	placesRight: number;
	silentDrops: number;
	falsePlaceReports: number;
	/** Every wrong join, including those that overlap nothing in gold (`joinedNotInGold`). */
	wrongJoins: number;
	joinedNotInGold: number;
	goldQuotes: number;
	speakersRight: number;
	pronounSpeakers: number;
	boundariesExact: number;
	spuriousQuotes: number;
	termsAsQuotes: number;
	goldFurniture: number;
	furnitureIntoText: number;
	furnitureSkipped: number;
	contentSkippedAsFurniture: number;
	engineSpans: number;
	verbatim: number;
	wrappedPassages: number;
	wrappedMidSentence: number;
}

export interface Row {
	metric: string;
	value: string;
	threshold: string;
	pass: boolean | null;
}

export interface Score {
	total: Counts;
	perArticle: { article: string; counts: Counts }[];
	misses: Miss[];
	rows: Row[];
}

/**
 * Ids the evaluation brief named for features being curated, and the curated feature that already
 * stands for the same thing: a gold label may use either.
 */
export const SAME_FEATURE: Record<string, string> = {
	'monitoring-centre-aghdam': 'russian-turkish-monitoring-centre',
	'peacekeeping-hq': 'russian-peacekeeping-headquarters',
	// Both directions: issue 15 curated the withdrawal under the brief's ids, so the old ids are gone.
	'russian-turkish-monitoring-centre': 'monitoring-centre-aghdam',
	'russian-peacekeeping-headquarters': 'peacekeeping-hq',
	// Khudavang (Xudavəng) is the Azerbaijani name of Dadivank: one monastery, curated as one feature.
	khudavang: 'dadivank'
};

const PRONOUNS = new Set(
	'he she they him her it its his hers them their we us i me you this that who which someone one'.split(' ')
);

const zero = (): Counts => ({
	articles: 0,
	goldPlaces: 0,
	placesRight: 0,
	silentDrops: 0,
	falsePlaceReports: 0,
	wrongJoins: 0,
	joinedNotInGold: 0,
	goldQuotes: 0,
	speakersRight: 0,
	pronounSpeakers: 0,
	boundariesExact: 0,
	spuriousQuotes: 0,
	termsAsQuotes: 0,
	goldFurniture: 0,
	furnitureIntoText: 0,
	furnitureSkipped: 0,
	contentSkippedAsFurniture: 0,
	engineSpans: 0,
	verbatim: 0,
	wrappedPassages: 0,
	wrappedMidSentence: 0
});

const overlaps = (a: EngineSpan, b: EngineSpan) => a.start < b.end && b.start < a.end;
const within = (a: EngineSpan, b: EngineSpan) => a.start >= b.start && a.end <= b.end;
const overlap = (a: EngineSpan, b: EngineSpan) =>
	Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A speaker name folded for comparison: case, diacritics, punctuation, a leading "the", a possessive. */
export function foldSpeaker(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the\s+/, '');
}

export function isPronoun(s: string): boolean {
	return PRONOUNS.has(foldSpeaker(s));
}

/** The sentence (or line) around body[start, end), for a miss report. */
export function sentenceAround(body: string, start: number, end: number): string {
	let a = start;
	while (a > 0 && a > start - 300 && !/[.!?\n]/.test(body[a - 1]!)) a--;
	let b = end;
	while (b < body.length && b < end + 300 && !/[.!?\n]/.test(body[b]!)) b++;
	if (b < body.length && body[b] !== '\n') b++;
	return body.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** The feature id a gold label must join to, given the geodata's ids; null: must be reported unmatched. */
export function expectedId(id: string | null, known: Set<string>): string | null {
	if (id === null) return null;
	if (known.has(id)) return id;
	const same = SAME_FEATURE[id];
	return same && known.has(same) ? same : null;
}

const sameIds = (ids: string[], id: string) => ids.length === 1 && ids[0] === id;

export function scoreArticle(input: ArticleInput, known: Set<string>): { counts: Counts; misses: Miss[] } {
	const { article, body, gold, out } = input;
	const c = zero();
	const misses: Miss[] = [];
	const miss = (kind: MissKind, s: EngineSpan, detail: string) =>
		misses.push({
			article,
			kind,
			text: body.slice(s.start, s.end),
			detail,
			sentence: sentenceAround(body, s.start, s.end)
		});
	c.articles = 1;
	const inGoldFurniture = (s: EngineSpan) => gold.furniture.some((f) => within(s, f));
	const mentions = out.mentions.filter((m) => !inGoldFurniture(m));
	const unmatched = out.unmatched.filter((u) => !inGoldFurniture(u));

	// (1) and (2): every gold place.
	c.goldPlaces = gold.places.length;
	for (const p of gold.places) {
		const want = expectedId(p.id, known);
		const ms = mentions.filter((m) => overlaps(m, p));
		const us = unmatched.filter((u) => overlaps(u, p));
		const got = ms.map((m) => `${body.slice(m.start, m.end)} → [${m.ids.join(', ')}]`).join('; ');
		if (ms.length === 0 && us.length === 0) {
			c.silentDrops++;
			miss('place: silently dropped', p, `want ${want ?? 'unmatched'}; neither joined nor reported`);
		} else if (want === null) {
			if (ms.length === 0) c.placesRight++;
			else
				miss(
					'place: joined, must be unmatched',
					p,
					`want unmatched${p.id ? ` (${p.id}: not in geodata)` : ''}; got ${got}`
				);
		} else if (ms.length > 0 && ms.every((m) => sameIds(m.ids, want))) {
			c.placesRight++;
		} else {
			miss(
				'place: wrong or no join',
				p,
				`want ${want}; got ${got || `unmatched "${us.map((u) => u.name).join('", "')}"`}`
			);
		}
	}

	// (3) unmatched reports that are no place.
	for (const u of unmatched) {
		if (gold.places.some((p) => overlaps(u, p))) continue;
		c.falsePlaceReports++;
		const np = gold.nonPlaces.some((n) => overlaps(u, n));
		miss(
			'false place report',
			u,
			np ? 'reported unmatched; labelled a non-place' : 'reported unmatched; not a place in gold'
		);
	}

	// (4) wrong joins.
	for (const m of mentions) {
		const ids = `[${m.ids.join(', ')}]`;
		const places = gold.places.filter((p) => overlaps(m, p));
		const nonPlace = gold.nonPlaces.find((n) => overlaps(m, n));
		if (nonPlace) {
			c.wrongJoins++;
			miss('wrong join', m, `joined to ${ids} inside the non-place "${nonPlace.text}"`);
			continue;
		}
		if (places.length === 0) {
			c.wrongJoins++;
			c.joinedNotInGold++;
			miss('joined, not in gold', m, `joined to ${ids}; no gold label here (check the labels)`);
			continue;
		}
		const bad = places.find((p) => {
			const want = expectedId(p.id, known);
			return want === null || !sameIds(m.ids, want);
		});
		if (bad) {
			c.wrongJoins++;
			const want = expectedId(bad.id, known);
			miss('wrong join', m, `joined to ${ids}; gold "${bad.text}" wants ${want ?? 'unmatched'}`);
		}
	}

	// (5) and (6): quotes.
	c.goldQuotes = gold.quotes.length;
	const quotes = out.quotes;
	for (const q of quotes) {
		if (q.speaker !== null && isPronoun(q.speaker)) {
			c.pronounSpeakers++;
			miss('pronoun speaker', q, `speaker "${q.speaker}"`);
		}
	}
	for (const g of gold.quotes) {
		const exact = quotes.find((q) => q.start === g.start && q.end === g.end);
		if (exact) c.boundariesExact++;
		// Speaker: the engine quote with the same span, else the one overlapping it most.
		let best = exact;
		if (!best) {
			for (const q of quotes) if (overlap(q, g) > (best ? overlap(best, g) : 0)) best = q;
		}
		if (!exact) {
			miss(
				'quote boundary',
				g,
				best
					? `engine quote: "${body.slice(best.start, best.end).slice(0, 120)}"`
					: 'no engine quote overlaps it'
			);
		}
		const want = [g.speaker, ...g.alts].map((s) => (s === null ? null : foldSpeaker(s)));
		const got = best ? best.speaker : undefined;
		const right = got !== undefined && (got === null ? g.speaker === null : want.includes(foldSpeaker(got)));
		if (right) c.speakersRight++;
		else if (best || g.speaker !== null) {
			miss(
				'speaker wrong',
				g,
				`want ${g.speaker ?? 'none'}; got ${got === undefined ? '(no quote)' : (got ?? 'none')}`
			);
		} else {
			miss('speaker wrong', g, `want none; the quote was not found`);
		}
	}
	for (const q of quotes) {
		if (gold.quotes.some((g) => overlaps(q, g))) continue;
		if (gold.furniture.some((f) => overlaps(q, f))) continue; // counted under furniture
		c.spuriousQuotes++;
		const term = gold.terms.find((t) => overlaps(q, t));
		if (term) {
			c.termsAsQuotes++;
			miss('term turned into quote', q, `"${term.text}" is a term, not a statement`);
		} else miss('spurious quote', q, `speaker ${q.speaker ?? 'none'}`);
	}

	// (7) furniture.
	c.goldFurniture = gold.furniture.length;
	const text: EngineSpan[] = [...quotes, ...out.passages];
	for (const f of gold.furniture) {
		const into = text.find((t) => overlaps(t, f));
		if (into) {
			c.furnitureIntoText++;
			miss('furniture into passage/quote', f, `became "${body.slice(into.start, into.end).slice(0, 100)}"`);
		}
		if (out.furniture.some((e) => overlaps(e, f))) c.furnitureSkipped++;
		else miss('furniture not skipped', f, 'not recognised as furniture');
	}
	for (const e of out.furniture) {
		if (gold.furniture.some((f) => overlaps(e, f))) continue;
		const lost = [...gold.places, ...gold.quotes].filter((s) => overlaps(s, e));
		if (lost.length) {
			c.contentSkippedAsFurniture++;
			miss('content skipped as furniture', e, `skips ${lost.length} gold place(s)/quote(s)`);
		}
	}

	// (8) verbatim.
	for (const t of [...quotes, ...out.passages] as (EngineSpan & { text?: string })[]) {
		c.engineSpans++;
		const ok =
			t.start >= 0 &&
			t.end <= body.length &&
			t.start < t.end &&
			(t.text === undefined || t.text === body.slice(t.start, t.end));
		if (ok) c.verbatim++;
		else
			miss(
				'not verbatim',
				{ start: Math.max(0, t.start), end: Math.min(body.length, Math.max(t.start, t.end)) },
				`offsets ${t.start}–${t.end}`
			);
	}

	// (9) passages of hard-wrapped articles that end mid-sentence.
	if (gold.wrapped) {
		for (const p of out.passages) {
			c.wrappedPassages++;
			const last = body.slice(p.start, p.end).trimEnd().slice(-1);
			const paragraphEnd = /^\s*(?:\n\s*\n|$)/.test(body.slice(p.end));
			if (!/[.!?”»"’)]/.test(last) && !paragraphEnd) {
				c.wrappedMidSentence++;
				miss(
					'wrapped passage ends mid-sentence',
					p,
					`ends with "${body.slice(Math.max(p.start, p.end - 30), p.end)}"`
				);
			}
		}
	}
	return { counts: c, misses };
}

function add(a: Counts, b: Counts): Counts {
	const out = { ...a };
	for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
	return out;
}

const pct = (n: number, d: number) => (d === 0 ? 1 : n / d);
const fmt = (n: number, d: number) => `${pct(n, d).toFixed(3)} (${n}/${d})`;

/** The issue's thresholds, scaled to the size of the set where the issue gives a count per 28 articles. */
export function rowsFor(t: Counts): Row[] {
	const per28 = Math.ceil(t.articles / 28);
	const furnitureMax = Math.ceil(t.goldFurniture / 28);
	return [
		{
			metric: 'places joined right or reported unmatched',
			value: fmt(t.placesRight, t.goldPlaces),
			threshold: '≥ 0.95',
			pass: pct(t.placesRight, t.goldPlaces) >= 0.95
		},
		{ metric: 'silent drops', value: String(t.silentDrops), threshold: '0', pass: t.silentDrops === 0 },
		{
			metric: 'false place reports',
			value: String(t.falsePlaceReports),
			threshold: `≤ ${per28} (1 per 28 articles)`,
			pass: t.falsePlaceReports <= per28
		},
		{
			metric: 'wrong joins (of them joined, not in gold)',
			value: `${t.wrongJoins} (${t.joinedNotInGold})`,
			threshold: '0',
			pass: t.wrongJoins === 0
		},
		{
			metric: 'speaker right',
			value: fmt(t.speakersRight, t.goldQuotes),
			threshold: '≥ 0.85',
			pass: pct(t.speakersRight, t.goldQuotes) >= 0.85
		},
		{
			metric: 'pronoun speakers',
			value: String(t.pronounSpeakers),
			threshold: '0',
			pass: t.pronounSpeakers === 0
		},
		{
			metric: 'quote boundaries exact',
			value: fmt(t.boundariesExact, t.goldQuotes),
			threshold: '≥ 30/31 (0.967)',
			pass: pct(t.boundariesExact, t.goldQuotes) >= 30 / 31
		},
		{
			metric: 'spurious quotes (of them terms)',
			value: `${t.spuriousQuotes} (${t.termsAsQuotes})`,
			threshold: '-',
			pass: null
		},
		{
			metric: 'furniture turned into passages/quotes',
			value: `${t.furnitureIntoText}/${t.goldFurniture}`,
			threshold: `≤ ${furnitureMax} (1 per 28)`,
			pass: t.furnitureIntoText <= furnitureMax
		},
		{
			metric: 'furniture skipped by the engine',
			value: `${t.furnitureSkipped}/${t.goldFurniture}`,
			threshold: '-',
			pass: null
		},
		{
			metric: 'content skipped as furniture',
			value: String(t.contentSkippedAsFurniture),
			threshold: '-',
			pass: null
		},
		{
			metric: 'quotes and passages verbatim',
			value: fmt(t.verbatim, t.engineSpans),
			threshold: '1.000',
			pass: t.verbatim === t.engineSpans
		},
		{
			metric: 'wrapped-text passages ending mid-sentence',
			value: `${t.wrappedMidSentence}/${t.wrappedPassages}`,
			threshold: '-',
			pass: null
		}
	];
}

export function score(inputs: ArticleInput[], known: Set<string>): Score {
	let total = zero();
	const perArticle: Score['perArticle'] = [];
	const misses: Miss[] = [];
	for (const input of inputs) {
		const r = scoreArticle(input, known);
		perArticle.push({ article: input.article, counts: r.counts });
		misses.push(...r.misses);
		total = add(total, r.counts);
	}
	return { total, perArticle, misses, rows: rowsFor(total) };
}

/** For tests and reports: a located span of `text` (first occurrence) in `body`. */
export function spanOf(body: string, text: string, nth = 1): Located {
	let at = -1;
	for (let k = 0; k < nth; k++) at = body.indexOf(text, at + 1);
	if (at < 0) throw new Error(`"${text}" (${nth}) not in body`);
	return { start: at, end: at + text.length, text };
}
