/**
 * Roads the text names by their ends and stops, not by their own name: the chains of dashed names
 * (“the Stepanakert-Berdzor-Goris highway”, “the Khankendi–Aghdam–Barda route”) and two such roads
 * sharing one plural head (“the Aghdam–Khankendi and Lachin–Khankendi roads”).
 */
import type { Span } from './extract';
import type { GazetteerEntry } from './matcher';
import { ROAD_WORDS } from './mention-context';

/** About 5 km, in degrees: a town this close to a road's box may be one of its ends. */
const ROAD_MARGIN = 0.05;

/** Whether a road (its box) can pass the town (its point) named before it; without the geometry, trust the name. */
export function roadPasses(road: GazetteerEntry | undefined, town: GazetteerEntry): boolean {
	const [w, s, e, n] = road?.box ?? [];
	const [x, y] = town.point ?? [];
	if (w === undefined || x === undefined || y === undefined) return true;
	return x >= w - ROAD_MARGIN && x <= e! + ROAD_MARGIN && y >= s! - ROAD_MARGIN && y <= n! + ROAD_MARGIN;
}

/** Capitalised names joined by dashes right before a name: “Stepanakert-Berdzor-” before “Goris”. */
const CHAIN = /(?:\p{Lu}[\p{L}’']*\s?[-–—]\s?)+$/u;

/**
 * The names a road is named by, when a dashed chain ends at body[…, end): the whole chain's start
 * and the phrase of its two ends (“Stepanakert–Goris”), or null when the name stands alone.
 */
export function dashedChain(
	body: string,
	start: number,
	end: number
): { start: number; ends: string } | null {
	const m = CHAIN.exec(body.slice(Math.max(0, start - 80), start));
	if (!m) return null;
	const first = /^\p{Lu}[\p{L}’']*/u.exec(m[0])![0];
	return { start: start - m[0].length, ends: `${first}–${body.slice(start, end)}` };
}

/** The heads two stretches named by their ends share in the plural: roads, sections. */
const PAIR_HEADS = `${ROAD_WORDS}|section|segment`;
/**
 * "the Aghdam–Khankendi and Lachin–Khankendi roads": a road named by its two ends before "and" and another
 * such road with the plural head they share. Group 1 is the head, in the singular.
 */
const SHARED_HEAD = new RegExp(
	String.raw`^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s*[–—-]\s*\p{Lu}[\p{L}’'-]*)+\s+(${PAIR_HEADS})s\b`,
	'u'
);
/**
 * "Lachin–Hakari roads": the plural head of two roads, each named by its two ends (not "the Aghdam and Lachin routes");
 * "the Lisagor–Shushi and Stepanakert–Shushi sections": two stretches of a road.
 */
export const ROADS_AFTER_PAIR = new RegExp(String.raw`^\s+(${PAIR_HEADS})s\b`);
const LINE_AFTER_PAIR = /^\s+(line)\b/;

/**
 * The head of a road named by its two ends, `m` its second town, as FACILITY gives one (the words in the
 * span, then the head in the singular): "" when it shares the next road's plural head, " roads" after it.
 */
export function pairedRoadHead(body: string, m: Span): RegExpExecArray | null {
	const shared = SHARED_HEAD.exec(body.slice(m.end, m.end + 80));
	// ("the high-voltage Aghdam-Stepanakert line": a power or railway line named by its two ends.)
	const plural = shared
		? null
		: (ROADS_AFTER_PAIR.exec(body.slice(m.end, m.end + 12)) ??
			LINE_AFTER_PAIR.exec(body.slice(m.end, m.end + 8)));
	const [words, head] = shared ? ['', shared[1]!] : plural ? [plural[0], plural[1]!] : ['', ''];
	if (!head) return null;
	const found = [words, head] as unknown as RegExpExecArray;
	found.index = 0;
	found.input = words;
	return found;
}
