/**
 * The words of an article's people, which are never places: its speakers' names (but not the places a
 * body is named with: "EU Delegation to Georgia" must not hide Georgia in the rest of the article), a given
 * name the text shows acting as a person ("Narek was 20 when he was killed"), the story's public figures
 * by surname alone ("between Putin and Aliyev"), and, looked up only when asked, everyone the article
 * names with a known given name after a title, a rank or an age ("Captain First Rank Ivan X, 52").
 */
import type { WordSet } from './extract';
import { actsAsPerson, sexOfGivenName } from './given-names';
import { PUBLIC_FIGURES } from './public-figures';
import { orgJudge, seatOf } from './speaker-forms';
import type { PeopleByParagraph } from './speaker-people';
import { isCountryName } from './suggestions';
import { isCountryDemonym } from './judge-cues';
import { isOutletName } from './words';

export function peopleWords(
	prose: string,
	people: PeopleByParagraph,
	speakers: (string | null)[][],
	isPlace: (name: string) => boolean
): WordSet {
	const isOrg = orgJudge(isPlace);
	const speaking = new Set<string>(PUBLIC_FIGURES);
	for (const list of speakers)
		for (const s of list) {
			// ("representative of the United Kingdom": a title for a speaker; the names in it are the places and bodies it serves.)
			// ("The speaker for the United States said": a country that speaks is a place, its words no person's.)
			// ("Kamyshin Today posted": an outlet named after its town leaves the town a place elsewhere in the article.)
			if (!s || /^\p{Ll}/u.test(s) || isPlace(s) || isCountryName(s) || isOutletName(s)) continue;
			const ofBody = isOrg(s);
			// "the French foreign ministry in Paris": a body's seat, after "in", is a place whatever it is.
			const own = seatOf(s, isOrg)?.body ?? s;
			// ("Iran International suggested": a country's name is no person's word, whoever speaks.)
			// ("the Georgian Foreign Ministry said": a body's nationality is no person's word either: "the Georgian Military Road".)
			// ("Wives of Buryatia posted": what a group's name is "of" is where it is, a place elsewhere in the article.)
			for (const w of own.split(/\s+of\s+/)[0]!.split(/\s+/))
				if (!isCountryName(w) && !(ofBody && (isPlace(w) || isCountryDemonym(w)))) speaking.add(w);
		}
	// Asked only when a name the speakers leave open looks like a place: most articles never need it.
	let named: Set<string> | null = null;
	const acting = new Map<string, boolean>();
	const acts = (w: string) => {
		let a = acting.get(w);
		if (a === undefined) acting.set(w, (a = actsAsPerson(prose, w)));
		return a;
	};
	return {
		has: (w) => {
			if (speaking.has(w) || acts(w)) return true;
			if (!named) {
				named = new Set();
				for (const list of people())
					for (const n of list) {
						// From a known given name on ("Rank Ivan X" → Ivan X): a role's run may hold a village.
						const words = n.name.split(' ');
						const given = words.findIndex((g) => sexOfGivenName(g));
						if (given >= 0 && given < words.length - 1) for (const g of words.slice(given)) named.add(g);
					}
			}
			return named.has(w);
		}
	};
}
