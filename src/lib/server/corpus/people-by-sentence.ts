/**
 * People a sentence names without a role before them, by the shape of the sentence: a lone first name
 * with an appositive ("Vardan, 71, who …"), kin then a name ("Her son, Gor, …"), "a nurse called
 * Siranush", a known given name as a sentence's subject. Split from speaker-forms.ts, which judges what
 * kind of name a speaker is; this finds the names.
 */
import { sexOfGivenName } from './given-names';
import { ORDINARY_PERSON, PERSON_TITLE } from './person-nouns';
import { NOT_A_FIRST_NAME } from './speaker-forms';
import { isCountryDemonym } from './judge-cues';
import { IRREGULAR_PAST } from './attribution-verbs';
import { SELF_NAMED } from './speaker-self-named';

/** An appositive's words up to a person's noun and a little after it: "a nurse from Martuni", "mother of a soldier". */
const PERSON_APPOSED = String.raw`[^,.]{0,40}?\p{Ll}*(?:${ORDINARY_PERSON})\b[^,.]{0,60}`;
/**
 * A lone first name opening a sentence (or after "For", a verb of speech, "how"), then an appositive that
 * makes it a person: an age ("Vardan, 71, who …", "a 46-year-old driver who …") or a person's noun ("For
 * Arpine, a nurse from Martuni, …", "asked Gevorg, a former schoolteacher, …", "That is how Gor, a driver, …",
 * "spoke to Gurgen, a 34-year-old driver …").
 */
const ONE_NAME_APPOSED = new RegExp(
	String.raw`(?:^|[.!?]\s+|\b(?:[Ff]or|said|says|asked|told|added|how|to|with|met|visited|interviewed)\s+)(\p{Lu}\p{Ll}+),\s+((?:a|an)\s+(?:\d{1,3}-year-old\b[^,.]{0,120}|${PERSON_APPOSED})|\d{1,3})(?:,|\.(?=\s|$))`,
	'gu'
);
/** A clergyman's title and one name, no surname after it: "Father Aristakes", "Fr. Koryun". */
const CLERGY_ONE_NAME = /\b(Father|Fr\.)\s+(\p{Lu}\p{Ll}+)\b(?![\s-]+\p{Lu}|[’'])/gu;
/** "Ruzan Israyelyan and her children spent days …": a name joined to "his" or "her" kin is a person's. */
const NAME_AND_KIN = /(?<![\p{L}’'-])(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*)\s+and\s+(?:his|her)\s/gu;
/** What ONE_NAME_APPOSED needs after the name: ", a", ", an" or ", 71," (a literal comma first: fast to scan for). */
const APPOSITIVE_CUE = /,\s+(?:an?\s|\d)/;
/**
 * "Lyudmila, the mother of a contract soldier, told": a given name the press knows (checked by the caller) opening a
 * sentence, then "the" and a person's noun. (Its own pattern behind a cheap test: ", the " is in most paragraphs.)
 */
const GIVEN_THE = new RegExp(String.raw`(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+),\s+(the\s+${PERSON_APPOSED}),`, 'gu');
const GIVEN_THE_CUE = /(?:^|[.!?]\s)\p{Lu}\p{Ll}+, the /u;
/**
 * "His neighbour, Siranush, disagreed", "Sona's husband, Artur, stayed": a lone first name in apposition to a
 * kin or person's noun; without the commas ("Hovik's neighbour Anahit stood") only a given name the press knows.
 */
const KIN_THEN_NAME = new RegExp(
	String.raw`(?:^|[.!?]\s+|\s(?=[hmot]|\p{Lu}\p{Ll}+[’']s\s))((?:His|Her|Their|Our|My|his|her|their|our|my|\p{Lu}\p{Ll}+[’']s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ORDINARY_PERSON})),?\s+(\p{Lu}\p{Ll}+)(,|\s(?=\p{Ll}))`,
	'gu'
);

/**
 * "A driver from Goris, Samvel, said …", "A resident of Stepanakert reached by telephone, Lilit, said …": a
 * person's noun (where they are from, how they were reached), then a lone first name in apposition before
 * the verb of speech.
 */
const SAID_AFTER_COMMA = /,\s+(?:said|says|told|tells|added|recalled|explained)\b/;
const NOUN_THEN_NAME = new RegExp(
	String.raw`(?:^|[.!?]\s+)((?:A|An|One)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:${ORDINARY_PERSON})(?:\s+[^,.;:]{0,60})?),\s+(\p{Lu}\p{Ll}+),\s+(?=(?:said|says|told|tells|added|recalled|explained)\b)`,
	'gu'
);

const ONE_NAME_WHO = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+),\s+who\s/gu;
/**
 * "Andrei Kartapolov of the ruling United Russia party, who heads …", "Lev Darvin of the defence committee, said": a
 * given name the press knows and a surname, then where the person sits, up to a comma and "who" or a verb of speech.
 */
const NAME_OF_BODY =
	/(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)\s+(of\s+the\s+[^,.;:“”"]{2,60}),\s+(?:who|said|says|told|added)\b/gu;
/** "Sergei, a Russian officer who declines to give his surname, stops": a known first name, then a title's or a trade's noun. */
const GIVEN_TITLED = new RegExp(
	String.raw`(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+),\s+((?:a|an)\s+[^,.]{0,40}?\b(?:${PERSON_TITLE}|captain|lieutenant|major|colonel|sergeant)\b[^,.]{0,60}),`,
	'gu'
);
/** "Outside the centre, Benik, who is 73, smokes", "At the market, Siranush, 54, sells": after an opening phrase, a name with an age or "who". */
const GIVEN_AFTER_OPENING = /,\s+(\p{Lu}\p{Ll}+),\s+(?:who\s|\d{1,3},)/gu;
/** "Her granddaughter, Mane, who …": kin named by whose they are; "her grandmother said" then is someone else (left to the kin rules). */
const KIN_BEFORE =
	/(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|\p{Lu}\p{Ll}+[’']s)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

/**
 * "Zarine Petrosyan was in the town", "Surgeon Armen Sarkisov counts the wounded": a first name and a
 * surname (after a title, maybe) open a sentence as the subject of a verb in -s or -ed, as a feature
 * introduces the one it follows before "she says". An object after the verb tells it from a plural
 * noun ("Ethnic Armenian officials in …").
 */
const NOUN_NAMED = new RegExp(
	String.raw`\b(?:an?|one)\s+((?:[\p{Ll}-]+\s+){0,2}(?:${PERSON_TITLE}|captain|lieutenant|major|colonel|sergeant|${ORDINARY_PERSON}))(?:\s+(?:from|of|in)\s+\p{Lu}[\p{L}’'-]*)?\s+(?:named|called)\s+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*)?)`,
	'gu'
);
/** "teacher Siranush, who gave only her first name, showed": a name the text says is all its bearer gave. */
const FIRST_NAME_ONLY = new RegExp(
	String.raw`(?<![\p{L}’'-])(\p{Lu}\p{Ll}+),\s+who\s+(?:${SELF_NAMED}|offered)\s+only\s+(?:his|her)\s+first\s+name\b`,
	'gu'
);
const NAME_WITHHELD =
	/(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+\((?:(?:he|she)\s+asked[^()]{0,60}\b(?:surname|last name|full name)|not\s+(?:his|her)\s+real\s+name|(?:his|her)\s+name\s+has\s+been\s+changed|name\s+changed)[^()]{0,30}\)/gu;
// (Or opening the sentence, a given name the lists know: "Lilit Hakobyan gets up at half past four", a feature's first
// line; "… will travel"; "Laurence Broers of Chatham House puts it". A surname's ending alone is no person there,
// "Ethnic Lindian officials in …".)
// (And their negations: "When he fled …, Azat Adamian didn't know".)
const SUBJECT_VERB = String.raw`(?:(?:is|was|has|had|would|could|should|did|does)n[’']t|can[’']t|won[’']t|is|was|has|had|will|would|can|could|may|might|must|should|did|\p{Ll}{2,}(?:s|ed)|${IRREGULAR_PAST})`;
/** An adverb between a subject and its verb: "Garegin Hambardzumyan now serves". */
const ADVERB = String.raw`(?:\s+(?:now|still|also|later|then|already|often|never|once|recently|soon|usually))?`;
const GIVEN_PAIR_SUBJECT = new RegExp(
	String.raw`(?:\s[–—-]\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*)\s+\p{Ll}{2,}|(?:,|(?:^|[.!?]\s+)(?:Every|Each)\s+(?:morning|evening|day|night|week|spring|summer|autumn|winter))\s+(?:\d{1,3}-year-old\s+|(?:Father|Fr\.)\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*)${ADVERB}\s+${SUBJECT_VERB}|(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}’'-]*)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?${ADVERB}\s+${SUBJECT_VERB})\s`,
	'gu'
);
/**
 * A surname's ending the region's names share (Asmaryan, Guliyev, Aliyeva, Mammadzade, Kapanadze): with it a
 * given name the lists do not know still makes a person ("For every meal, Hovig Asmaryan eats potatoes").
 */
const FAMILY_ENDING = /\p{Ll}(?:yan|ian|ov|ova|ev|eva|zade|oğlu|oglu|enko|shvili|dze)$/u;
const AGED_NAME = /\b\d{1,3}-year-old\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}-]*)/gu;
const LONE_GIVEN_SUBJECT =
	/(?:^|[.!?]\s+|,\s+)(\p{Lu}\p{Ll}+)\s+(?:has|had|is|was|says|said|still|now|also|does|did|can|could|will|would|\p{Ll}{2,}(?:s|ed))\s/gu;
const POSSESSIVE_PAIR = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}-]*)[’']s\s+\p{Ll}/gu;
const PAIR_SUBJECT =
	/(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(?:was|is|has|had|lives|lived|works|worked|\p{Ll}{2,}(?:s|ed)(?=\s+(?:the|a|an|his|her|their|its|that|how|what|when|to)\s))\b/gu;

/**
 * People a sentence's opening names without a role before them: "Nina, a 23-year-old teacher, goes …"
 * (a first name alone, then who she is), "Zarine Petrosyan was in …" (the subject of "was"). A title
 * or an opener is no first name; places and bodies are ruled out where the names are judged.
 */
export function peopleBySentence(prose: string): { pos: number; name: string; role: string }[] {
	const out: { pos: number; name: string; role: string }[] = [];
	// (Each pattern only where its cheapest literal part is: tried at every position, they cost a tenth of the join.)
	ONE_NAME_APPOSED.lastIndex = 0;
	if (APPOSITIVE_CUE.test(prose))
		for (let m = ONE_NAME_APPOSED.exec(prose); m; m = ONE_NAME_APPOSED.exec(prose))
			if (!NOT_A_FIRST_NAME.test(m[1]!))
				out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: /^\d/.test(m[2]!) ? '' : m[2]! });
	// (With "the", only a given name the press knows: "Shusha, the mother of …" is a town's epithet.)
	GIVEN_THE.lastIndex = 0;
	if (GIVEN_THE_CUE.test(prose))
		for (let m = GIVEN_THE.exec(prose); m; m = GIVEN_THE.exec(prose))
			if (sexOfGivenName(m[1]!)) out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: m[2]! });
	NAME_AND_KIN.lastIndex = 0;
	if (prose.includes(' and his ') || prose.includes(' and her '))
		for (let m = NAME_AND_KIN.exec(prose); m; m = NAME_AND_KIN.exec(prose))
			if (!NOT_A_FIRST_NAME.test(m[1]!.split(' ')[0]!)) out.push({ pos: m.index, name: m[1]!, role: '' });
	KIN_THEN_NAME.lastIndex = 0;
	if (/(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[’']s)\s/.test(prose))
		for (let m = KIN_THEN_NAME.exec(prose); m; m = KIN_THEN_NAME.exec(prose))
			if (!NOT_A_FIRST_NAME.test(m[2]!) && (m[3] === ',' || sexOfGivenName(m[2]!)))
				out.push({ pos: m.index + m[0].lastIndexOf(m[2]!), name: m[2]!, role: m[1]!.toLowerCase() });
	NOUN_THEN_NAME.lastIndex = 0;
	// (Only where a comma comes right before a verb of speech: the pattern is costly on every sentence.)
	if (SAID_AFTER_COMMA.test(prose))
		for (let m = NOUN_THEN_NAME.exec(prose); m; m = NOUN_THEN_NAME.exec(prose))
			if (!NOT_A_FIRST_NAME.test(m[2]!))
				out.push({ pos: m.index + m[0].lastIndexOf(m[2]!), name: m[2]!, role: m[1]!.toLowerCase() });
	// "Anahit, who has sold fish here for years, shows …": a lone name with "who" after it is a person's.
	ONE_NAME_WHO.lastIndex = 0;
	for (let m = ONE_NAME_WHO.exec(prose); m; m = ONE_NAME_WHO.exec(prose))
		if (!NOT_A_FIRST_NAME.test(m[1]!))
			out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	NAME_OF_BODY.lastIndex = 0;
	if (prose.includes(' of the '))
		for (let m = NAME_OF_BODY.exec(prose); m; m = NAME_OF_BODY.exec(prose))
			if (sexOfGivenName(m[1]!)) out.push({ pos: m.index, name: `${m[1]} ${m[2]}`, role: m[3]! });
	GIVEN_TITLED.lastIndex = 0;
	if (APPOSITIVE_CUE.test(prose))
		for (let m = GIVEN_TITLED.exec(prose); m; m = GIVEN_TITLED.exec(prose))
			if (sexOfGivenName(m[1]!)) out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: m[2]! });
	// (Only a given name the press knows as one, given-names.ts: "in Goris, Stepanakert, who …" is no person.)
	GIVEN_AFTER_OPENING.lastIndex = 0;
	for (let m = GIVEN_AFTER_OPENING.exec(prose); m; m = GIVEN_AFTER_OPENING.exec(prose))
		if (sexOfGivenName(m[1]!) && !KIN_BEFORE.test(prose.slice(Math.max(0, m.index - 40), m.index)))
			out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	// "a captain named Dubrovin", "a nurse called Siranush": a person's noun, then the name given.
	NOUN_NAMED.lastIndex = 0;
	if (prose.includes(' named ') || prose.includes(' called '))
		for (let m = NOUN_NAMED.exec(prose); m; m = NOUN_NAMED.exec(prose))
			out.push({ pos: m.index + m[0].lastIndexOf(m[2]!), name: m[2]!, role: m[1]!.toLowerCase() });
	// "Anahit has run a café for fourteen years": a given name the press knows as one (given-names.ts),
	// alone as a sentence's subject. (Any capital there would take places: "Lachin has emptied".)
	LONE_GIVEN_SUBJECT.lastIndex = 0;
	for (let m = LONE_GIVEN_SUBJECT.exec(prose); m; m = LONE_GIVEN_SUBJECT.exec(prose))
		if (sexOfGivenName(m[1]!)) out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	// "Goris, Armenia – Lilit Hayrapetyan drove for 24 hours": after a dateline, a known given name and any verb
	// (an age may come first: ", 64-year-old Seyran Gasparyan watched");
	// "Every Tuesday, at four, Samvel Avanesyan switches on the engine": after an opening phrase, with a verb's ending
	// ("Every morning Lusine Petrosyan climbs …": a feature's time of day, no comma).
	// (A given name the lists know, or a surname with the region's endings: FAMILY_ENDING.)
	GIVEN_PAIR_SUBJECT.lastIndex = 0;
	for (let m = GIVEN_PAIR_SUBJECT.exec(prose); m; m = GIVEN_PAIR_SUBJECT.exec(prose)) {
		const name = (m[1] ?? m[2] ?? m[3])!;
		const [given, surname] = name.split(' ') as [string, string];
		if (NOT_A_FIRST_NAME.test(given)) continue; // "Minister Bayramov informed": a title, not a given name
		// (Opening a sentence, a surname's ending makes a person only before a verb no plural noun reads as:
		// "Surik Martirosyan thought", never "Ethnic Lindian officials".)
		const family = FAMILY_ENDING.test(surname) && !isCountryDemonym(surname);
		const verb = m[3] ? m[0].trimEnd().slice(m[0].trimEnd().lastIndexOf(' ') + 1) : '';
		if (sexOfGivenName(given) || (family && (!m[3] || (!surname.endsWith('ian') && !/[^s]s$/.test(verb)))))
			out.push({ pos: m.index + m[0].indexOf(name), name, role: '' });
	}
	// "The 65-year-old Surik Martirosyan’s house was struck": an age before a first name and a surname is a person's.
	if (prose.includes('-year-old '))
		for (const m of prose.matchAll(AGED_NAME))
			if (!NOT_A_FIRST_NAME.test(m[1]!))
				out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	if (prose.includes(' first name'))
		for (const m of prose.matchAll(FIRST_NAME_ONLY)) out.push({ pos: m.index, name: m[1]!, role: '' });
	// "Sergei (he asked us not to give his surname) believes …": a first name the text says is all it gives.
	if (prose.includes(' (') && prose.includes('name'))
		for (const m of prose.matchAll(NAME_WITHHELD))
			out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	// "Father Aristakes is packing icons": a priest's own name after his title (the title his role: "the priest says").
	if (prose.includes('Father ') || prose.includes('Fr. '))
		for (const m of prose.matchAll(CLERGY_ONE_NAME))
			out.push({ pos: m.index + m[0].length - m[2]!.length, name: m[2]!, role: m[1]!.toLowerCase() });
	// "Anahit Hovsepyan's house in Chartar had a walnut tree": a known given name and a surname, owning what opens the sentence.
	if (prose.includes('’s ') || prose.includes("'s "))
		for (const m of prose.matchAll(POSSESSIVE_PAIR))
			if (sexOfGivenName(m[1]!.slice(0, m[1]!.indexOf(' '))))
				out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	PAIR_SUBJECT.lastIndex = 0;
	for (let m = PAIR_SUBJECT.exec(prose); m; m = PAIR_SUBJECT.exec(prose)) {
		if (NOT_A_FIRST_NAME.test(m[1]!.split(' ')[0]!)) continue;
		out.push({ pos: m.index + m[0].indexOf(m[1]!), name: m[1]!, role: '' });
	}
	return out;
}
