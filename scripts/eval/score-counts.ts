// What the scoring counts and reports: one article's tallies, the misses, the table rows.
import type { Gold } from './gold';
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

export const zero = (): Counts => ({
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

export function add(a: Counts, b: Counts): Counts {
	const out = { ...a };
	for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
	return out;
}

/** One article being judged: its text, gold labels and engine output, the tallies and the miss log. */
export interface Judging {
	body: string;
	gold: Gold;
	out: EngineOutput;
	c: Counts;
	miss: (kind: MissKind, s: EngineSpan, detail: string) => void;
}
