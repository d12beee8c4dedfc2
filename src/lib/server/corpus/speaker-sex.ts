/**
 * Whether the press would call a named person "he" or "she", from what the article itself shows: an
 * honorific before the surname ("Mr Pashinyan", "Ms Zakharova"), a given name whose bearers are of
 * one sex (given-names.ts), a surname with a Slavic or Azerbaijani ending that marks it
 * ("Zakharova", "Aliyev"). Null when none says: "he said" then skips nobody on a guess.
 */
import { sexOfGivenName } from './given-names';

export type Sex = 'he' | 'she';

/** Surnames whose ending marks the bearer: Russian, Azerbaijani, Polish, Macedonian forms. */
const FEMALE_SURNAME = /(?:ova|eva|yeva|ina|skaya|tskaya|ska|qızı|qizi|kyzy|gizi)$/u;
const MALE_SURNAME = /(?:ov|ev|yev|sky|skiy|ski|oğlu|oglu|ogly)$/u;

/** A function from a person's name to their sex, for one article's prose (honorifics looked up once a surname). */
export function sexJudge(prose: string): (name: string) => Sex | null {
	const byTitle = new Map<string, Sex | null>();
	const honorific = (surname: string): Sex | null => {
		let v = byTitle.get(surname);
		if (v === undefined) {
			const m = new RegExp(`\\b(Mr|Mrs|Ms|Miss|Madam)\\.?\\s+${surname}\\b`, 'u').exec(prose);
			v = m ? (m[1] === 'Mr' ? 'he' : 'she') : null;
			byTitle.set(surname, v);
		}
		return v;
	};
	return (name: string) => {
		const words = name.split(' ');
		const surname = words[words.length - 1]!;
		if (!/^\p{Lu}[\p{L}’'-]+$/u.test(surname)) return null;
		const given = sexOfGivenName(words[0]!);
		if (given) return given;
		const title = honorific(surname);
		if (title) return title;
		// ("Ina" alone is a given name: only a surname after a given name is judged by its ending.)
		if (words.length < 2) return null;
		if (FEMALE_SURNAME.test(surname)) return 'she';
		if (MALE_SURNAME.test(surname)) return 'he';
		return null;
	};
}

/** Nouns for people of one sex ("her husband", "one mother"): the last word of an unnamed subject. */
const MALE_NOUN =
	/^(?:husband|(?:father|brother|son)(?:-in-law)?|m[ae]n|uncle|grandfather|grandson|nephew|boy|widower|monk|priest)s?$/;
const FEMALE_NOUN =
	/^(?:wife|wives|(?:mother|sister|daughter)(?:-in-law)?|wom[ae]n|aunt|grandmother|granddaughter|niece|girl|widow|nun|spokeswoman|chairwoman)s?$/;

/** The sex a noun for a person says, or null ("her husband" is "he", "a teacher" either). */
export function sexOfNoun(noun: string): Sex | null {
	const w = noun.toLowerCase();
	return MALE_NOUN.test(w) ? 'he' : FEMALE_NOUN.test(w) ? 'she' : null;
}
