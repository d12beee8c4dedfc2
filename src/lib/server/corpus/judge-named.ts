/**
 * The words right around a name that call it a place outright, whatever the name: "the villages of X",
 * "the X region", "Minister of X", "refugees from X", a dateline, "X (Y in Azerbaijani)", "the X-Y
 * section". judge.ts asks it once a name is neither a town GeoNames knows nor a country; what it finds
 * also spares the name some of the judge's rulings-out (a list's last name is no person).
 */
import { STREET } from './words';
import {
	FROM_PLACE,
	otherNameOfPlace,
	PARTIES,
	PASS_VERB,
	PLACE_FIRST,
	PLACE_HEAD,
	PLACE_OF,
	ROLE_OF,
	PLACED_AFTER,
	SECTION_AFTER,
	STREET_CUE,
	TITLE_OF
} from './judge-cues';
import {
	IN_LANGUAGE_CLOSE,
	KNOWN_TO_PEOPLE_AFTER,
	otherNameSaid,
	OTHER_NAME_AFTER,
	TO_PEOPLE_AFTER
} from './other-names';
import { isDateline, mayFollowList } from './judge-shape';
import { listedPlace } from './judge-lists';

export interface NamedAround {
	/** The words call the name a place. */
	named: boolean;
	/** "the villages of X, Y and Z": a place-word and "of" before the name or its list. */
	placeOf: boolean;
	/** "the Foreign Minister of X": the country or place a title belongs to. */
	role: boolean;
	/** "refugees from X", "returned from X". */
	fromPlace: boolean;
}

/** "… in the north", "… in the south-east": where a name lies, by a compass point. */
const COMPASS_AFTER = /^\s+in\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b/;

export function namedAround(
	body: string,
	at: number,
	name: string,
	before: string,
	after: string,
	opts: {
		/** Where the cue before the name starts ("nearby X": before "nearby"). */
		cueAt: number;
		/** A "nearby"/"neighbouring" stands right before the name. */
		nearby: boolean;
		/** The name is a country's. */
		countryName: boolean;
		/** "(Stepanakert)": a dateline's town in brackets. */
		parenDateline: boolean;
		/** The name is already a known town or a country: nothing here is asked. */
		far: boolean;
	}
): NamedAround {
	const { cueAt, countryName } = opts;
	const ofHead = body.startsWith('of ', at - 3) ? body.slice(Math.max(0, at - 40), at) : '';
	// (And "the President of Belarus said": a country after a title is the title's country.)
	const role = !!ofHead && (ROLE_OF.test(ofHead) || (countryName && TITLE_OF.test(ofHead)));
	const fromPlace =
		body.startsWith('from ', cueAt - 5) && FROM_PLACE.test(body.slice(Math.max(0, cueAt - 30), cueAt));
	const placeOf = mayFollowList(body, at) && PLACE_OF.test(before) && !PARTIES.test(before);
	const named =
		!opts.far &&
		(placeOf ||
			(PLACE_HEAD.test(after) &&
				!(PASS_VERB.test(after) && /(?:^|[.!?]\s+|\n)["“«‘]?$/.test(body.slice(at - 4, at)))) ||
			role ||
			PLACE_FIRST.test(name) ||
			fromPlace ||
			isDateline(body, at, name) ||
			opts.parenDateline ||
			otherNameOfPlace(before) ||
			KNOWN_TO_PEOPLE_AFTER.test(after) ||
			otherNameSaid(before, after) ||
			(/[–—]\s*$/.test(before) && TO_PEOPLE_AFTER.test(after)) ||
			// "Khtsaberd [Çaylaqqala in Azerbaijani]": a name and its other name, said to be another language's.
			OTHER_NAME_AFTER.test(after) ||
			(/[[(]$/.test(before) && IN_LANGUAGE_CLOSE.test(after)) ||
			// "Aghdam's neighbouring Askeran": what neighbours a place is a place.
			(opts.nearby && /\p{Lu}[\p{L}-]*[’']s\s+$/u.test(body.slice(Math.max(0, cueAt - 30), cueAt))) ||
			// "on Republic Square", "along Baghramyan Avenue": a street or square after a preposition of place.
			// (A square wherever it stands, "Freedom Square is surrounded by barricades", but after a person's possessive:
			// "Tigran’s Liberty Square cafe".)
			(STREET.test(name) &&
				((name.endsWith(' Square') && !/[’']s\s+$/.test(before)) ||
					STREET_CUE.test(body.slice(Math.max(0, at - 14), at)))) ||
			// "Kolatak in the north and Avdur in the east": a name placed by a compass point, inside a sentence
			// (not "Fighting in the south").
			// (And "Roshchinsky in the Samara region.", "Chkalovsky outside Moscow": not "Shelling in the Tavush region.")
			((COMPASS_AFTER.test(after) || PLACED_AFTER.test(after)) && !/(?:^|[.!?:]["”’]?\s+)$/.test(before)) ||
			// "the road from Karmir Shuka to Martuni"
			(/(?:^|\s)from\s+$/i.test(body.slice(Math.max(0, at - 6), at)) && /^\s+to\s+\p{Lu}/u.test(after)) ||
			// "the Gazakh-Tavush section": a stretch of a border or road named by its two ends (eval/README).
			(/\p{L}[-–—]\p{Lu}/u.test(name) && SECTION_AFTER.test(after)) ||
			// "• Gulabird" under "the following villages were taken:" (and "• Kirants (Armenia) - Xeyrimli").
			(/(?:^|\n)[^\n]{0,6}$|\s[–—-]\s$/.test(before) && listedPlace(body, at, name.length)));
	return { named, placeOf, role, fromPlace };
}
