/**
 * What an editor is offered for a place-like name the gazetteer lacks: GeoNames places by name
 * (nearest to the mission area first) and the country names of the runtime's ICU data. Pure: the
 * ingest command loads the GeoNames index (geonames.ts) and passes it in.
 */
import type { PlaceFeature, UnmatchedName } from '../../data/types';
import { aliasKey } from '../../names/fold';
import { slugify } from './article';

export interface GeoName {
	name: string;
	country: string;
	lon: number;
	lat: number;
}

/** Lookup by normalised name (aliasKey); the ingest command builds it from cities.json. */
export interface GeoNamesIndex {
	lookup(key: string): GeoName[] | undefined;
	/** The mission region's towns by a name's variant key, when its own spelling finds none. */
	spelt?(name: string): GeoName[] | undefined;
}

export type Suggestion = NonNullable<UnmatchedName['suggestion']> & {
	/** How many GeoNames places share the name: above 1, check the pick. */
	candidates: number;
};

const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
let countries: Map<string, string> | undefined;
/** Country names from the runtime's ICU data (no extra dependency): normalised name → code. */
export function countryNames(): Map<string, string> {
	if (countries) return countries;
	countries = new Map();
	const dn = new Intl.DisplayNames(['en'], { type: 'region' });
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			try {
				const name = dn.of(code);
				// EU, UN and the eurozone are ICU regions, not countries: organisations to the reader.
				if (name && name !== code && !NOT_COUNTRIES.has(code)) countries.set(aliasKey(name), code);
			} catch {
				// not a region code
			}
		}
	}
	// Names the press uses that ICU spells otherwise (ICU says "Türkiye", "United Kingdom").
	for (const [name, code] of [
		['Turkey', 'TR'],
		['USA', 'US'],
		['UK', 'GB'],
		['Britain', 'GB'],
		['Great Britain', 'GB'],
		['UAE', 'AE'],
		['Russian Federation', 'RU']
	])
		countries.set(aliasKey(name!), code!);
	return countries;
}

export function isCountryName(name: string): boolean {
	return countryNames().has(aliasKey(name));
}

/** The countries around the mission: a GeoNames place there is near enough to be the one meant. */
export const MISSION_REGION = ['AM', 'AZ', 'GE', 'RU', 'TR', 'IR'];
/** A sentence that names Armenia, Azerbaijan or Karabakh (or their demonyms) places the name there. */
const NAMES_THE_REGION = /\b(?:Azerbaijan|Armenia|Nagorno-Karabakh|Karabakh|Artsakh|Azeri)/;

/**
 * GeoNames places of that name, or none when the sentence names the region and every one lies
 * outside it ("Heshan, Azerbaijan" is no town in China): another continent's namesake misleads.
 */
export function hitsForSentence(sentence: string, hits: GeoName[] | undefined): GeoName[] {
	if (!hits?.length) return [];
	return NAMES_THE_REGION.test(sentence) && !hits.some((h) => MISSION_REGION.includes(h.country)) ? [] : hits;
}

export function suggestionFor(name: string, hits: GeoName[]): Suggestion {
	const best = [...hits].sort((x, y) => rank(x) - rank(y))[0]!;
	const feature: PlaceFeature = {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [best.lon, best.lat] },
		properties: {
			id: slugify(name, 4) || 'place',
			name,
			contested_name: null,
			aliases: best.name === name ? [] : [best.name],
			kind: 'city',
			precision: 'approx',
			sources: [
				{
					title: `GeoNames (via cities.json): ${best.name}, ${best.country}`,
					url: `https://www.geonames.org/search.html?q=${encodeURIComponent(best.name)}&country=${best.country}`
				}
			]
		}
	};
	return {
		name: best.name,
		country: best.country,
		lon: best.lon,
		lat: best.lat,
		feature,
		candidates: hits.length
	};
}
/**
 * Nearest to the mission area first: a Karabakh village's name also names places in Iran and
 * Turkey, and the one the article means is the one near Stepanakert (a rough planar distance is
 * enough to order candidates).
 */
const MISSION_AREA = { lon: 46.75, lat: 39.82 };
const rank = (g: GeoName) =>
	Math.hypot((g.lon - MISSION_AREA.lon) * Math.cos((39.8 * Math.PI) / 180), g.lat - MISSION_AREA.lat);
