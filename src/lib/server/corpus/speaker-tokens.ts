/**
 * The words of a subject phrase, one by one, for subjectBefore (attribution.ts): where an institution's
 * name runs on ("the Ministry of …", "the Centre for the …"), where a person is named before "of the",
 * and a person's role before the body it serves ("the press secretary of the …").
 */
import { PERSON_NOUN } from './speaker-descriptor';
import { DETERMINER, isStateQualifier } from './speaker-names';
import { NAME_PARTICLE } from './words';

/** An institution's noun: "the Ministry of …", "Head of the Service" name no person before "of". */
const INSTITUTION_WORD =
	/^(?:Ministry|Office|Service|Department|Committee|Council|Agency|Command|Embassy|Government|Staff|Head|Chief|Minister|Commander|Director|Spokes(?:man|woman|person)|Secretary|Assistant|Adviser|Advisor|Aide|Envoy|Ambassador|Representative|Republic|Union|Centre|Center|Institute|Foundation|Fund)$/;
/** Whether "of" or "from" before tokens[i] ("the") follows a person's name of two capitalised words or more ("X Y from the Z District"). */
export function personBeforeOf(tokens: string[], i: number): boolean {
	if (i < 3 || (tokens[i - 1] !== 'of' && tokens[i - 1] !== 'from')) return false;
	const a = tokens[i - 3]!;
	const b = tokens[i - 2]!;
	// ("Thomas de Waal of Carnegie Europe": a particle inside the name.)
	return (
		(/^\p{Lu}\p{Ll}/u.test(a) || (NAME_PARTICLE.has(a) && /^\p{Lu}\p{Ll}/u.test(tokens[i - 4] ?? ''))) &&
		/^\p{Lu}\p{Ll}+$/u.test(b) &&
		!DETERMINER.test(a) &&
		!INSTITUTION_WORD.test(a) &&
		!INSTITUTION_WORD.test(b)
	);
}

/**
 * Whether tokens[i] is "the" after "Government of", "Ministry of" (its name runs on: "of the Republic
 * of Armenia"), also past another "of" phrase of capitals ("the Ministry of Defence of the Russian Federation").
 */
export function insideInstitution(tokens: string[], i: number): boolean {
	// "of the self-proclaimed Nagorno-Karabakh Republic": the qualifier is inside the name as well.
	if (isStateQualifier(tokens[i]) && /^the$/i.test(tokens[i - 1] ?? ''))
		return insideInstitution(tokens, i - 1);
	if (i < 2 || !/^the$/i.test(tokens[i]!) || (tokens[i - 1] !== 'of' && tokens[i - 1] !== 'for'))
		return false;
	if (!/^\p{Lu}/u.test(tokens[isStateQualifier(tokens[i + 1]) ? i + 2 : i + 1] ?? '')) return false;
	for (let j = i - 2; j >= 0; j--) {
		const w = tokens[j]!;
		if (INSTITUTION_WORD.test(w)) return true;
		if (!/^\p{Lu}/u.test(w) && w !== 'of' && w !== 'and') return false;
	}
	return false;
}

/** Whether tokens[i] is "and" inside an institution's "of" phrase ("Ministry of Ecology and Natural Resources"). */
export function andInsideInstitution(tokens: string[], i: number): boolean {
	if (tokens[i] !== 'and' || !/^\p{Lu}/u.test(tokens[i + 1] ?? '')) return false;
	let j = i - 1;
	while (j > 0 && /^\p{Lu}/u.test(tokens[j]!)) j--;
	return j < i - 1 && /^(?:of|for)$/.test(tokens[j]!) && INSTITUTION_WORD.test(tokens[j - 1] ?? '');
}

/** "the press secretary" in "the press secretary of the …": a determiner, lowercase words ending in a person's noun, right before tokens[of]. */
export function roleOfBody(tokens: string[], of: number): string | null {
	let j = of - 1;
	while (j >= 0 && /^\p{Ll}[\p{L}-]*$/u.test(tokens[j]!) && !DETERMINER.test(tokens[j]!)) j--;
	if (j < 0 || j === of - 1 || !DETERMINER.test(tokens[j]!)) return null;
	const phrase = tokens.slice(j, of).join(' ');
	return PERSON_NOUN.test(phrase) ? phrase : null;
}

/** A body's word that may open an "on" phrase of its name: "Committee on Water Resources". */
const BODY_BEFORE_ON =
	/^(?:Committee|Commission|Council|Conference|Agency|Service|Office|Department|Center|Centre)$/;
/**
 * Whether `t`, after the word `prev`, is a lower-case word inside a name's run of capitals: "of" or "for" ("the Ministry
 * of Defence"), a particle ("Thomas de Waal", "Ursula von der Leyen"), "on" after a body's word ("the State Committee on
 * Water Resources").
 */
export function innerNameWord(t: string, prev: string): boolean {
	if (t === 'of' || t === 'for') return true;
	if (NAME_PARTICLE.has(t)) return /^\p{Lu}/u.test(prev) || NAME_PARTICLE.has(prev);
	return t === 'on' && BODY_BEFORE_ON.test(prev);
}
