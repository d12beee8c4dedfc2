/**
 * The grammar of an attribution: the speech verbs, and the subject before or after one ("Aliyev
 * said", "“…,” said Galuzin", "Narine Kapanyan, who heads the council, said"). Who that subject
 * stands for (a pronoun, "the ministry") is speakers.ts's business.
 */
import { ADVERB_LAST } from './subject-at-end';
import { namedBeforeClause } from './subject-apposed';
import { ACTIONS, ADVERB, LY_WORD } from './attribution-verbs';
import { cleanName, DETERMINER } from './speaker-names';
import { ownedKin } from './speaker-forms';
import {
	andInsideInstitution,
	innerNameWord,
	insideInstitution,
	personBeforeOf,
	roleOfBody
} from './speaker-tokens';
import { OFFICIAL_PERSON, ORDINARY_PERSON } from './person-nouns';
import { bodyVoice } from './speaker-unnamed';
import { ownedDocument } from './speaker-kinds';
import { COMMA, endBefore, endsWithMark, isSpace, lastWord } from './text-ends';
import { PLATFORMS, REFLEXIVE_END } from './words';
import { isCountryDemonym } from './judge-cues';

// scan.test.ts reads the cheap end tests from here; the verb scans are asked for here too.
export { endsWithMark };
export { actionVerbsIn, speechVerbsIn } from './attribution-verbs';
export { AS_FOR, mayEndWithSubject, subjectAtEnd } from './subject-at-end';

/** A participle opening a sentence ("Having stated that …, X said"): never a subject of its own. */
export const OPENING_PARTICIPLE =
	/^(?:Having|Being|Speaking|Commenting|Answering|Responding|Referring|Addressing|Touching|Recalling|Noting|Stressing|Asked|Asking)$/;
/** "the general is heard saying", "Aliyev was quoted as saying": the subject is before the passive. */
// "X, who heads the mission, was quoted by Russia's state media as saying": X, not the media.
const PASSIVE =
	/\s+(?:is|was|were|are|can be|could be)\s+(?:heard|seen|quoted(?:\s+by\s+[^,;]{1,60}?)?(?:\s+as)?)$/;
/** "Its bulletin", "their spokesman": an institution's voice, standing for the institution (an outlet's: "Its columnist argued"). */
const ITS_VOICE =
	/(?:^|\s)(its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|bulletin|spokes(?:man|woman|person)|press service|press office|report|website|channel|account|correspondent|columnist|editorial|reporter|commentator|staff)$/iu;
/** "a source in the Defense Ministry said": an unnamed person of an institution (or "one official"; "a Telegram channel close to the ministry wrote"). */
const UNNAMED = new RegExp(
	String.raw`(?:^|\s)((?:a|an|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON}|channel|account|blog|website)s?\s+(?:of|in|at|from|for|to|with|close to|inside|near|outside)\s.*)$`,
	'iu'
);
/** "As one Russian officer put it", "one farmer said": a person the text does not name ("a …" is told by its article later). */
const ONE_OF_THEM = /(?:^|\s)(one\s+(?:\p{Lu}[\p{L}-]*\s+|[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{L}-]*)$/u;
// ("Azerbaijan's prosecutor general's office": a title's possessive among the words.)
const OWNED_INSTITUTION =
	/(?:^|\s)(\p{Lu}[\p{L}-]*[’']s(?:\s+[\p{Ll}-]+(?:[’']s)?){0,3}\s+(?:ministry|government|office|service|committee|council|agency|administration|command|embassy|presidency|army|military))$/u;
/** The possessive body whose spokesperson speaks: "Azerbaijan's foreign ministry spokesperson" (the words end on the noun). */
export function ownedVoice(seg: string): string | null {
	const spokes = /\s+spokes(?:man|woman|person)$/.exec(seg);
	return spokes ? (OWNED_INSTITUTION.exec(seg.slice(0, spokes.index))?.[1] ?? null) : null;
}
/** A name set between commas right before the clause's verb: ", Hulusi Akar,". */
const APPOSED_BEFORE = /,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),$/u;
const TRAILING_ADVERBS = new RegExp(`(?:\\s+(?:${ADVERB}))+$`, 'u');
/** "The court has ordered", "Moscow had warned": the auxiliary is not part of the subject. */
const AUXILIARIES = 'has|have|had|is|was|were|are|will|would|could|should|may|might|must|also|then|not';
const AUXILIARY = new RegExp(`(?:\\s+(?:${AUXILIARIES}))+$`);
const HABIT_TO =
	/\s+(?:likes|liked|loves|loved|used|went on|goes on|continues|continued|tends|tended|keeps|kept|never tires|never tired)\s+to$/;
/** ", the region’s capital, Portia": a place set beside a place noun. */
const PLACE_APPOSITION =
	/(?<=\s(?:capital|city|town|village|region|province|district)),\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u;
/** ", 63-year-old Seyran Hakobyan" ending a subject: a person's full name after the age. */
const AGED_NAME_END = /,\s+\d{1,3}-year-old\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})$/u;
/** Someone named by whose they are, then a relative clause: "My aunt, who lived near the base". */
const OWNED_WHO = new RegExp(
	String.raw`(?:^|[.!?;:]\s+)((?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:${ORDINARY_PERSON})),\s+who\s[^,]{1,120}$`,
	'u'
);
const BRACKETED_ASIDE = /\s*\([^()]{1,40}\)(?=,?\s*$)/;
/** The words TRAILING_ADVERBS, PASSIVE and AUXILIARY can end with (the adverbs' include the days). */
const ADVERB_END = new Set([
	...ADVERB_LAST,
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
]);
const PASSIVE_END = new Set(['heard', 'seen', 'quoted', 'as']);
const AUXILIARY_END = new Set(AUXILIARIES.split('|'));

const LOCATIVE = /^(?:near|outside|in|at|from|inside)$/;
const TIME_AFTER = /^(?:at|on|in|during|over)$/;
const TIME_WORD =
	/^(?:weekend|week|morning|evening|afternoon|night|day|eve|time|moment|talks|meeting|briefing|call|visit|interview|summit|session|conference)$/;
/** The subject opening a clause, then its verb (a past form, or a present one a plural noun cannot be): "the Russian President referred". */
const CLAUSE_VERB = String.raw`(?:\p{Ll}{3,}ed|met|spoke|gave|made|sent|went|left|fled|told|said|wrote|took|held|came|visits|meets|calls|refers|speaks|says|tells|adds|notes|writes)\s`;
const CLAUSE_SUBJECT = new RegExp(
	String.raw`^\s*((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+|\p{Ll}+\s+(?=\p{Ll}+\s+\p{Ll}+(?:ed|s)\s)){0,4}?[\p{L}’'.-]+)\s+${CLAUSE_VERB}`,
	'u'
);
/** Or a full name right before the clause's first verb, after its title or a dateline: "Iran's … spokesman Nasser Kanaani welcomed". */
const NAMED_CLAUSE_SUBJECT = new RegExp(
	String.raw`(?:^|\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+${CLAUSE_VERB}`,
	'u'
);
const HEADED = /,?\s+(?:headed|led|chaired|run|directed)$/;
const PREPOSITION = /^(?:in|from|of|at|near|outside|on|with|for|by|to|into|across|inside)$/;
/** An unnamed person and a "who" clause about them, ending the words before a verb (not after a comma). */
const UNNAMED_WHO =
	/(?:^|(?<!,)\s)((?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)\s+who\s+[^,;:“”"«»]{1,120}$/u;
const SOMEONE =
	/(?:^|[.!?]\s+|,\s+)(?:[Ss]omeone|[Ss]omebody)\s+(?:(?:in|at|from|close\s+to|inside|within)\s+[^,;:“”"«»]{1,80})?$/u;
/** ", quoted by Armenian media," between a subject and its verb; or without commas ("A village head quoted by the radio said"). */
const CARRIED_BY =
	/,\s+(?:as\s+)?(?:quoted|cited)\s+by\s+[^,;“”"«»]{1,60},\s*$|(?<![Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]e)\s+(?:quoted|cited)\s+by\s+[^,;“”"«»]{1,60}?\s*$/u;
/** The subject at the end of `chunk` (the words before a speech verb), or null. */
export function subjectBefore(chunk: string): string | null {
	// "Anahit Avanesyan (no relation), said", "X (pictured) said": an aside in brackets is no part of the subject.
	if (chunk.includes(')')) chunk = chunk.replace(BRACKETED_ASIDE, '');
	// "The command of the contingent, quoted by Armenian media, said": who carried the words is no part of the subject.
	if (chunk.includes(' by ')) chunk = chunk.replace(CARRIED_BY, ' ');
	let c = chunk.slice(
		0,
		endBefore(chunk, chunk.length, (x) => isSpace(x) || x === COMMA)
	);
	// Each pattern is tried only when the last word is one it can end with: tried at every position,
	// these end-anchored patterns cost more than the rest of this function.
	const lw = lastWord(c);
	if (ADVERB_END.has(lw) || LY_WORD.test(lw)) c = c.replace(TRAILING_ADVERBS, '');
	// "Now a friend who drives for the Red Cross told me:": someone unnamed, whatever the clause about them
	// names. (Not an appositive: "X, a teacher who lives in Y, said" is X.)
	const someone = c.includes(' who ') ? UNNAMED_WHO.exec(c) : null;
	if (someone) return someone[1]!;
	// "Someone in the Armenian government told me": a person the text will not name, wherever they work.
	if (SOMEONE.test(c)) return 'a source';
	// "Putin himself said": the reflexive after a name is no part of it.
	c = c.replace(REFLEXIVE_END, '');
	if (PASSIVE_END.has(lastWord(c))) c = c.replace(PASSIVE, '');
	// "…,” it is noted on the channels": an expletive "it" before a passive is a source nobody names.
	if (AUXILIARY_END.has(lastWord(c))) {
		if (/(?:^|\s)it\s+(?:is|was)$/i.test(c)) return 'a source';
		c = c.replace(AUXILIARY, '');
	}
	// "Nikol Pashinyan likes to say", "Lavrov went on to say": the habit or the sequence is no part of the subject.
	if (c.endsWith(' to')) c = c.replace(HABIT_TO, '');
	// "X, who heads the mission, was quoted … as": what the passive left ends with the appositive's comma.
	const bared = c.length < chunk.length && endsWithMark(c, COMMA);
	if (bared)
		c = c.slice(
			0,
			endBefore(c, c.length, (x) => isSpace(x) || x === COMMA)
		);
	// "X, a teacher in the region’s capital, Portia, told": the place in apposition is where, not who.
	if (endsWithMark(chunk, COMMA) && PLACE_APPOSITION.test(c)) c = c.replace(PLACE_APPOSITION, '');
	// "Narine Kapanyan, who heads the council in Aghavno, said", "Aliyev, the district official, said":
	// the name. The closing comma tells it from "In Baku, the ministry said".
	// "A resident of Khramort, 63-year-old Seyran Hakobyan, said": the person named after the age, not the town before it.
	const aged = c.includes('-year-old ') ? AGED_NAME_END.exec(c) : null;
	if (aged) return aged[1]!;
	// "My aunt, who lived near the base near X, told me": the kin speaks, not a place in the clause.
	const ownedWho = c.includes(' who ') ? OWNED_WHO.exec(c) : null;
	if (ownedWho) return ownedWho[1]!.toLowerCase();
	// "Narine Kapanyan, who heads the council in Aghavno, said", "Foreign Minister X, who told reporters that …".
	const named = namedBeforeClause(c, endsWithMark(chunk, COMMA) || bared);
	if (named) return named;
	const pron = /(?:^|\s)(he|she|they|it)$/i.exec(c);
	if (pron) return pron[1]!.toLowerCase();
	// "Rima said. Her brother said: “…”": kin named by whose they are, resolved as "his wife says" is.
	const kinEnd = /(?:^|\s)((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+\p{Ll}+)$/u.exec(c);
	const kin = kinEnd ? ownedKin(kinEnd[1]!) : null;
	if (kin) return kin;
	// "Its bulletin said", "their spokesman told": the institution named before.
	const its = ITS_VOICE.exec(c);
	if (its) return its[1]!.toLowerCase() === 'its' ? 'it' : 'they';
	let seg = c.slice(
		Math.max(c.lastIndexOf(','), c.lastIndexOf(';'), c.lastIndexOf(':'), c.lastIndexOf('—')) + 1
	);
	// "the Russian President referred to the issue and once again stated": a second predicate, whose
	// subject opens the clause (what stands before "and" is the first predicate's object).
	if (lastWord(c) === 'and') {
		const first = CLAUSE_SUBJECT.exec(seg) ?? NAMED_CLAUSE_SUBJECT.exec(seg);
		if (first) return !ACTIONS.has(first[1]!.split(' ').pop()!) ? subjectBefore(`${first[1]!} `) : null;
		// "His predecessor, Hulusi Akar, visited the site twice and described it as": the first predicate opens the clause
		// after the name set between commas, whose subject it is.
		const verb = /^\s*(\p{Ll}+)/u.exec(seg)?.[1];
		const apposed = verb && ACTIONS.has(verb) ? APPOSED_BEFORE.exec(c.slice(0, c.length - seg.length)) : null;
		return apposed ? cleanName(apposed[1]!) : null;
	}
	const by = seg.lastIndexOf(' by ');
	// "The ministry headed by X added": the body speaks, X only heads it.
	const headed = by >= 0 && HEADED.test(seg.slice(0, by));
	if (headed) seg = seg.slice(0, by).replace(HEADED, '');
	else if (by >= 0) seg = seg.slice(by + 4);
	// "a spokesperson for Azerbaijan's Defence Ministry", "Azerbaijan's foreign ministry spokesperson": the body speaks through them.
	const voice = seg.includes('spokes') ? (bodyVoice(seg) ?? ownedVoice(seg.trim())) : null;
	if (voice) return voice;
	// "a source in the Defense Ministry", "a spokesman of the contingent": an unnamed person, kept
	// with its article so that it resolves to nobody (not to the institution).
	const unnamed = UNNAMED.exec(seg) ?? ONE_OF_THEM.exec(seg);
	if (unnamed) return unnamed[1]!;
	const tokens = seg.trim().split(/\s+/).filter(Boolean);
	if (tokens.length === 0) return null;
	// "A UN mission that visited the city on 1 October said": the relative clause describes the subject before it.
	const rel = tokens.findLastIndex((t, j) => j >= 2 && /^(?:that|who|which)$/.test(t));
	// ("a user who signs as Tigran Avetisyan wrote": a full name inside the clause is who speaks.)
	const fullName = (ts: string[]) =>
		ts.some((t, j) => j > 0 && /^\p{Lu}\p{Ll}/u.test(t) && /^\p{Lu}\p{Ll}/u.test(ts[j - 1]!));
	if (
		rel > 0 &&
		/^\p{Ll}+$/u.test(tokens[rel + 1] ?? '') &&
		!DETERMINER.test(tokens[rel + 1]!) &&
		!fullName(tokens.slice(rel + 1))
	) {
		const k = tokens.slice(0, rel).findLastIndex((t) => DETERMINER.test(t));
		if (k >= 0 && rel - k <= 4 && !tokens.slice(k + 1, rel).some((t) => ACTIONS.has(t)))
			return subjectBefore(`${tokens.slice(0, rel).join(' ')} `);
	}
	// "the senior U.S. official", "the Russian ministry": a short phrase after an article.
	for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 8); i--) {
		if (!DETERMINER.test(tokens[i]!)) continue;
		// "a driver stuck near the village of X told": "the" after a place's preposition is where the one before stands.
		const ia =
			i > 0 && LOCATIVE.test(tokens[i - 1]!)
				? tokens.slice(0, i - 1).findLastIndex((t) => /^(?:a|an|one)$/i.test(t))
				: -1;
		if (ia >= 0) return tokens.slice(ia).join(' ');
		// "Erdogan had at the weekend vowed": a time after its preposition is when, the subject stands before it.
		if (i > 0 && i === tokens.length - 2 && TIME_AFTER.test(tokens[i - 1]!) && TIME_WORD.test(tokens[i + 1]!))
			return subjectBefore(`${tokens.slice(0, i - 1).join(' ')} `);
		const rest = tokens.slice(i + 1);
		const verbish = rest.some((t) => ACTIONS.has(t));
		// "the press secretary of the President of X stressed", "the representative of the Foreign Ministry
		// stressed": a person named by a role (resolved later), not the body or person the role serves.
		const role = tokens[i - 1] === 'of' ? roleOfBody(tokens, i - 1) : null;
		if (role) return role;
		// "Colonel General Sergei Rudskoy of the General Staff": the person named before "of the".
		if (personBeforeOf(tokens, i)) {
			tokens.length = i - 1;
			break;
		}
		// "The Government of the Republic of Armenia": "the" inside an institution's "of" phrase.
		if (insideInstitution(tokens, i)) continue;
		if (rest.length > 0 && !verbish) {
			// "a resigned Isakhanyan added", "the visiting Lindish Foreign Minister": lowercase words describing the name after them.
			let c = rest.length;
			while (c > 0 && /^\p{Lu}\p{Ll}/u.test(rest[c - 1]!)) c--;
			// ("a woman in Khramort told": after a preposition the capital is where she is, not who.)
			// ("The pro-government site Haqqin.az", "the Russian channel Rybar", "the popular Telegram channel X" (PLATFORMS), "the
			// Yerevan-based outlet X": a hyphened word, a nationality, a platform or a seat before the noun.)
			if (
				c > 0 &&
				c < rest.length &&
				rest
					.slice(0, c)
					.every(
						(t, j) =>
							(/^\p{Ll}+(?:-\p{L}+)*$|^\p{Lu}\p{L}+-based$/u.test(t) && !PREPOSITION.test(t)) ||
							(j < c - 1 && /^\p{Ll}/u.test(rest[j + 1]!) && (isCountryDemonym(t) || PLATFORMS.has(t)))
					)
			)
				return cleanName(rest.slice(c).join(' '));
			// "the foreign ministry in Baku accused": the body a descriptor names, less where it sits.
			const lower = rest.slice(0, c);
			if (
				c > 1 &&
				c < rest.length &&
				/^the$/i.test(tokens[i]!) &&
				/^(?:in|at)$/.test(lower[c - 1]!) &&
				lower.slice(0, -1).every((t) => /^\p{Ll}+$/u.test(t) && !PREPOSITION.test(t))
			)
				return lower.slice(0, -1).join(' ');
			return cleanName(rest.join(' '));
		}
		break;
	}
	let k = tokens.length;
	while (k > 0) {
		const t = tokens[k - 1]!;
		if (
			/^\p{Lu}/u.test(t) ||
			(k > 1 && k < tokens.length && innerNameWord(t, tokens[k - 2]!)) ||
			(k < tokens.length && insideInstitution(tokens, k - 1)) ||
			andInsideInstitution(tokens, k - 1)
		)
			k--;
		else break;
	}
	while (k < tokens.length && /^(of|for)$/.test(tokens[k]!)) k++;
	// "Military bloggers on Telegram called it …": the platform they wrote on, not who wrote.
	if (k > 0 && k < tokens.length && /^(?:on|via)$/i.test(tokens[k - 1]!)) return null;
	// ("Vaan Savadyan from Gadrut has noted": the person before the place they are from.)
	if (k < tokens.length && personBeforeOf(tokens, k)) return cleanName(tokens.slice(k - 3, k - 1).join(' '));
	if (k < tokens.length) {
		const name = cleanName(tokens.slice(k).join(' '));
		return OPENING_PARTICIPLE.test(name) ? null : name;
	}
	// "Moscow’s defence ministry", "Azerbaijan's foreign ministry": a possessive name and the institution's noun.
	// ("Crisis Group's earlier report noted": the body whose report it is.)
	const owned = OWNED_INSTITUTION.exec(seg.trim());
	return owned ? owned[1]! : ownedDocument(seg.trim());
}
