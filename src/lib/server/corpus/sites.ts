/**
 * Facilities the text names by where they stand, not by their own name: “the main base near the
 * airport at Khojaly”, “the headquarters of the contingent in Khankendi”, “the monitoring centre
 * outside Agdam”. The phrase names the facility, not the town: it joins to the one curated facility
 * of that kind standing near the town, else (a military base) it is reported as one compound.
 * (Roads named by their ends and stops are read in road-ends.ts.)
 */
import type { Span } from './extract';
import type { GazetteerEntry, Matcher } from './matcher';
import { days } from './feature-versions';
import { buildingInTown, otherSite, TOWN_KINDS, TOWN_OF } from './sites-other';
import { PASS } from './words';

/**
 * A facility within its head's distance of a town's centre (HEADS) stands at it: “the base near Khojaly”
 * (1.4 km) and “the main base near Stepanakert” (10 km, the town the contingent was said to be in) are
 * the base. An airport named for a town lies outside it: “the base near Stepanakert airport” may be 15 km off.
 */
const AIRPORT_KM = 15;
/**
 * A generic facility's head, the kinds of curated features it may be, and how far from the town it
 * names them may stand (a monitoring centre drawn schematically, 5–10 km off, is named for its district's town).
 */
const HEADS: [RegExp, string[], number][] = [
	[/^(?:base|headquarters|HQ|deployment point|garrison|camp)$/i, ['headquarters', 'base'], 12],
	// "the Stepanakert airport base": the base at the airport named for the town (the airport may lie outside it).
	[/^(?:airport|airfield) base$/i, ['headquarters', 'base'], AIRPORT_KM],
	[/^(?:(?:monitoring|observation) )?cent(?:re|er)$/i, ['monitoring centre'], 15],
	// "a joint observation post in Aghdam": the Russian-Turkish centre, as the press named it before it opened.
	[/^(?:observation|monitoring) post$/i, ['monitoring centre'], 15],
	// "the Aghdam facility": whichever one facility stands there (the centre is drawn 13 km off Aghdam, the headquarters 15.5).
	[/^facility$/i, ['headquarters', 'base', 'monitoring centre'], 14]
];
/** A cheap test before SITE: the words right before the town can end such a phrase. */
const CUE_END = /\b(?:in|at|near|outside|to|of|by|beside|below|above)\s+(?:the\s+)?$/;
/**
 * “[main|temporary…] base|headquarters|deployment point [of the contingent | for monitoring the
 * ceasefire] in|at|near|by|outside [the city of] [the airport at] [the]” right before the town.
 * Case-insensitive: a page may capitalise the facility (“the Joint Center in Ağdam”).
 */
const SITE = new RegExp(
	String.raw`\b((?:(?:main|military|air|army|naval|temporary|permanent|new|joint|base|peacekeepers[’']|peacekeeping|contingent[’']s|Russian|Turkish)\s+)*` +
		String.raw`(?:base|headquarters|HQ|deployment point|garrison|camp|facility|(?:monitoring |observation )?cent(?:re|er)|(?<=joint\s+)(?:observation|monitoring) post))` +
		String.raw`(?:\s+of\s+(?:the\s+)?(?:[\p{Ll}’']+\s+){0,3}(?:contingent|peacekeepers|mission|troops|forces|force)` +
		String.raw`|\s+for\s+(?:monitoring|observing)\s+(?:the\s+)?(?:ceasefire|cease-fire|truce))?` +
		// "the Russian military base stationed in Gyumri": where it stands, said with a participle.
		String.raw`(?:\s+(?:stationed|located|deployed|based|situated))?` +
		String.raw`\s+(?:in|at|near|by|beside|outside|close\s+to|next\s+to|on\s+the\s+outskirts\s+of)\s+` +
		// "in the northern town of Gyumri".
		TOWN_OF +
		String.raw`(?:(?:the\s+)?(?:former\s+)?(?:airport|airfield)\s+(?:at|in|near|of|outside)\s+)?(?:the\s+)?$`,
	'iu'
);
/** The heads SITE needs, in any case: a cheap test before it. */
const SITE_HEAD =
	/base|headquarters|HQ|deployment point|garrison|camp|centre|center|facility|joint (?:observation|monitoring) post/i;
/**
 * A word before a centre or a camp that says it is another facility than the curated one of that kind
 * (“the humanitarian centre in Kornidzor”, “a refugee camp near Goris”); determiners and SITE's own words do not.
 */
const OTHER_KIND =
	/(?:^|\s)(?!(?:the|a|an|its|their|our|this|that|his|her|whose|of|in|at|near|to|and|or|by|from|new|joint|main|temporary)\s)([\p{Ll}-]{3,})\s+$/u;

/** “… the airport of ” right before the town: the town is where the airport is. */
const AIRPORT_OF = /(?:airport|airfield)\s+(?:at|in|near|of|outside)\s+(?:the\s+)?$/i;
/** “Stepanakert airport” after the phrase: the airport is the site, still near the town. */
const AIRPORT_AFTER = /^\s+(?:airport|airfield)\b/i;

export interface Site extends Span {
	/** The curated facility the phrase names. */
	ids: string[];
}

/** Rough distance in km between two [lon, lat] points: enough to tell near from far. */
function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	return Math.hypot((lon1 - lon2) * Math.cos((lat1 * Math.PI) / 180), lat1 - lat2) * 111;
}

/**
 * The facility that the words before `town` (a settlement mention) name by its site, or null.
 * `usable` says whether a facility may be joined on the article's date.
 */
export function siteBefore(
	body: string,
	town: Span & { ids: string[] },
	entries: Map<string, GazetteerEntry>,
	usable: (id: string) => boolean,
	/**
	 * The last mention before the town: a curated facility's name there (“the peacekeepers’ headquarters
	 * near Khojaly”) is left as it is, or, when it is the facility the phrase names (“the Russian-Turkish
	 * center for monitoring the ceasefire near Aghdam”), the site starts with it (the caller drops it).
	 */
	prior: { start: number; end: number; ids?: string[] } | undefined
): Site | null {
	const near = body.slice(Math.max(0, town.start - 30), town.start);
	if (!CUE_END.test(near)) return null;
	const from = Math.max(0, town.start - 140);
	const window = body.slice(from, town.start);
	// SITE is anchored at the end, so tried at every position: most windows have none of its heads.
	const m = SITE_HEAD.test(window) ? SITE.exec(window) : null;
	if (!m) return otherSite(body, window, from, town, entries, prior);
	const phrase = m[1]!;
	const head = phrase.split(/\s+/).slice(-2).join(' ');
	const [, kinds, headKm] = HEADS.find(([re]) => re.test(head) || re.test(head.split(' ').pop()!)) ?? [
		null,
		[],
		0
	];
	const start = from + m.index;
	const airport = AIRPORT_AFTER.exec(body.slice(town.end, town.end + 12));
	const end = town.end + (airport ? airport[0].length : 0);
	const priorEnd = prior?.end ?? -1;
	if (priorEnd > start) {
		// “the peacekeepers’ main base near the airport of Stepanakert”: a facility named by “the airport”
		// alone (an alias) and then the airport's town is whichever facility stands near that town's airport.
		if (prior && /airport$/i.test(body.slice(prior.start, prior.end)) && AIRPORT_OF.test(window)) {
			const ids = facilitiesNear(town.ids[0]!, kinds, AIRPORT_KM, entries, usable);
			return { start: Math.min(prior.start, start), end, ids: ids.length === 1 ? ids : [] };
		}
		const named =
			prior?.ids &&
			prior.start < start &&
			facilitiesNear(town.ids[0]!, kinds, headKm, entries, usable).join() === prior.ids.join();
		return named ? { start: prior.start, end, ids: prior.ids! } : null;
	}
	// “the humanitarian centre in Kornidzor”: a facility of another kind, reported as one compound (no ids).
	const lead = Math.max(0, start - 30);
	const centreOrCamp = /(?:cent(?:re|er)|camp|facility)$/i.test(phrase);
	const other = centreOrCamp ? OTHER_KIND.exec(body.slice(lead, start)) : null;
	const otherStart = other ? lead + other.index + other[0].indexOf(other[1]!) : -1;
	// Only a town can have a facility named by it; "the only facility in the South Caucasus" leaves the region.
	const inTown = TOWN_KINDS.has(entries.get(town.ids[0]!)?.kind ?? '');
	const building = /cent(?:re|er)$/i.test(phrase) && buildingInTown(window, town, entries);
	// (In a region, "a fuel storage facility in Nagorno-Karabakh" is no curated facility: the region stays.)
	if (other && priorEnd <= otherStart)
		return !inTown || building ? null : { start: otherStart, end, ids: [] };
	const ids = facilitiesNear(
		town.ids[0]!,
		kinds,
		airport || /airport|airfield/i.test(m[0]) ? AIRPORT_KM : headKm,
		entries,
		usable
	);
	const from0 = ownersBefore(body, start);
	// A centre or a camp with no curated facility of its kind there is another facility: reported, never the town.
	if (ids.length !== 1 && centreOrCamp && inTown) return building ? null : { start: from0, end, ids: [] };
	return ids.length === 1 ? { start: from0, end, ids } : null;
}

/** Two capitalised names joined by a dash right before a facility's words: the states that run it. (A dash with spaces
 * round it opens the story after a dateline: "ANKARA – The Turkish-Russian Joint Monitoring Center …".) */
const OWNERS_BEFORE = /(?:^|[^\p{L}’'-])\p{Lu}\p{L}+[-–—]\p{Lu}\p{L}+\s+$/u;
/** Where a facility's name starts: “the Türkiye-Russia Joint Monitoring Center” takes in the two countries that run it. */
export function ownersBefore(body: string, start: number): number {
	const pair = OWNERS_BEFORE.exec(body.slice(Math.max(0, start - 40), start));
	return pair ? start - pair[0].length + pair[0].search(/\p{Lu}/u) : start;
}

/**
 * The farthest a facility may stand from a town it is said to be "near" (“the base near the airport in Gyumri” is
 * not the base at Khojaly), and "in": the monitoring centre, drawn 13 km off Aghdam, is "in Aghdam"; the Dadivank
 * monastery, 21 km from Kalbajar, is "in Kalbajar" the district, a place of its own (eval rules, session 57).
 */
const NEAR_TOWN_KM = 25;
const IN_TOWN_KM = 15;

/** Whether the facility `facility` can be the one “near” the town `town`, or “in” it (without points, trust the text). */
export function standsNear(
	facility: GazetteerEntry | undefined,
	town: GazetteerEntry | undefined,
	within: 'in' | 'near' = 'near'
): boolean {
	if (!facility?.point || !town?.point) return true;
	return km(facility.point, town.point) <= (within === 'in' ? IN_TOWN_KM : NEAR_TOWN_KM);
}

/** The usable curated facilities of `kinds` within `radius` km of the town `townId`. */
function facilitiesNear(
	townId: string,
	kinds: string[],
	radius: number,
	entries: Map<string, GazetteerEntry>,
	usable: (id: string) => boolean
): string[] {
	const at = entries.get(townId)?.point;
	const ids: string[] = [];
	if (at) {
		for (const e of entries.values()) {
			if (e.point && kinds.includes(e.kind ?? '') && km(e.point, at) <= radius && usable(e.id))
				ids.push(e.id);
		}
	}
	return ids;
}

/** How far from a region's curated point (it has no outline) a facility named for the region may stand. */
const REGION_KM = 60;

/** “the Khojaly base”, “the Ağdam center”: a town and a generic head name the one facility of that kind standing near the town, or null. */
export function facilityNamedFor(
	head: string,
	townId: string,
	entries: Map<string, GazetteerEntry>,
	usable: (id: string) => boolean
): string[] | null {
	// ("Gyumri's 102nd base": the head's last word is its kind.)
	const h =
		HEADS.find(([re]) => re.test(head)) ??
		HEADS.find(([re]) => re.test(head.slice(head.lastIndexOf(' ') + 1)));
	// ("the Karabakh monitoring center", 23 km off the point Karabakh is drawn at: a region's facility stands farther out. Not "the
	// centre in Karabakh", whose region the sets keep a place of its own.)
	const region = entries.get(townId)?.kind === 'region';
	const ids = h
		? facilitiesNear(townId, h[1], region ? Math.max(h[2], REGION_KM) : h[2], entries, usable)
		: [];
	return ids.length === 1 ? ids : null;
}

/**
 * Head words of features that carry a town's name: "the Lachin corridor" is not Lachin, "the Shusha turn"
 * (a road's turning) is not Shusha, "the Baku-Tbilisi-Kars railway" is not Baku, "Yerevan's international airport" is not
 * Yerevan (an airport outside its town, named with the possessive; "Yerevan's Zvartnots airport" names both, as the sets label it). Regions
 * and districts are left out on purpose: "the Kalbajar district" is still Kalbajar on this map.
 */
export const FACILITY = new RegExp(
	String.raw`^(?:[’']s(?=\s+(?:(?:international\s+)?(?:airport|airfield)|(?:\d+(?:st|nd|rd|th)\s+)?(?:military\s+)?base|(?:fuel|oil|ammunition)\s+depot)\b))?[\s-]+((?:\d+(?:st|nd|rd|th) )?(?:military |air |border |monitoring |registration |joint |international |water |gas |oil |state |main |interstate |national |federal |dirt |forest |mountain |gravel |asphalt |paved |unpaved |bypass |access |supply )?(?:corridor|road|highway|motorway|route|bridge|checkpoint|check-point|(?:registration|control|crossing) point|crossing|border post|border gate|(?:airport|airfield) base|bypass|airport|airfield|base|facility|cent(?:re|er)|monastery|church|cathedral|river|reservoir|dam|canal|tunnel|gorge|valley|${PASS}|ridge|range|crossroads|junction|intersection|section|stretch|segment|hydroelectric (?:power )?(?:plant|station)|hydro(?:power)? (?:plant|station)|HPPs?|(?:thermal |solar |wind )?power (?:plant|station|line)|solar (?:plant|farm|park|station)|wind farm|industrial (?:park|zone)|mine|railway|railroad|rail line|pipeline|turn-?off|(?<=[’']s\s{1,3})(?:fuel |oil |ammunition )depot|turn(?!\s+(?:to|against|away|back|on|out|up|down|in|into|of|around|over|for)\b)))\b`,
	'i'
);
/** "Moscow Avenue", "Yerevan Street", "the Aghdam Juma Mosque": a street or a building named for a town, reported whole (in capitals only: "a Moscow street" is in Moscow). */
const STREET_HEAD =
	/^\s+(?:\p{Lu}\p{Ll}+\s+)?(Avenue|Street|Square|Boulevard|Prospekt|Prospect|Mosque|Cathedral|Church|Museum)\b/u;
/** The facility's (or street's) head `text` opens with after a place of `kind`, or null; a town's possessive before its base
 * or depot names the facility ("Gyumri's 102nd base"), a state's does not ("Russia's 102nd base": the state, then the base). */
export function facilityHead(text: string, kind?: string) {
	const head = FACILITY.exec(text) ?? STREET_HEAD.exec(text);
	const owned = !!head && /^[’']s/.test(head[0]) && !/air(?:port|field)/.test(head[1]!);
	return owned && !(kind && TOWN_KINDS.has(kind)) ? null : head;
}
/** Kinds of curated features that are settlements or areas; every other kind is a facility or a line. */
export const SETTLEMENT = new Set(['city', 'town', 'village', 'capital', 'region', 'country']);
/** A unit's head after a name: "the Agdam district", "Terter and Barda regions", "Karvachar Region". */
export const UNIT_TAIL = /^\s+(?:[Dd]istricts?|[Rr]egions?|[Rr]ayons?)\b/;
export const SITE_WHY = 'names a facility in or near the town, not the town: no curated feature';

export const NOT_YET_WHY = 'names a feature not yet established on the article’s date';
/** Whether every feature of `ids` could first be named (or, with no such day, was established) more than two days after `date`. */
export function notYet(ids: string[], date: string, matcher: Pick<Matcher, 'entries'>): boolean {
	const d = days(date);
	return ids.every((id) => {
		const entry = matcher.entries.get(id);
		const from = entry?.named_from ?? entry?.valid_from;
		return !!from && days(from) - d > 2;
	});
}
