/**
 * Place mentions of an article: the matcher's hits, corrected by the words around them, plus the
 * spelling variants it could not know. Each mention keeps the span of text that tied it and the
 * curated name it stands for (the trace the reader and the ingest report show).
 *
 * - A name inside an organisation's or outlet's own name (Russia Today, the Moscow Times, Public
 *   Radio of Armenia) is not a place.
 * - A town followed by the head of another feature (the Goris–Stepanakert road, the Lachin
 *   (Berdzor) corridor, the Aghdam monitoring centre) names that feature, not the town: it joins
 *   to the feature if one is curated under that name, else it is reported as one compound name.
 * - A capitalised name the matcher missed whose variant key matches one curated feature joins to
 *   it as a variant; one that could be two features is reported as ambiguous.
 */
import type { Span, WordSet } from './extract';
import type { MatchKind, Matcher, PlaceMatch } from './matcher';
import { pickByDate } from './feature-versions';
import type { VariantIndex } from './variants';
import { elsewhere, locatedBy } from './stated';
import { aliasKey } from '../../names/fold';
import type { GeoNamesIndex } from './suggestions';
import { definedAbbreviations, shortForms } from './short-forms';
import { earlierCue, sentenceYearWhen, statedWhen } from './version-cue';
import {
	facilityHead,
	notYet,
	NOT_YET_WHY,
	ownersBefore,
	SETTLEMENT,
	siteBefore,
	SITE_WHY,
	standsNear,
	UNIT_TAIL
} from './sites';
import { pairedRoadHead } from './road-ends';
import { TOWN_KINDS } from './sites-other';
import { inBox } from '../geodata/geometry';
import {
	HISTORICAL_STATE_WHY,
	historicalStateAround,
	QUALIFIED_WHY,
	qualifiedAround,
	unitAround,
	UNIT_WHY
} from './town-qualifiers';
import { addVariants } from './variant-mentions';
import {
	dashedOtherCompound,
	dashedRoad,
	headOfTown,
	otherNameBeside,
	townCompound,
	zoneMentions
} from './mention-compounds';
import {
	ASIDE,
	END_BEFORE_DASH,
	facilityWhy,
	IN_TOWN,
	IN_UNIT,
	insideOtherName,
	NEAR_TOWN,
	REMIT,
	riverNamed,
	ROAD_HEAD,
	SITED
} from './mention-context';

export interface Mention extends PlaceMatch {
	/** The curated name the text stands for. */
	name: string;
	how: MatchKind;
}

/** A span that looked like a place but is not one, or names something with no curated feature. */
export interface SetAside extends Span {
	why: string;
	/** For a compound or an ambiguous name: reported as a place-like name. */
	report: boolean;
	/** Features an ambiguous name could be. */
	candidates?: string[];
}

export interface MentionInput {
	body: string;
	/** Runs of capitalised words in the reporting (furniture left out), in text order. */
	runs: Span[];
	matcher: Matcher;
	variants: VariantIndex;
	date: string;
	/** Words of the article's speakers: people, not places. */
	people: WordSet;
	/** GeoNames, to tell a curated town from another of its name in the country the text states. */
	geonames?: GeoNamesIndex;
}

export interface MentionResult {
	/** Sorted by start, never overlapping. */
	mentions: Mention[];
	setAside: SetAside[];
}

export function findMentions(input: MentionInput, raw: PlaceMatch[]): MentionResult {
	const { body, matcher, date } = input;
	const setAside: SetAside[] = [];
	const mentions: Mention[] = [];
	/** Names the text placed in another country than their curated feature (folded). */
	const placedElsewhere = new Set<string>();
	/** The version of a dated feature the text names at [start, end): by the words around it, else by date. */
	const versionOf = (ids: string[], start: number, end: number): string[] => {
		const when =
			statedWhen(body, start, end, ids, date) ??
			sentenceYearWhen(body, start, end, ids, date, matcher.entries) ??
			date;
		return pickByDate(ids, when, matcher.entries, earlierCue(body, start, end, ids, when, matcher.entries));
	};
	const labelled = (m: PlaceMatch, how?: MatchKind): Mention => {
		const ids = versionOf(m.ids, m.start, m.end);
		const label = matcher.label(body.slice(m.start, m.end), ids[0]!);
		return { start: m.start, end: m.end, ids, name: label.name, how: how ?? label.how };
	};
	for (let k = 0; k < raw.length; k++) {
		const m = raw[k]!;
		const inside = insideOtherName(body, m);
		if (inside !== null) {
			// (A word of a web address names a page: nothing to report.)
			if (inside) setAside.push({ start: m.start, end: m.end, why: inside, report: false });
			continue;
		}
		const entry = matcher.entries.get(m.ids[0]!);
		// A line, corridor or base already is the feature its head names.
		if (!SETTLEMENT.has(entry?.kind ?? '')) {
			// A feature that did not exist yet on the article's date is not what it names (the
			// peacekeepers' "Lachyn checkpoint" of 2022 is not the Hakari checkpoint of 2023).
			if (notYet(m.ids, statedWhen(body, m.start, m.end, m.ids, date) ?? date, matcher)) {
				setAside.push({ start: m.start, end: m.end, why: NOT_YET_WHY, report: true });
				continue;
			}
			if (dashedRoad(input, m, mentions, setAside, labelled)) continue;
			const next = raw[k + 1];
			const town = next ? matcher.entries.get(next.ids[0]!) : undefined;
			const gap = next ? body.slice(m.end, next.start) : '';
			const unit =
				next && SITED.has(entry?.kind ?? '') && IN_UNIT.test(gap)
					? UNIT_TAIL.exec(body.slice(next.end, next.end + 12))
					: null;
			// "Khudavang in Kalbajar district": a district after "in" is a place of its own, not the town a facility stands in.
			const district = !unit && next ? UNIT_TAIL.test(body.slice(next.end, next.end + 12)) : false;
			// "the Turkey-Russia Joint Monitoring Center": the states that run it are part of its name.
			// "the Karabakh ceasefire monitoring centre": the region right before the facility's name is part of it.
			const prev = raw[k - 1];
			const region =
				entry?.layer === 'posts' &&
				prev !== undefined &&
				prev.end + 1 === m.start &&
				body[prev.end] === ' ' &&
				matcher.entries.get(prev.ids[0]!)?.kind === 'region';
			const start = region ? prev.start : entry?.layer === 'posts' ? ownersBefore(body, m.start) : m.start;
			while (mentions.length && mentions[mentions.length - 1]!.start >= start) mentions.pop();
			if (
				entry?.layer !== 'lines' &&
				next &&
				TOWN_KINDS.has(town?.kind ?? '') &&
				standsNear(entry, town) &&
				((((IN_TOWN.test(gap) && standsNear(entry, town, 'in')) || NEAR_TOWN.test(gap)) && !district) || unit)
			) {
				mentions.push({ ...labelled(m), start, end: next.end + (unit ? unit[0].length : 0) });
				k++;
			} else {
				// "the Joint Turkish-Russian Centre for monitoring the ceasefire in Karabakh": its remit is its name's end.
				const remit = entry?.layer === 'posts' ? REMIT.exec(body.slice(m.end, m.end + 80)) : null;
				const end = m.end + (remit ? remit[0].length : 0);
				mentions.push({ ...labelled(m), start, end });
				while (k + 1 < raw.length && raw[k + 1]!.start < end) k++;
			}
			continue;
		}
		// "East Azerbaijan province" (Iran): a unit named for the place, not the place ("the Karabakh economic region" is Karabakh, like a district).
		const abroad = entry?.point ? !inBox(...entry.point) : false;
		const unit = unitAround(body, m, entry?.kind === 'country', abroad);
		if (unit) {
			setAside.push({ ...unit, why: UNIT_WHY, report: true });
			continue;
		}
		const state = historicalStateAround(body, m);
		if (state) {
			setAside.push({ ...state, why: HISTORICAL_STATE_WHY, report: true });
			continue;
		}
		const other = qualifiedAround(body, m, entry?.kind);
		if (other) {
			setAside.push({ ...other, why: QUALIFIED_WHY, report: true });
			continue;
		}
		const aside = ASIDE.exec(body.slice(m.end, m.end + 60));
		// "The [Lachin] corridor": a name an editor set in brackets inside a quote, its head after them (the span keeps them).
		const bracketed = body[m.end] === ']' && body[m.start - 1] === '[' ? 1 : 0;
		const headAt = m.end + (aside ? aside[0].length : bracketed);
		// Two roads, each named by its two ends, share a plural head: "the Aghdam–Khankendi and Lachin–Khankendi
		// roads" (the head in neither span) and "Lachin–Khankendi roads"; two sections: "the Lisagor–Shushi and … sections".
		const paired = !aside && END_BEFORE_DASH.test(body.slice(Math.max(0, m.start - 30), m.start));
		const head =
			facilityHead(body.slice(headAt, headAt + 60), entry?.kind) ?? (paired ? pairedRoadHead(body, m) : null);
		// "the main base near the airport at Khojaly": the facility, not the town; but "a checkpoint in
		// the Berdzor (Lachin) corridor" stands on the corridor the town's name begins.
		// ("the corridor of Lachin": a road's head before the town, as "the Lachin corridor" has it after.)
		const site =
			(head ? null : headOfTown(input, m, versionOf)) ??
			(head && ROAD_HEAD.test(head[1]!)
				? null
				: siteBefore(body, m, matcher.entries, (id) => !notYet([id], date, matcher), mentions.at(-1)));
		if (site) {
			while (mentions.length && site.start <= mentions[mentions.length - 1]!.start) mentions.pop();
			if ('why' in site) setAside.push(site);
			else if (!site.ids.length)
				setAside.push({ start: site.start, end: site.end, why: SITE_WHY, report: true });
			else
				mentions.push({
					start: site.start,
					end: site.end,
					ids: site.ids,
					name: matcher.entries.get(site.ids[0]!)!.name,
					how: 'alias'
				});
			while (k + 1 < raw.length && raw[k + 1]!.start < site.end) k++;
			continue;
		}
		if (!head) {
			const end = dashedOtherCompound(input, m, aside, raw[k + 1]?.start, mentions, setAside, versionOf);
			if (end) {
				// A curated name further along the chain is part of it.
				while (k + 1 < raw.length && raw[k + 1]!.start < end) k++;
				continue;
			}
			// "the water of the Tartar", "into the Tartar.": the river a town is named after, no curated feature.
			if (riverNamed(body, m.start, m.end)) {
				setAside.push({ start: m.start, end: m.end, why: facilityWhy('river'), report: true });
				continue;
			}
			// "Martuni, a town … in Armenia's Gegharkunik province": another Martuni than the curated one.
			if (
				input.geonames &&
				entry &&
				elsewhere(body, m.end, body.slice(m.start, m.end), entry, input.geonames)
			) {
				setAside.push({
					start: m.start,
					end: m.end,
					why: 'the text places it in another country than the curated place of that name',
					report: true,
					candidates: m.ids
				});
				placedElsewhere.add(aliasKey(body.slice(m.start, m.end)));
				continue;
			}
			// Its repeats are that place too, unless a curated area locates one ("in Nagorno-Karabakh, Martuni").
			if (
				placedElsewhere.size &&
				placedElsewhere.has(aliasKey(body.slice(m.start, m.end))) &&
				!locatedBy(body, raw[k - 1], m, matcher.entries)
			) {
				setAside.push({
					start: m.start,
					end: m.end,
					why: 'another mention of a place the text puts elsewhere',
					report: true,
					candidates: m.ids
				});
				continue;
			}
			mentions.push(labelled(m));
			continue;
		}
		const end = townCompound(input, m, aside, head, headAt, mentions, setAside, versionOf);
		if (bracketed && mentions.at(-1)?.start === m.start) mentions.at(-1)!.start--;
		// Matches inside the compound (the bracketed name) are part of it.
		while (k + 1 < raw.length && raw[k + 1]!.start < end) k++;
	}
	addVariants(input, mentions, setAside);
	// "the zone of the Russian peacekeepers", "the area of responsibility of the contingent".
	mentions.push(...zoneMentions(input, [...mentions, ...setAside], versionOf));
	mentions.sort((a, b) => a.start - b.start);
	otherNameBeside(body, mentions, matcher.entries);
	// "the joint centre" after the monitoring centre was named.
	const facility = (x: Mention) => matcher.entries.get(x.ids[0]!)?.layer === 'posts';
	const short = shortForms(body, mentions, facility, (x) => matcher.entries.get(x.ids[0]!)?.name ?? '');
	if (short.length) {
		for (const x of short) mentions.push({ ...x, name: matcher.entries.get(x.ids[0]!)!.name, how: 'alias' });
		mentions.sort((a, b) => a.start - b.start);
	}
	// "officers of the SRTC" after "the Russian-Turkish centre (SRTC)".
	const abbreviated = definedAbbreviations(body, mentions, facility);
	if (abbreviated.length) {
		for (const x of abbreviated) mentions.push({ ...x, how: 'alias' });
		mentions.sort((a, b) => a.start - b.start);
	}
	return { mentions, setAside };
}
