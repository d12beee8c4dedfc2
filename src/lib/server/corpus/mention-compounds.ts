/**
 * A curated town followed by a facility's head ("the Lachin (Berdzor) corridor", "the Goris–Stepanakert
 * road", "the Khojaly base"): the compound names that facility. It joins to the curated feature of
 * that name (or the one facility of that kind near the town), else it is reported whole, never as the
 * town. Mentions inside it are dropped from `mentions`; the compound goes to `mentions` or `setAside`.
 */
import type { Mention, MentionInput, SetAside } from './mentions';
import type { GazetteerEntry, PlaceMatch } from './matcher';
import { FACILITY, facilityNamedFor, notYet, SETTLEMENT } from './sites';
import { dashedChain, roadPasses, ROADS_AFTER_PAIR } from './road-ends';
import { DASH, DASHED_NAME, facilityWhy, ROAD_HEAD, ROAD_WORDS } from './mention-context';
import { SECTION_AFTER } from './judge-cues';

/** Other words for a checkpoint: a border gate (Turkish copy), a check-point. */
const CHECKPOINT_WORDS = /^(?:border gate|check-point)$/i;
/** A road's head with its rank before it: "interstate highway", "main road". */
const RANKED_ROAD = new RegExp(`^(?:interstate|main|national|federal)\\s+(${ROAD_WORDS})$`, 'i');

/** Where the compound ends: matches before it are part of it. */
export function townCompound(
	input: MentionInput,
	m: PlaceMatch,
	aside: RegExpExecArray | null,
	head: RegExpExecArray,
	headAt: number,
	mentions: Mention[],
	setAside: SetAside[],
	versionOf: (ids: string[], start: number, end: number) => string[]
): number {
	const { body, matcher, date } = input;
	const end = headAt + head[0].length;
	// "Lachin (Berdzor) corridor": either name with the head may be a curated feature.
	const tries = aside ? [body.slice(m.start, m.end), aside[1]!] : [body.slice(m.start, m.end)];
	// "the Berdzor road": the town's other name before a road's head names what its curated name does ("Lachin road").
	const own = matcher.entries.get(m.ids[0]!)?.name;
	const road = ROAD_HEAD.test(head[1]!) && !dashedChain(body, m.start, m.end);
	if (own && road && !tries.includes(own)) tries.push(own);
	// "Lachin–Khankandi road", "Stepanakert-Berdzor-Goris highway": the whole chain, then its two ends;
	// never the last town alone ("the Kəlbəcər–Laçın highway" is not the Lachin road).
	const chain = dashedChain(body, m.start, m.end);
	if (chain) tries.splice(0, 1, body.slice(chain.start, m.end), chain.ends);
	let joined: Mention | null = null;
	// "the Laçın border gate": another word for a checkpoint.
	// ("the Stepanakert-Goris interstate highway": a road's rank is no part of the name its ends give it.)
	const ranked = RANKED_ROAD.exec(head[1]!);
	const heads = CHECKPOINT_WORDS.test(head[1]!)
		? [head[1]!, 'checkpoint']
		: ranked
			? [head[1]!, ranked[1]!]
			: [head[1]!];
	for (const phrase of tries.flatMap((t) => heads.map((h) => `${t} ${h}`))) {
		const hit = matcher.match(phrase)[0];
		if (hit && hit.start === 0 && hit.end === phrase.length) {
			const ids = versionOf(hit.ids, m.start, end);
			const label = matcher.label(phrase, ids[0]!);
			joined = { start: m.start, end, ids, name: label.name, how: 'alias' };
			break;
		}
		// "Laçın checkpoint": a spelling of a curated compound ("Lachin checkpoint").
		const variant = input.variants.lookup(phrase);
		const vids = variant ? versionOf(variant.ids, m.start, end) : [];
		if (variant && vids.length === 1) {
			joined = { start: m.start, end, ids: vids, name: variant.name, how: 'variant' };
			break;
		}
	}
	const start = chainStart(input, m, mentions);
	// "the Khojaly base": the one facility of that kind standing near the town (not "an Artsakh military base": some base).
	const near =
		joined || chain || /(?:^|\s)(?:an?|one)\s+$/i.test(body.slice(Math.max(0, start - 5), start))
			? null
			: facilityNamedFor(head[1]!, m.ids[0]!, matcher.entries, (id) => !notYet([id], date, matcher));
	if (near) joined = { start, end, ids: near, name: matcher.entries.get(near[0]!)!.name, how: 'alias' };
	if (joined) mentions.push({ ...joined, start });
	else
		setAside.push({
			start,
			end,
			why: facilityWhy(head[1]!),
			report: true
		});
	return end;
}

/**
 * Where a compound named by a dashed chain of towns starts ("Goris–Stepanakert road", "the Horadiz-Jabrayil-Zangilan-Aghband
 * highway"): the towns before the dashes belong to it too, so their mentions are dropped.
 */
export function chainStart(input: MentionInput, m: PlaceMatch, mentions: Mention[]): number {
	const chain = dashedChain(input.body, m.start, m.end);
	const start = chain ? chain.start : m.start;
	while (
		mentions.length &&
		mentions[mentions.length - 1]!.start >= start &&
		input.matcher.entries.get(mentions[mentions.length - 1]!.ids[0]!)?.layer === 'places'
	)
		mentions.pop();
	return start;
}

/** "the Horadiz–Aghband line", "the Baku-Tbilisi-Kars line": a railway named by its ends (only after a dash: "the Aghdam line" is none). */
const LINE_AFTER_ENDS = /^\s+(line)\b/;
/**
 * "the Horadiz-Aghband highway": a curated town, a dash and a name no feature has, then a facility's head: one compound
 * with no curated feature (the town is not what it names), from the chain's first town. Its end, or 0 when there is none.
 */
export function dashedOtherCompound(
	input: MentionInput,
	m: PlaceMatch,
	aside: RegExpExecArray | null,
	nextStart: number | undefined,
	mentions: Mention[],
	setAside: SetAside[],
	versionOf: (ids: string[], start: number, end: number) => string[]
): number {
	const { body } = input;
	const other =
		aside || !/[-–—\s]/.test(body[m.end] ?? '') ? null : DASHED_NAME.exec(body.slice(m.end, m.end + 40));
	const otherEnd = other ? m.end + other[0].length : 0;
	const otherHead =
		other && nextStart !== otherEnd - other[1]!.length
			? (FACILITY.exec(body.slice(otherEnd, otherEnd + 60)) ??
				ROADS_AFTER_PAIR.exec(body.slice(otherEnd, otherEnd + 12)) ??
				LINE_AFTER_ENDS.exec(body.slice(otherEnd, otherEnd + 8)))
			: null;
	if (!otherHead) return 0;
	const end = otherEnd + otherHead[0].length;
	const start = chainStart(input, m, mentions);
	// "the Stepanakert-Horis highway": the other name may be a spelling of the curated road's.
	const spelt = input.variants.lookup(body.slice(start, end));
	const ids = spelt ? versionOf(spelt.ids, start, end) : [];
	if (spelt && ids.length === 1) mentions.push({ start, end, ids, name: spelt.name, how: 'variant' });
	else setAside.push({ start, end, why: facilityWhy(otherHead[1]!), report: true });
	return end;
}

/**
 * "Goris-Lachin road": the town before the dash is part of the road's name. A town the road does not
 * pass names another road ("the Kalbajar–Lachin highway"), and a road before "section" a stretch of
 * it ("the Shusha–Lachin road section", eval/README): reported whole. False when no town comes before.
 */
export function dashedRoad(
	input: MentionInput,
	m: PlaceMatch,
	mentions: Mention[],
	setAside: SetAside[],
	labelled: (m: PlaceMatch) => Mention
): boolean {
	const { body, matcher } = input;
	const prior = mentions[mentions.length - 1];
	const town =
		prior && DASH.test(body.slice(prior.end, m.start)) ? matcher.entries.get(prior.ids[0]!) : undefined;
	if (!town || !SETTLEMENT.has(town.kind ?? '')) return false;
	mentions.pop();
	const section = SECTION_AFTER.exec(body.slice(m.end, m.end + 12));
	if (section)
		setAside.push({
			start: prior!.start,
			end: m.end + section[0].length,
			why: 'names a section by its two ends: no curated feature',
			report: true
		});
	else if (roadPasses(matcher.entries.get(m.ids[0]!), town))
		mentions.push({ ...labelled(m), start: prior!.start });
	else
		setAside.push({
			start: prior!.start,
			end: m.end,
			why: 'names a road by a town the curated road does not pass: no curated feature',
			report: true
		});
	return true;
}

/**
 * The peacekeepers' zone in the words the press varies: "the zone of the Russian peacekeepers", "the
 * area of responsibility of the contingent", "the zone of temporary deployment of the contingent", "an
 * area under the control of the Russian peacekeepers", "the zone of the peacekeepers' responsibility", "the
 * Russian peacekeepers' temporary deployment area" (the Azerbaijani press's words). Not "the area of the peacekeepers' post": the post's.
 */
const PEACEKEEPERS_ZONE =
	/\b(?:zone|area)\s+(?:(?:of\s+(?:the\s+)?(?:temporary\s+)?(?:deployment|responsibility|control|presence)|under\s+the\s+control)\s+of\s+|of\s+)(?:the\s+)?(?:Russian\s+)?(?:peacekeepers(?:[’']\s+responsibility)?(?![’'])|peacekeeping\s+(?:contingent|forces|mission|operation)|contingent)\b|\b(?:Russian\s+)?(?:peacekeepers[’']|peacekeeping\s+contingent[’']s|peacekeeping)\s+(?:temporary\s+)?(?:deployment|responsibility)\s+(?:zone|area)\b/g;
/**
 * "the zone of responsibility" with no owner named after it: the peacekeepers' zone when the
 * peacekeepers or their contingent were named in the 400 characters before ("The peacekeepers have a
 * clear mandate. The road is in their zone of responsibility"); "the area of responsibility of the
 * border guards" names its owner, and is another.
 */
const BARE_ZONE = /\b(?:zone|area)\s+of\s+responsibility\b(?!\s+of\b)/g;
const PEACEKEEPERS_NEAR = /peacekeep|contingent/i;
const OWNER_AFTER_MARK = /^["”’»]\s+of\s+(?:the\s+)?(?:Russian\s+)?(?:peacekeep|contingent)/;

/** Those phrases, not inside a mention already, as mentions of the curated feature "peacekeeping zone" names. */
export function zoneMentions(
	input: MentionInput,
	taken: { start: number; end: number }[],
	versionOf: (ids: string[], start: number, end: number) => string[]
): Mention[] {
	const { body, matcher } = input;
	if (!body.includes('zone') && !body.includes('area')) return [];
	const curated = matcher.match('peacekeeping zone')[0];
	if (!curated) return [];
	const out: Mention[] = [];
	// (Or its owner after the closing mark: "officially the “zone of responsibility” of the contingent".)
	const bare = [...body.matchAll(BARE_ZONE)].filter(
		(m) =>
			PEACEKEEPERS_NEAR.test(body.slice(Math.max(0, m.index! - 400), m.index!)) ||
			OWNER_AFTER_MARK.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 40))
	);
	for (const m of [...body.matchAll(PEACEKEEPERS_ZONE), ...bare]) {
		const [start, end] = [m.index!, m.index! + m[0].length];
		if (taken.some((t) => t.start < end && start < t.end)) continue;
		const ids = versionOf(curated.ids, start, end);
		if (ids.length === 1)
			out.push({ start, end, ids, name: matcher.entries.get(ids[0]!)!.name, how: 'alias' });
	}
	return out;
}

/**
 * "the [Berdzor] Lachin corridor", "the Berdzor (Lachin corridor)": the town's other name in brackets
 * beside a road or corridor named for the same town is part of that mention, not the town.
 */
export function otherNameBeside(
	body: string,
	mentions: Mention[],
	entries: Map<string, GazetteerEntry>
): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const [town, road] = [mentions[i]!, mentions[i + 1]!];
		const gap = body.slice(town.end, road.start);
		const before = /^\]\s+$/.test(gap) && body[town.start - 1] === '[';
		const around = /^\s*\(\s*$/.test(gap) && body[road.end] === ')';
		if (!(before || around) || !SETTLEMENT.has(entries.get(town.ids[0]!)?.kind ?? '')) continue;
		const townName = entries.get(town.ids[0]!)?.name ?? '';
		const roadName = entries.get(road.ids[0]!)?.name ?? '';
		if (SETTLEMENT.has(entries.get(road.ids[0]!)?.kind ?? '') || !roadName.startsWith(`${townName} `))
			continue;
		road.start = before ? town.start - 1 : town.start;
		if (around) road.end++;
		mentions.splice(i, 1);
	}
}

/** "the corridor of Lachin": the head before the town, which "the Lachin corridor" names after it. */
const HEAD_OF = /\b(corridor)\s+of\s+$/i;
/** "the Place d'Arménie", "Rue de Lachin": a street or a square named for a place, its head first. */
const STREET_BEFORE =
	/\b(?:Place|Rue|Avenue|Boulevard|Plaza|Prospekt|Ulitsa)\s+(?:d['’]|de\s+(?:la\s+|l['’])?|del\s+)?$/u;

/**
 * The curated compound a head before the town names ("the corridor of Lachin" → the Lachin corridor of that date),
 * the street a head before it names (set aside whole), or null.
 */
export function headOfTown(
	input: MentionInput,
	m: PlaceMatch,
	versionOf: (ids: string[], start: number, end: number) => string[]
): Mention | SetAside | null {
	const window = input.body.slice(Math.max(0, m.start - 16), m.start);
	const before = HEAD_OF.exec(window);
	const street = before ? null : STREET_BEFORE.exec(window);
	if (street)
		return { start: m.start - street[0].length, end: m.end, why: facilityWhy('street'), report: true };
	if (!before) return null;
	const phrase = `${input.body.slice(m.start, m.end)} ${before[1]!.toLowerCase()}`;
	const hit = input.matcher.match(phrase)[0];
	if (!hit || hit.start !== 0 || hit.end !== phrase.length) return null;
	const start = m.start - before[0].length;
	const ids = versionOf(hit.ids, start, m.end);
	return { start, end: m.end, ids, name: input.matcher.label(phrase, ids[0]!).name, how: 'alias' };
}
