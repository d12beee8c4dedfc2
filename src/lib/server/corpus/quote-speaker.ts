/**
 * The words right after a quote that name its speaker, before anyone is resolved: "…,” said Galuzin", "…,” presidential
 * aide Hikmet Hajiyev told reporters", "…,” according to the ministry". A pronoun or a descriptor comes back as written:
 * speakers.ts resolves it. The words before a quote are read in quote-head.ts; those around it in quote-neighbours.ts.
 */
import { ownedVoice, subjectBefore } from './attribution';
import { TAIL_SUBJECT_FIRST, TAIL_VERB_FIRST, TAIL_VERB_KIN } from './attribution-tail';
import { OBJECT_PRONOUN, quotedAs } from './quoted-as';
import { namesOffice, officeOpening } from './office-holders';
import { PERSON_NOUN } from './speaker-descriptor';
import { ORDINARY_NOUN } from './person-nouns';
import {
	ABBREVIATED_TITLE,
	AND_MORE,
	INSTITUTION_END,
	INSTITUTION_OF,
	documentOfBody,
	IMPERSONAL_SAID,
	nameGiven,
	ROLE_THEN_NAME,
	LONE_TITLE,
	TITLE_OF,
	describedName,
	VERB_ROLE_NAME,
	VERB_ROLE_OF_NAME
} from './tail-titles';
import { isCountryDemonym } from './judge-cues';
import {
	cleanName,
	institutionsIn,
	TAIL_DESCRIBED_NAME,
	TAIL_NAME_APPOSITIVE,
	TAIL_STATEMENT
} from './speaker-names';
import { givenNameOf } from './speaker-self-named';
import { ANONYMOUS } from './speaker-unnamed';
import { documentReadAfter, IT_READS } from './speaker-issuer';
import { OUTLETS } from './words';
import { KIN, OWN_VOICE, ownedKin, VOICE_PRONOUN } from './speaker-forms';
import { sexOfGivenName } from './given-names';

/** "Quoting the Prime Minister: “…”" (also at the end of the paragraph before). */
export const QUOTING = /\b[Qq]uoting\s+(?:the\s+)?([^,;:“”"«»]{2,60}?):?\s*$/u;
/** Sources that are not speakers: outlets, documents, a body's website or page, figures, unnamed people. */
export const NOT_A_SPEAKER =
	/\b(?:TASS|Reuters|Interfax|RIA|AFP|AP|Sputnik|Anadolu|Xinhua|agency|media|reports?|posts|outlets?|sources?|data|figures|estimates?|polls?|survey|census|witnesses|residents|footage|videos?|documents?|plans?|websites?|site|pages?|accounts?|transcripts?)\b/i;
/** Whether a source only relays words: an outlet (words.ts's OUTLETS: "according to APA"), a document, a figure. */
export const notASpeaker = (source: string) =>
	NOT_A_SPEAKER.test(source) ||
	source
		.replace(/^the\s+/i, '')
		.split(/\s+/)
		.every((w) => OUTLETS.has(w));
/** "…,” TASS quoted the ministry as saying", "…,” Interfax quotes Peskov as saying": the one quoted. */
// "TASS reported the ministry as saying", "Interfax cited Peskov as saying": the same, with another verb.
const QUOTED_AS =
	/^[\s,]*(?:[\p{L}.’'-]+\s+){1,4}?(?:quot|cit|report)(?:es|s|ed)\s+(.{2,160}?)\s+as\s+(?:saying|telling|stating)\b/u;
/** "…,” according to a ministry statement", "…,” according to the government's statement". */
const ACCORDING_TO_ORG =
	/^[\s,]*according to (?:a|the)\s+(ministry|government|council|committee|service|office)(?:[’']s)?\s+statement\b/;
/**
 * "…”, according to a statement from the Azerbaijani Foreign Ministry.", "…,” according to Peskov.":
 * the source after the quote speaks it, whoever the sentence's subject before it was ("Officials in
 * Baku insisted that … were “…”").
 */
// ("according to a message on the website of the Russian Defense Ministry": the body whose site it is.)
const TAIL_ACCORDING =
	/^[\s,]*according to\s+(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|communiqu[eé]|release|readout|message|post)\s+(?:(?:on|posted on|published on)\s+(?:the|its|their)\s+(?:official\s+)?(?:website|site|page|Telegram channel|channel|account)\s+|\p{Ll}+ed\s+)?(?:by|from|of)\s+)?([^,;“”"«»]{2,90}?)\s*(?:[,;]|[.!?](?=\s|$)|$)/u;
/** "ministry says", "contingent said": a body's noun with no article before a speech verb, as headlines write it. */
const BARE_BODY =
	/^[\s,]*(ministry|government|embassy|contingent|command|presidency|office|army)\s+(?:says|said|tells|told|warns|adds|added|confirms|confirmed|reports|reported)\b/;
/** "…” – these words of President X, spoken in…": the person named after "words of". */
const WORDS_OF =
	/^\s*[—–-]\s*(?:these|those|such)\s+(?:were\s+|are\s+)?(?:the\s+)?words\s+(?:of|by)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})/u;
/** "…,” read a banner", "…,” the placard said": words on a sign, which nobody the reader can name speaks. */
const SIGN = '(?:banner|sign|placard|poster|slogan|graffiti|inscription|billboard|plaque|leaflet)s?';
const SIGN_TAIL = new RegExp(
	`^[\\s,]*(?:(?:read|reads|said|says)\\s+(?:a|an|the|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${SIGN}\\b|(?:a|an|the|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${SIGN}\\s+(?:read|reads|said|says)\\b)`,
	'u'
);
/** "the Russian news agency TASS", "the newspaper Kommersant": an outlet's kind, then its name (after "said"). */
const OUTLET_NAMED =
	/^the\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:(?:state|state-run|state-owned|news|online|daily|independent|pro-government|government|opposition|private|official|business)\s+)*(?:agency|newspaper|paper|daily|weekly|outlet|channel|website|portal|broadcaster|magazine|television|radio|publication|TV)\s+(\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*){0,3})/u;
/** The lowercase noun phrase after a nationality ("the Armenian ombudsman"): who the phrase names, when a person noun ends it. */
const NOUN_AFTER = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?=[\s,.;!?]|$)/u;

const NEW_CLAUSE =
	/^[\s,]*(?:while|whereas|but|and|as|before|after|when|until|since|because|although|though)\s/;
/** "this was stated by …", "These words were said by …": a translation's passive, before whose the words are. */
const STATED_BY_PREFIX =
	/^(?:this|that|it|these words|these|so|thus)\s+(?:was|were|is|are|has been)\s+(?:stated|said|noted|announced|declared|emphasi[sz]ed|reported|told|written)\s+(?:[\p{L}-]+\s+){0,2}?by\s+/iu;
/**
 * Who a passive "this was stated by the head of the Berdzor community Narek X in …" gives the words to:
 * read as "said the head of … Narek X". After a quote's dash ("…,” - this was stated by") or in the
 * sentence after it ("«…». This was stated by the head of state Vladimir Putin").
 */
export function statedBy(text: string): string | null {
	const m = STATED_BY_PREFIX.exec(text);
	return m ? tailSubject(`, said ${text.slice(m[0].length)}`) : null;
}
/** The noun after "said the Turkish", "said the Kremlin": who the phrase names ("minister", "official"). */
const TITLE_NOUN_AFTER =
	/^\s+(?:foreign\s+|defen[cs]e\s+|prime\s+|deputy\s+)?(?:minister|official|spokes(?:man|woman|person)|diplomat|envoy|ambassador|leader|president|commander|general|officer|representative|ministry|side|government|aide|adviser|advisor)(?![\p{L}-])/u;
/** Whether a quote ends as an attributed one does: "…,” he said", "…?” asked X", a quote left open. */
export const endsAttributed = (lastChar: string, tail: string, cut: boolean) =>
	/[,?!—–…-]/.test(lastChar) ||
	/^\s*,/.test(tail) ||
	// ("«…» — Rudskoy stated": a translation from Russian sets a dash after the closing mark.)
	/^\s*[—–]\s/.test(tail) ||
	cut ||
	WORDS_OF.test(tail) ||
	LOWER_ATTRIBUTION.test(tail);
/** "“…horrendous.” he said": a full stop typed for the comma, the attribution going on in lower case ("…decision.”said the assistant": glued). */
const LOWER_ATTRIBUTION =
	/^\s+(?:he|she|they|it|the\s+\p{Ll}+)\s+(?:said|says|added|told|stressed|noted)\b|^(?:said|says|added|told)\s/u;

/** A body named as the head of a force: "the command of the Russian peacekeeping contingent". */
const COMMAND_OF =
	/^the\s+(?:command|headquarters|leadership|press\s+service)\s+of\s+(?:the\s+)?[\p{L}\s-]{3,80}$/u;
/** "…,” the minister was quoted by IRNA as saying": the subject of the passive. */
const QUOTED_PASSIVE =
	/^[\s,]*(?![\s,]|(?:he|she|they|it)\s)((?:the\s+)?[^,.;“”"«»]{2,60}?)\s+(?:was|were|is|has\s+been)\s+quoted\s+(?:by\s+[^,.;“”"«»]{1,40}?\s+)?as\s+(?:saying|telling)\b/u;
/** "said the 63-year-old", "told the 47-year-old officer": a person by their age, with or without a noun. */
const AGED_AFTER =
	/^[\s,]*(?:said|says|told|added|recalled|explained)\s+((?:the|an?|one)\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{L}-]*)?)(?=[\s,.;!?]|$)/u;
/** The speaker the words right after a quote name ("…,” Galuzin told RBC"), or null. */
/** A noun for the quoted words after them: "a phrase", "the formula", "words". */
const WORDS_GLOSS =
	/^[\s,]*(?:(?:a|the)\s+)?(?:phrase|formula|wording|expression|refrain|slogan|catchphrase)\b/i;
export function tailSubject(text: string): string | null {
	// A hard-wrapped attribution ("…,” Armenian Prime\nMinister X said") reads as one line; "said Prof. Mehmet X", "said Lt. Gen. Y": abbreviated titles.
	const flat = text.includes('\n') ? text.replace(/\s+/g, ' ') : text;
	let tail = flat.includes('. ') ? flat.replace(ABBREVIATED_TITLE, '') : flat;
	// "…,” as Dmitry Peskov put it": "as" before the attribution's own subject and verb.
	const as = /^[\s,]*as\s/.exec(tail);
	if (as && TAIL_SUBJECT_FIRST.test(` ${tail.slice(as[0].length)}`)) tail = ` ${tail.slice(as[0].length)}`;
	// "X called it “…”, while Y said “…”", "X wrote that “…,” before Y acknowledged": a conjunction opens another clause, not this one's attribution.
	if (NEW_CLAUSE.test(tail)) return null;
	// "… expected Russia “to fulfil its obligations,” a phrase his office repeated": a gloss on the words, not who said them.
	if (WORDS_GLOSS.test(tail)) return null;
	if (SIGN_TAIL.test(tail)) return 'a sign';
	// "…,” said the 63-year-old, her voice steady": a wire's way back to the person just named ("said a 61-year-old man who gave his name only as Gagik": that name).
	const aged = AGED_AFTER.exec(tail);
	if (aged) return givenNameOf(tail.slice(aged[0].length - aged[1]!.length)) ?? aged[1]!;
	const dash = /^[\s,]*[—–-]\s*(?=[Tt])/.exec(tail);
	const stated = dash ? statedBy(tail.slice(dash[0].length)) : null;
	if (stated) return stated;
	const roleOf = tail.includes(' of ') ? VERB_ROLE_OF_NAME.exec(tail) : null;
	if (roleOf && !INSTITUTION_END.test(roleOf[1]!)) return roleOf[1]!;
	const words = WORDS_OF.exec(tail);
	if (words) return cleanName(words[1]!);
	// "«…,» — Karine says.", "«…» — she told journalists": a translation from Russian sets a dash before the attribution.
	tail = tail.replace(/^[\s,]*[—–]\s*(?=\p{L})/u, ', ');
	if (IMPERSONAL_SAID.test(tail)) return 'it';
	const st = TAIL_STATEMENT.exec(tail);
	if (st)
		return cleanName((st[1] ?? st[2])!.replace(/[’']s\s+[\p{L}\s]*(?:channel|website|account|page)$/u, ''));
	const ap = TAIL_NAME_APPOSITIVE.exec(tail) ?? TAIL_DESCRIBED_NAME.exec(tail);
	if (ap) return ap[1]!;
	// "…,” said the foreign policy adviser to the president, Hikmet Hajiyev.": the name after the description.
	const described = describedName(tail);
	if (described) return described;
	// "…,” said her brother": kin, resolved as "his wife says" is (below); ("…,’ replied her friend Marina", "said his
	// nephew Hrach X, who drove him": the name the kin is given.)
	const kinAfter = TAIL_VERB_KIN.exec(tail);
	const kinName = kinAfter && nameGiven(tail.slice(kinAfter[0].length));
	if (kinName) return kinName;
	const kinSaid = kinAfter ? ownedKin(kinAfter[1]!) : null;
	if (kinSaid) return kinSaid;
	const document = documentOfBody(tail);
	if (document) return document;
	const vf = TAIL_VERB_FIRST.exec(tail);
	if (vf) {
		const after = tail.slice(vf[0].length);
		// "said the woman, who gave only her first name, Gayane": named after all.
		const gave = /^(?:the|a|an|one)\s/.test(vf[1]!)
			? givenNameOf(tail.slice(vf[0].length - vf[1]!.length))
			: null;
		if (gave) return gave;
		// "said a pensioner, Gayane, who returned …", "said one, Anna;": a given name in apposition names the one described.
		const apposed = /^(?:a|an|one)(?:\s|$)/.test(vf[1]!)
			? /^,\s+(\p{Lu}\p{Ll}+)(?=[,.;]|$)/u.exec(after)
			: null;
		if (apposed && sexOfGivenName(apposed[1]!)) return apposed[1]!;
		// "said one farmer" keeps its article: speakers.ts makes an unnamed person nobody.
		if (/^(?:a|an|one)\s/.test(vf[1]!)) return vf[1]!;
		// "…,” said Russia's top diplomat", "said the Kremlin's spokesman when asked": an office, its holder found by speakers.ts.
		const office = officeOpening(vf[1]!, after);
		if (office) return office;
		// "…,” says Hayk's mother", "says Gohar’s younger son": someone named only by whose kin they are, never the owner
		// (but the name they are given: "says Movsisyan's wife, Anush");
		// "said Azerbaijan's foreign ministry spokesperson": the body the spokesperson speaks for.
		const own = /[’']s$/.test(vf[1]!);
		const ownedAt = own ? /^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(after) : null;
		const owned = ownedAt?.[1];
		if (owned && ORDINARY_NOUN.test(owned)) return nameGiven(after.slice(ownedAt[0].length)) ?? `a ${owned}`;
		const voiced = own && ownedVoice(vf[1]! + (/^.*?spokes(?:man|woman|person)\b/.exec(after)?.[0] ?? ''));
		if (voiced) return voiced;
		// "said the region's human rights ombudsman Gegham X": the role the owner gives, then the name.
		const possessed = /^[’']s\s/.test(after) ? ROLE_THEN_NAME.exec(after.slice(2)) : null;
		if (possessed && PERSON_NOUN.test(possessed[1]!.trim())) return possessed[2]!;
		// "…,” reported the Russian news agency TASS": the outlet, not its nationality or kind (a full stop ends the name, not "U.S.").
		const outlet = OUTLET_NAMED.exec(vf[1]! + after);
		if (outlet) return cleanName(outlet[1]!.replace(/(?<!\.\p{Lu})\.$/u, ''));
		// "said Kremlin spokesman Dmitry Peskov": the capitals were the body the role serves, the person comes after it.
		const role = ROLE_THEN_NAME.exec(after);
		if (role && PERSON_NOUN.test(role[1]!.trim())) return role[2]!;
		// "said the Turkish minister": a nationality is no name; the noun after it says who.
		const capitalOnly = /^the\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})$/u.test(vf[1]!);
		const noun = capitalOnly ? TITLE_NOUN_AFTER.exec(after) : null;
		if (noun) return `${vf[1]!}${noun[0]}`;
		// "said the Armenian ombudsman": a nationality is never the speaker; the person noun after it may be.
		if (capitalOnly && isCountryDemonym(vf[1]!.slice(4))) {
			const person = NOUN_AFTER.exec(after);
			if (person && PERSON_NOUN.test(person[1]!)) return `${vf[1]!} ${person[1]!}`;
			// "said the Armenian owner of one shop near the base, who asked …": someone the story does not name.
			const noun = person?.[1]!.split(' ')[0] ?? '';
			if (!ORDINARY_NOUN.test(noun)) return null;
			return /^\s+\S+\s+of\s+(?:a|an|one)\s/.test(after) || ANONYMOUS.test(after)
				? `one ${noun}`
				: `${vf[1]!} ${noun}`;
		}
		// "said Chairman of the Lindish Labour Party Aram X": the title's "of" phrase, then the name (cleanName takes it).
		if (LONE_TITLE.test(vf[1]!)) return cleanName(vf[1]! + (TITLE_OF.exec(after)?.[0] ?? ''));
		// "said the Ministry of Emergency Situations and Civil Defence": an institution's "of" phrase runs on past "and".
		const more = INSTITUTION_OF.test(vf[1]!) ? AND_MORE.exec(after) : null;
		// "said the Interior Ministry of the self-proclaimed X Republic": the body's whole name, read as institutionsIn reads it.
		const body = / of /.test(after.slice(0, 4))
			? institutionsIn(vf[1]! + after).find((n) => n.pos <= 4)
			: undefined;
		return body && body.name.length > vf[1]!.length - 4 ? body.name : cleanName(vf[1]! + (more?.[0] ?? ''));
	}
	const vr = VERB_ROLE_NAME.exec(tail);
	if (vr) return vr[1]!;
	// "…,” the statement reads", "…,” reads the decree": the document, whose issuer speaks (speakers.ts).
	const reads = documentReadAfter(tail);
	if (reads) return reads;
	// ("…,” it read": a document named before, whose body speaks; speakers.ts finds it.)
	if (IT_READS.test(tail)) return 'it';
	// "…,” according to a ministry statement": the ministry named before.
	const acc = ACCORDING_TO_ORG.exec(tail);
	if (acc) return `the ${acc[1]!}`;
	// "…,” the minister was quoted by IRNA as saying": the one quoted, not the agency.
	const passive = tail.includes(' quoted ') ? QUOTED_PASSIVE.exec(tail) : null;
	if (passive) return quotedAs(passive[1]!.trim());
	// "…,” TASS quotes the representative of the peacekeepers as saying": the one quoted, not the outlet.
	const qa = tail.includes(' as ') ? QUOTED_AS.exec(tail) : null;
	if (qa) return quotedAs(qa[1]!.trim());
	const source = tail.includes('ccording to') ? TAIL_ACCORDING.exec(tail) : null;
	// An outlet or "witnesses" only reports the words; "him" is "he", resolved later.
	if (source && !notASpeaker(source[1]!)) return OBJECT_PRONOUN[source[1]!] ?? cleanName(source[1]!);
	// "…,” ministry says": a headline's or a ticker's body with no article, as "the ministry" points back.
	const bare = BARE_BODY.exec(tail);
	if (bare) return `the ${bare[1]!}`;
	const sf = TAIL_SUBJECT_FIRST.exec(tail);
	if (!sf) return null;
	// "truck driver Armen Sargsyan, 52, told": the appositive is not part of the name.
	let s = sf[1]!.trim();
	// "Marco X from the Rapid Deployment Team of the ICRC told": the person, not the team.
	const fromBody = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+(?:from|with)\s+the\s/u.exec(s);
	if (fromBody) return fromBody[1]!;
	// "…,' one resident of Kornidzor told", "one European diplomat in Tbilisi said": someone unnamed, who speaks for nobody named.
	if (/^one\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[^,]*$/u.test(s)) return s;
	// "…,” ministry sources told reporters": unnamed sources, never the ministry named before.
	if (/^(?:\p{Ll}[\p{L}-]*\s+){0,3}sources?$/u.test(s)) return 'a source';
	// "— the interlocutor of the agency said": the source a Russian agency spoke to, unnamed.
	if (/^(?:the|an?)\s+(?:\p{Ll}+\s+)?interlocutors?\b/u.test(s)) return 'a source';
	// "…,” his wife says": kin named by whose they are, resolved as "the wife" (speakers.ts).
	const kin = ownedKin(s);
	if (kin) return kin;
	// "…,» his widow Olga told Kommersant": the kin's own first name after the noun.
	const kinNamed = /^(?:his|her|their|my|our)\s+(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u.exec(s);
	if (kinNamed && KIN.test(kinNamed[1]!)) return kinNamed[2]!;
	// "…,” his post said", "her tweet read", "its bulletin said": the words are the writer's, "he", "she" or "it" resolved as any.
	const own = OWN_VOICE.exec(s);
	if (own) return VOICE_PRONOUN[own[1]!]!;
	// "the command of the Russian peacekeeping contingent said": the command is the body, not what it commands.
	if (COMMAND_OF.test(s)) return cleanName(s);
	// "…," a former resident who gave his name only as Samvel told Mediamax": named after all.
	const gave = /^(?:the|a|an|one)\s/.test(s) ? givenNameOf(s) : null;
	if (gave) return gave;
	// "…,” the special representative of the President in the district, Aydin Karimov, told", "its spokeswoman, X, wrote": the name after the description.
	const apposedName =
		/^(?:the|a|an|its|their)\s[^,]*,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}),?$/u.exec(s);
	if (apposedName) return apposedName[1]!;
	// "…,” Russia's top diplomat said": an office, its holder found by speakers.ts.
	if (/^(?:\p{Lu}|(?:he|she|they|it|the|a|an)\b)/u.test(s)) return namesOffice(s) ? s : subjectBefore(s);
	s = s.replace(/,\s[^,]{1,60},?$/, '');
	const name = cleanName(s);
	if (name !== s && /^\p{Lu}/u.test(name)) return name;
	// "local baker Anna Petrosyan", "head of the community Nerses X": a lowercase description, then two or three capitalised words.
	const named =
		/^(?:\p{Ll}[\p{L}-]*\s+){1,5}(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})$/u.exec(s);
	return named ? named[1]! : null;
}
