/**
 * A synthetic corpus for the ingest/join benchmark, generated deterministically from a seed:
 * articles of realistic length made of shuffled sentences of the real articles, with extra
 * sentences naming random gazetteer names (so the matcher sees the whole gazetteer, not just the
 * five seeds' places). The output is article *files* (header + body bytes with a valid sha256),
 * so the benchmark times the real ingest path: parseArticle → joinCorpus.
 */
import { formatArticle } from '../../src/lib/server/corpus/article';
import { prng } from './stats';

export interface SyntheticSource {
	/** Bodies of the real articles. */
	bodies: string[];
	/** Outlet names as the real headers give them. */
	sources: string[];
	/** Every gazetteer name and alias (as written). */
	names: string[];
}

export interface SyntheticArticle {
	id: string;
	bytes: Uint8Array;
}

/** Sentences of the real bodies: split on end punctuation before a capital or an opening mark. */
export function sentencePool(bodies: string[]): string[] {
	const out: string[] = [];
	for (const body of bodies) {
		for (const line of body.split('\n')) {
			const t = line.trim();
			if (t.length < 40) continue; // furniture, bylines, headings
			for (const s of t.split(/(?<=[.!?][”"»]?)\s+(?=[\p{Lu}“"«])/u)) if (s.length >= 20) out.push(s);
		}
	}
	return out;
}

const TEMPLATES = [
	(a: string, b: string) => `Reports from ${a} and ${b} could not be independently verified.`,
	(a: string, b: string) => `“The situation near ${a} is calm,” the spokesman said in ${b}.`,
	(a: string) => `Residents of ${a} described the night as the quietest in weeks.`,
	(a: string, b: string) => `A convoy left ${a} for ${b} on Tuesday, officials said.`
];

const DAY = 86_400_000;
const FIRST = Date.UTC(2020, 8, 1); // 2020-09-01
const SPAN_DAYS = 1_300; // to spring 2024

/** `count` article files; the same seed and source always give the same bytes. */
export function generateCorpus(count: number, seed: number, src: SyntheticSource): SyntheticArticle[] {
	const rnd = prng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
	const pool = sentencePool(src.bodies);
	if (pool.length === 0) throw new Error('synthetic corpus: no sentences in the source bodies');
	const mean = src.bodies.reduce((n, b) => n + b.length, 0) / Math.max(1, src.bodies.length);
	const names = src.names.filter((n) => n.trim().length > 1);
	const out: SyntheticArticle[] = [];
	for (let i = 0; i < count; i++) {
		const date = new Date(FIRST + Math.floor(rnd() * SPAN_DAYS) * DAY).toISOString().slice(0, 10);
		// Length: 0.5× to 1.5× the real mean, in paragraphs of 1–4 sentences.
		const target = mean * (0.5 + rnd());
		const paras: string[] = [];
		let len = 0;
		while (len < target) {
			const n = 1 + Math.floor(rnd() * 4);
			const ss: string[] = [];
			for (let k = 0; k < n; k++) ss.push(pick(pool));
			if (rnd() < 0.35) ss.push(pick(TEMPLATES)(pick(names), pick(names)));
			const p = ss.join(' ');
			paras.push(p);
			len += p.length + 2;
		}
		const title = pick(pool)
			.split(/\s+/)
			.slice(0, 8)
			.join(' ')
			.replace(/[“”"«»,.:;]/g, '');
		const body = `${title}\n\n${paras.join('\n\n')}\n`;
		const text = formatArticle({ title, source: pick(src.sources), date }, body);
		out.push({
			id: `${date}-synthetic-${String(i).padStart(5, '0')}`,
			bytes: new TextEncoder().encode(text)
		});
	}
	return out;
}
