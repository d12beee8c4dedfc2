/**
 * Facilities of kinds the map draws none of, named by the town they stand in or near ("the fuel depot near
 * Stepanakert", "the Ghazanchetsots Cathedral in Shusha"), and the buildings inside a town that leave the
 * town the mention ("the registration centre in Goris", "the mosque in Agdam"). Split from sites.ts, which
 * asks otherSite when the words before a town name no curated facility's kind.
 */
import type { Span } from './extract';
import type { GazetteerEntry } from './matcher';
import type { Site } from './sites';

/**
 * Facilities of kinds the map draws none of, named by the town they stand in or near (“the fuel depot
 * near Stepanakert”, “the registration point in Kornidzor”, “the Erebuni airport in Yerevan”, “the
 * Ghazanchetsots Cathedral in Shusha”, “the checkpoint area near Kornidzor”, “a training ground near Yerevan”): the phrase names the facility, so it is reported as one
 * compound, never joined to the town. (A peacekeepers' observation post is not one: its village is the mention,
 * eval/README, settled in session 38.) Buildings that are not places (a hospital, a school, an embassy:
 * “the Russian Embassy in Yerevan”; an office or a hub inside a town, BUILDING_TOWNS) leave the town.
 */
const OTHER_SITE = new RegExp(
	String.raw`(?:^|[^\p{L}])((?:(?!(?:The|A|An|This|That|Its|Their|In|At|On)\s)\p{Lu}[\p{L}’'-]*\s+|(?:fuel|ammunition|arms|oil|gas|humanitarian|aid|border|customs|registration|control|observation|temporary|military|international|transit)\s+)*` +
		String.raw`(?:[Cc]heck-?point|[Cc]ontrol point|[Rr]egistration point|[Cc]rossing point|[Bb]order (?:post|crossing)|[Hh]ub|[Dd]epot|[Ss]torage (?:site|facility)|(?:field|liaison|press|representative|regional) office|(?<=(?:^|[^\p{L}])(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)\p{Lu}[\p{L}.’'-]*\s)office|[Aa]irport|[Aa]irfield|[Aa]ir ?base|[Ss]olar (?:power )?(?:plant|farm|park|station)|[Ww]ind (?:farm|park)|(?:[Tt]hermal |[Hh]ydroelectric )?[Pp]ower (?:plant|station)|[Ii]ndustrial (?:park|zone)|[Cc]athedral|[Cc]hurch|[Mm]osque|[Mm]onastery|[Ff]ield hospital|[Tt]raining (?:ground|area|range|cent(?:re|er))|[Ff]iring range)(?:\s+area)?)` +
		String.raw`(?:\s+(?:in|at|near|outside|by|beside|below|above|close\s+to|next\s+to))\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?:the\s+)?$`,
	'u'
);
/** The heads OTHER_SITE needs: a cheap test before it. */
const OTHER_HEAD =
	/point|post|crossing|hub|depot|storage|office|air|solar|wind|power|industrial|cathedral|church|mosque|monastery|hospital|training|range/i;
const NOT_THE_SITE =
	/^(?:[’']s\b|\s+(?:district|region|province|rayon|raion|sports|stadium|hospital|school|hotel|market|bus|railway|central)\b)/;
/** A house of worship, named in lower case, inside a town (“the Juma mosque in Aghdam”): a building, so the town is the mention. */
const SANCTUARY_IN = /(?:church|cathedral|mosque)$/;
/** The kinds of curated features that are towns: a facility stands in or near one. */
export const TOWN_KINDS = new Set(['city', 'town', 'village', 'capital']);
/**
 * “in” right before a town of these kinds: a centre, an office, a hub or a registration point there is a
 * building inside the town, and the town is the mention (eval/README, settled in session 16: “the humanitarian
 * centre in Goris”, “the Republican Medical Center in Stepanakert”). A village's is the site at its edge
 * (“the registration point in Kornidzor”, on the road at the border), and “near”/“outside” stay compounds.
 */
const BUILDING_TOWNS = new Set(['city', 'town', 'capital']);
/**
 * "the northern town of": what may stand between "in" and a town's name. (Not a country's possessive:
 * the sets label "the Center in Azerbaijan's Ağdam" as the centre, the country and the town.)
 */
export const TOWN_OF = String.raw`(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|settlement)\s+of\s+)?`;
const INSIDE = new RegExp(String.raw`\bin\s+${TOWN_OF}(?:the\s+)?$`, 'iu');
/** Heads of OTHER_SITE that are buildings, not sites the map could draw. */
// (A power or solar plant and an industrial park in a town too: "a solar plant in Jabrayil"; one near it is a compound.)
// (A field hospital in a town is a hospital there, the town the mention; one near it is a site.)
const BUILDING_HEAD = /(?:[Rr]egistration point|[Hh]ub|office|plant|station|farm|park|zone|hospital)$/;
export function buildingInTown(
	window: string,
	town: { ids: string[] },
	entries: Map<string, GazetteerEntry>
): boolean {
	return INSIDE.test(window) && BUILDING_TOWNS.has(entries.get(town.ids[0]!)?.kind ?? '');
}

/** A facility of a kind the map has none of, named by its town (OTHER_SITE): one compound with no ids, or null. */
export function otherSite(
	body: string,
	window: string,
	from: number,
	town: Span & { ids: string[] },
	entries: Map<string, GazetteerEntry>,
	prior: { end: number } | undefined
): Site | null {
	if (!TOWN_KINDS.has(entries.get(town.ids[0]!)?.kind ?? '') || !OTHER_HEAD.test(window)) return null;
	// “a church in the Kelbadzhar district”, “the checkpoint at Yerevan’s airport”, “the registration point at the
	// Stepanakert sports complex”: the town names a unit or another facility.
	if (NOT_THE_SITE.test(body.slice(town.end, town.end + 12))) return null;
	const o = OTHER_SITE.exec(window);
	if (!o) return null;
	const begin = from + o.index + o[0].indexOf(o[1]!);
	if (BUILDING_HEAD.test(o[1]!) && buildingInTown(window, town, entries)) return null;
	if (SANCTUARY_IN.test(o[1]!) && INSIDE.test(window)) return null;
	// A curated name inside the phrase (“the Hakari bridge checkpoint near Kornidzor”) is left as it is;
	// one just before the head names the facility itself (“the Dadivank (Khudavang) monastery in Kalbajar”),
	// so the town is the town.
	if ((prior?.end ?? -1) > begin) return null;
	if (prior && begin - prior.end < 30 && /^\)?\s*(?:\([^()]{1,25}\)\s*)?$/.test(body.slice(prior.end, begin)))
		return null;
	return { start: begin, end: town.end, ids: [] };
}
