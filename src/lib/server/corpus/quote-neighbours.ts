/**
 * The sentences and paragraphs around a quote that name its speaker when its own sentence does not:
 * the sentence after it ("Anahit X, a teacher, spoke to us", "That was Sergei Lavrov"), the paragraph
 * after it ("That’s according to X"), the narration before a paragraph that is all quote ("…, she
 * said."), and the attribution closing the sentence a quote stands inside. Split from quote-speaker.ts.
 */
import { speechVerbsIn, subjectBefore } from './attribution';
import { sentenceEndAfter, subjectOfHead } from './attribution-head';
import type { Paragraph } from './extract';
import { AFTER_PLACE_WORD, cleanName } from './speaker-names';
import { givenNameOf } from './speaker-self-named';
import { notASpeaker, statedBy } from './quote-speaker';
import { ORG } from './speaker-forms';
import { isCountryDemonym, SURNAME } from './judge-cues';
import { sexOfGivenName } from './given-names';

/** A name (after an appositive) that speaks in the sentence after a quote: "“….” Anahit Petrosyan, a teacher, spoke to us". */
const NEXT_SENTENCE =
	/^\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?:,\s[^"“”«»]{1,160}?,)?\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|spoke|explained|recalled|asks|asked|wonders|wondered|complains|complained|admits|admitted|insists|insisted|expresses|expressed|sighs|sighed)\b/u;

/**
 * "“….” This is how Aghavno resident Gayane X described the day", "That was how Gor, a driver from
 * Martuni, describes the patrols": the name after "This is how" (a first name alone too).
 */
const THIS_IS_HOW =
	/^\s*(?:This|That)\s+(?:is|was)\s+how\s+(?:[\p{L}-]+\s+){0,3}?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,\s[^,“”"«»]{1,120},)?\s+(?:describes|described|reacts|reacted|puts it|put it|explains|explained|sums|summed|recalls|recalled|remembers|remembered|sees|saw)\b/u;
/** "“….” This is what Beglaryan wrote on his page", "That was what Gor, a driver, told us": the name after "what". */
const THIS_IS_WHAT =
	/^\s*(?:This|That)\s+(?:is|was)\s+what\s+(?:[\p{L}-]+\s+){0,3}?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,\s[^,“”"«»]{1,120},)?\s+(?:wrote|writes|said|says|told|tells|posted|stated|declared|meant|means)\b/u;
/** A person's first name and surname (a middle name too): "Maria Zakharova"; ", Maria X," in apposition after a role. */
const FULL_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}`;
const APPOSED_AFTER = new RegExp(String.raw`^,\s+(${FULL_NAME})(?=\s*[,.;])`, 'u');
const SAID_NAME = new RegExp(String.raw`(?:^|\s)(?:said|named)\s+(${FULL_NAME})$`, 'u');
/** "This was stated in a message posted by the Ministry of X", "It was announced by X", "This is stated in the message of X": the one after "by" or "of". */
const STATED_HEAD = String.raw`^\s*(?:This|That|It|The\s+(?:announcement|statement|message))\s+(?:was|is)\s+(?:stated|said|announced|declared|written|reported|read\s+out|read|made|issued)\b`;
const STATED_BY = new RegExp(
	STATED_HEAD +
		String.raw`(?:[^.!?“”"«»]{0,80}?\bby|\s+in\s+(?:a|the)\s+(?:message|statement|press\s+release|communiqué|report|post|address|appeal)\s+(?:of|from))\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}’'-]*){0,7})`,
	'u'
);
/** "The announcement was read by the spokesman of the Defence Ministry, Anar X.": the name after the role. */
const STATED_BY_ROLE = new RegExp(
	STATED_HEAD +
		String.raw`[^.!?“”"«»]{0,40}?\bby\s+(?:the|a|an)\s+\p{Ll}[^.!?“”"«»]{2,80}?,\s+(${FULL_NAME})(?=\s*[,.;]|\s*$)`,
	'u'
);
/** "The Armenian Foreign Ministry said this in a statement", "Anahit from Martuni said this on the phone", "X spoke these words". */
const SAID_THIS =
	/^\s*([^,.;:“”"«»]{2,80}?(?:,\s[^,.;:“”"«»]{1,60},)?)\s+(?:(?:said|says|stated|wrote|writes|announced|declared|noted)\s+(?:this|so)|(?:spoke|said|uttered|wrote)\s+(?:these|those)\s+words)\b(?!\s+(?:week|month|year|morning|afternoon|evening|time|spring|summer|autumn|winter)\b)/u;

/** SAID_THIS's verb and object, a cheap test first (the lazy subject before them is costly to try). */
const SAID_THIS_CUE =
	/\s(?:(?:said|says|stated|wrote|writes|announced|declared|noted)\s+(?:this|so)|(?:spoke|said|uttered|wrote)\s+(?:these|those)\s+words)\b/;
/** The one the sentence after a bare quote says stated it ("This was stated by X", "X said this"), or null. */
export function statedAfter(sentence: string): string | null {
	const by = STATED_BY.exec(sentence);
	if (by) return cleanName(by[1]!);
	// ("This was stated by the head of state Vladimir Putin": a role before the name.)
	const role = statedBy(sentence.trimStart()) ?? STATED_BY_ROLE.exec(sentence)?.[1];
	if (role) return role;
	const said = SAID_THIS_CUE.test(sentence) ? SAID_THIS.exec(sentence) : null;
	// ("Anahit from Martuni said this": where she is from is no part of who.)
	return said ? subjectBefore(`${said[1]!.replace(/\s+from\s+\p{Lu}.*$/u, '')} `) : null;
}
/** "That’s according to Armenian Prime Minister Name, who …" opening the paragraph after a quote paragraph. */
const THAT_ACCORDING =
	/^\s*(?:That|This)(?:[’']s|\s+is|\s+was)\s+according\s+to\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]+)/u;

/** The speaker a paragraph names for the quote paragraph before it ("That’s according to X"), or null. */
export function namedAfterQuote(paragraphStart: string): string | null {
	const m = THAT_ACCORDING.exec(paragraphStart);
	return m ? cleanName(m[1]!) : null;
}

/**
 * The sentence after a quote that says whose it was: "That was Sergei Lavrov, and …", "These were the
 * words of spokeswoman Maria X at …", "These words belong to Foreign Minister X", "This assessment
 * comes from X of IMEMO", "So the Kremlin spokesman X answered …", "So wrote on Tuesday a deputy of the
 * parliament, X, whom …" (a translation's word order; the role may hold a comma).
 */
const IDENTIFIED =
	/^\s*(?:(?:That|This|These|Those)\s+(?:was|is|were|are)\s+(?:the\s+(?:words|view|assessment|opinion|verdict)\s+of\s+)?|(?:These|Those|The|His|Her)\s+words\s+belong(?:ed)?\s+to\s+|(?:These|Those|The)\s+words\s+(?:[^,.;“”"«»]{1,40}?\s+)?(?:were|are)\s+(?:those\s+)?(?:of|from)\s+|(?:This|That|The)\s+(?:assessment|opinion|view|statement|remark|comment|verdict)\s+(?:comes|came)\s+from\s+|(?:[—–-]\s*)?[Ss]o\s+)((?:[\p{L}’'-]+,?\s+){0,12}?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})(?=\s*[,.;]|\s+(?:and|who|of|at|in|on|speaking|answered|said|says|commented|replied|put it)\b)/u;

/** "“….” This was the Foreign Ministry's reply to …": the one whose reply, comment or view the quote was. */
const WHOSE_REPLY =
	/^\s*(?:This|That|It)\s+(?:was|is)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,5})[’']s\s+(?:reply|response|answer|comment|reaction|verdict|view|position|assessment)\b/u;
/** The full name the sentence after a quote identifies its speaker by ("That was Sergei Lavrov, …"), or null. */
export function identifiedAfter(sentence: string): string | null {
	const whose = WHOSE_REPLY.exec(sentence);
	if (whose) return cleanName(whose[1]!);
	const m = IDENTIFIED.exec(sentence);
	if (!m) return null;
	// "the Kremlin spokesman Dmitry Peskov", "the head of the republic, Arayik X": the name after the
	// role; a name of two or three words only.
	// ("So said X", "These words belong to a man named X": the capitalised words that end the phrase.)
	// ("— so said the spokeswoman of the Foreign Ministry, Maria X, the next day": the name in apposition after the role.)
	const apposed = APPOSED_AFTER.exec(sentence.slice(m.index + m[0].length));
	if (apposed && !/^\p{Lu}/u.test(m[1]!)) return apposed[1]!;
	const name = cleanName(m[1]!.replace(/^.*,\s+/, ''));
	if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}$/u.test(name)) return name;
	return SAID_NAME.exec(name)?.[1] ?? null;
}

/** "“…we went up to the town.” Anahit Petrosyan, a teacher, spoke to RFE/RL": the name, or null. */
export function nextSentenceSpeaker(sentence: string): string | null {
	const m =
		NEXT_SENTENCE.exec(sentence) ??
		THIS_IS_HOW.exec(sentence) ??
		THIS_IS_WHAT.exec(sentence) ??
		INTRODUCED_AFTER.exec(sentence);
	if (m) return m[1]!;
	// "“….” Andranik said he would look for a house", "“….” Jahangirova told Al Jazeera": a given name or a surname alone, saying.
	const given = GIVEN_SAYS.exec(sentence);
	if (given && (sexOfGivenName(given[1]!) || SURNAME.test(given[1]!))) return given[1]!;
	// "“…?” Nodar, a shopkeeper in the village of X, told Y": one name, who they are, then the saying.
	const apposed = GIVEN_APPOSED.exec(sentence);
	if (apposed && !NOT_A_FIRST_NAME_WORD.test(`${apposed[1]} `)) return apposed[1]!;
	// "“….” The driver, who gave his name only as Arthur, is carrying medicine": named after all.
	return givenNameOf(sentence.trimStart());
}
/** The verbs with which one named after a quote says it ("Andranik said", "Nodar, a shopkeeper, told"). */
const SAYING = '(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains)';
/** One name, an appositive that says who they are, then a saying: "Nodar, a shopkeeper in the village, told". */
const GIVEN_APPOSED = new RegExp(
	String.raw`^\s*(\p{Lu}\p{Ll}+),\s(?:an?\s|\d{1,3},)[^"“”«»,]{1,120},\s+(?:\p{Ll}+ly\s+)?${SAYING}\b`,
	'u'
);
/** A given name alone, then its saying: "Andranik said", "Lusine recalls". */
const GIVEN_SAYS = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+)\s+(?:(?:also|then|later)\s+)?${SAYING}\b`, 'u');
/**
 * "“….” Garik X, a 41-year-old mechanic, stood by his car": a name the sentence after introduces (an
 * appositive with "a" or an age), whatever it does: whose words they were.
 */
const INTRODUCED_AFTER =
	/^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}),\s(?:an?\s[^,“”"«»]{1,80}|\d{1,3})(?:,\s[^,“”"«»]{1,80})?,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|s|t|d)\b/u;

/** A paragraph that ends in reported speech ("…, she said."): its speaker, who goes on in a quote paragraph after it. */
const REPORTED_END =
	/,\s+(he|she|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:said|says|added|recalled|explained)\.\s*$/u;
/** A sentence that opens with a name of two or three words and its verb ("Gor Avetyan is…", "Anna X doesn't think…"). */
const INTRODUCED =
	/^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:(?:is|was|has|had|does|did|doesn[’']t|didn[’']t|also|still|now)\s+)?\p{Ll}+\b/u;
/** Words that open a sentence and are no given name ("The Red Cross is…", "In Goris…"). */
const NOT_A_FIRST_NAME_WORD =
	/^(?:The|A|An|In|On|At|For|By|To|From|With|As|When|After|Before|But|And|This|That|These|Those|Its|Their|His|Her|Our|Russian|Armenian|Azerbaijani|Turkish|Georgian|Iranian|French|American|British|European)\s/;
/** "he tells Reuters", "she said": a pronoun telling, whose words a quote paragraph after it goes on with. */
const HE_TELLS = /\b(?:he|she)\s+(?:said|says|tells|told|added|adds|explained|explains|recalled|recalls)\b/;
/** The last sentence of a text. */
const LAST_SENTENCE = /(?:^|[.!?]\s+)([^.!?]+[.!?]?)\s*$/;
/** ", and Makinyan says …": the narration's last clause is a surname's saying. */
const SAYS_AFTER = /(?:^|,|\band)\s+\p{Lu}\p{Ll}+\s+(?:says|said|tells|told)\b[^,;:]*$/u;
/** A name of two or three words, then a verb: "Arpine Sargsyan sits on a suitcase", "Gor Avetyan recalls". */
const NAME_THEN_VERB =
	/(?:^|[\s,])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:sits|sat|stands|stood|waits|waited|is|was|has|had|lives|lived|remembers|remembered|describes|described|speaks|spoke|talks|talked|tells|told|recalls|recalled|says|said|explains|explained)\b/gu;
/**
 * The speaker of a quote paragraph with no attribution, from the end of the narration before it:
 * "…, she said." (reported speech going on), or a last sentence that has one named person speak
 * ("Arpine Sargsyan sits on a suitcase and tells the story of the last nine months.").
 */
export function reportedBefore(paragraphEnd: string): string | null {
	const m = REPORTED_END.exec(paragraphEnd);
	if (m) return m[1]!;
	const last = LAST_SENTENCE.exec(paragraphEnd)?.[1] ?? '';
	// "Anahit Petrosyan is still shaken by what she saw." then her words: a one-sentence paragraph that
	// opens with a person introduces the quote after it (a TV script's, a feature's way).
	const intro =
		paragraphEnd.length <= 200 && last.length === paragraphEnd.trim().length ? INTRODUCED.exec(last) : null;
	if (intro && !NOT_A_FIRST_NAME_WORD.test(intro[1]!)) return intro[1]!;
	if (speechVerbsIn(last).length === 0) return null;
	// "The idea of X is taught in schools, Prime Minister Y said.": the subject of the speech verb, when a name.
	const said = subjectOfHead(last);
	if (said && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(said)) return said;
	// "Now they are leaving, and Makinyan says it is hard to say what comes next." then her words: a
	// surname alone that says so (speakers.ts gives it the full name the article has, if any).
	if (said && /^\p{Lu}\p{Ll}+$/u.test(said) && SAYS_AFTER.test(last)) return said;
	const names = new Set<string>();
	NAME_THEN_VERB.lastIndex = 0;
	for (let n = NAME_THEN_VERB.exec(last); n; n = NAME_THEN_VERB.exec(last)) {
		const name = cleanName(n[1]!);
		if (name.includes(' ') && !AFTER_PLACE_WORD.test(last.slice(Math.max(0, n.index - 8), n.index + 1)))
			names.add(name);
	}
	if (names.size) return names.size === 1 ? [...names][0]! : null;
	// "Elman X, deputy of the parliament, commented on what is happening." then the quote paragraph.
	const subject = said;
	// "… The dead were piling up, he tells Reuters." then the quote paragraph: he goes on.
	// ("he called on Moscow for help" asks for something: the quote after it need not be his.)
	if ((subject === 'he' || subject === 'she') && HE_TELLS.test(last)) return subject;
	return subject && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(subject) ? subject : null;
}

/**
 * "Russia made “…” and ended the war, the army chief, Karen X, said.": the attribution that closes
 * the sentence a quote stands inside (after a comma, or after another quote, blanked in `rest`).
 * The verb ends the sentence, bar a few words ("at the time") and a clause of its own; an outlet only reports.
 */
export function sentenceEndSpeaker(rest: string): string | null {
	const at = speechVerbsIn(rest).pop();
	if (at === undefined) return null;
	const verb = /^\S+/.exec(rest.slice(at))![0];
	// "…, the Kremlin said Wednesday, as frustration grew": a clause of its own after the verb ends the attribution.
	const after = rest
		.slice(at + verb.length)
		.replace(/[.!?\s]+$/, '')
		.replace(/,\s+(?:as|while|when|after|amid|although|though|even as)\s[^,;:“”"«»]*$/, '');
	if (verb.endsWith('ing') || /[,;:“”"«»]/.test(after) || after.length > 40) return null;
	const before = rest.slice(0, at);
	if (!/(?:,|\s{3})\s*[^,\s][^,]*(?:,[^,]*,\s*)?$/.test(before)) return null;
	const s = subjectBefore(before);
	return s && !notASpeaker(s) ? s : null;
}

/**
 * A sentence that opens with a person (after an opening phrase and role words, maybe with an appositive)
 * doing something: "Tigran X, an opposition lawmaker, went further.", "In Goris, party chairman Aram X
 * addressed the crowd.", "Türkiye's President X, speaking to reporters, voiced support for the operation."
 */
const PERSON_OPENS =
	/^\s*(?:(?:In|At|On|From|After|Before|Back|Later|Earlier)\b[^,“”"«»]{0,40},\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})(?:,\s[^“”"«»]{1,160}?,)?\s+(?:(?:also|then|later|again|first)\s+)?\p{Ll}{2,}\b[^“”"«»]*[.!]\s*$/u;

/** A surname alone opening a sentence, then a negated or past verb of what the person does or remembers. */
const SURNAME_OPENS =
	/^\s*(\p{Lu}\p{Ll}{3,}[\p{L}’'-]*)\s+(?:doesn[’']t|didn[’']t|does not|did not|never|still|cannot|can[’']t|remembers|recalls|recalled|remembered|admits|admitted|shrugs|shrugged|sighs|sighed|laughs|laughed)\b[^“”"«»]*[.!]\s*$/u;
/** A lone capitalised word opening a sentence, then a lowercase verb: "Samvel points out …". */
const LONE_GIVEN_OPENS = /^\s*(\p{Lu}\p{Ll}+)\s+\p{Ll}{2,}\b[^“”"«»]*[.!]\s*$/u;
/** A first name with an age (and an appositive), then a verb: "Anahit, 71, a retired nurse, left …". */
const GIVEN_AGED_OPENS =
	/^\s*(\p{Lu}\p{Ll}+),\s(\d{1,3})(?:,\s[^“”"«»]{1,120}?)?,\s+\p{Ll}{2,}\b[^“”"«»]*[.!]\s*$/u;
/** Capitalised words that open a sentence and are no one's name. */
const OPENER_WORD =
	/^(?:Today|Yesterday|Meanwhile|However|Earlier|Later|Now|Then|Still|Nobody|Everyone|Someone|Many|Most|Some|Few|Others|Officials|Residents)$/;
/** The person a short sentence before a bare quote opens with (see PERSON_OPENS): whose words follow, or null. */
export function personOpening(sentence: string): string | null {
	if (sentence.length > 260) return null;
	const m = PERSON_OPENS.exec(sentence);
	// "Karapetyan doesn't remember anything more. “…”": a surname alone, with a verb of what the person does
	// (speakers.ts gives it the full name the article has; a place carried here is dropped there).
	const lone = m ? null : SURNAME_OPENS.exec(sentence);
	if (
		lone &&
		!NOT_A_FIRST_NAME_WORD.test(`${lone[1]} `) &&
		!OPENER_WORD.test(lone[1]!) &&
		!ORG.test(lone[1]!)
	)
		return isCountryDemonym(lone[1]!) ? null : lone[1]!;
	// "Samvel points out a small flag on a hill. “…”": a given name the press knows as one, alone, any verb;
	// "Anahit, 71, a retired nurse, left in two cars. “…”": a first name with an age.
	const given = m ? null : (LONE_GIVEN_OPENS.exec(sentence) ?? GIVEN_AGED_OPENS.exec(sentence));
	if (given && (given[2] || sexOfGivenName(given[1]!))) return given[1]!;
	if (!m) return null;
	const name = cleanName(m[1]!);
	// ("Karabakh Armenians fled": a people is no one person.)
	const last = name.slice(name.lastIndexOf(' ') + 1);
	return /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}$/u.test(name) &&
		!ORG.test(name) &&
		!isCountryDemonym(last)
		? name
		: null;
}

/** A body opening a sentence, then what it did: "Türkiye's Foreign Ministry welcomed the move." */
const BODY_OPENS =
	/^\s*((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Ministry|Office|Service|Committee|Government|Kremlin|Presidency|Administration|Council|Embassy|Command|Department|MFA|MoD)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?)\s+(?:(?:also|then|later|again|quickly|swiftly)\s+)?\p{Ll}{3,}ed\b[^“”"«»]*[.!]\s*$/u;
/** The body a short sentence before a bare quote opens with, doing something (a statement follows): whose words, or null. */
export function bodyOpening(sentence: string): string | null {
	if (sentence.length > 260) return null;
	const m = BODY_OPENS.exec(sentence);
	return m ? m[1]! : null;
}

/** "I answered him, “…”", "I told them: “…”": the answerer speaking of themselves. */
const FIRST_PERSON_HEAD =
	/(?:^|[\s,;])I\s+(?:\p{Ll}+ly\s+)?(?:said|answered|replied|told|asked|added|wrote|shouted|explained)\b[^.!?“”"«»]*$/u;
const FIRST_PERSON_TAIL = /^[\s,]*I\s+(?:said|answered|replied|told|asked|added|wrote|shouted|explained)\b/;

/**
 * The one an interview's answers belong to: the person the preamble before the first "Q:" has speak
 * ("Gegham Stepanyan, the ombudsman, spoke to RFE/RL by video link"), or null.
 */
function interviewee(prose: string, paragraphs: Paragraph[]): string | null {
	const firstQ = paragraphs.findIndex((p) => /^Q:\s/.test(prose.slice(p.start, p.start + 3)));
	for (let k = 0; k < firstQ; k++) {
		const p = paragraphs[k]!;
		const name = nextSentenceSpeaker(prose.slice(p.start, sentenceEndAfter(prose, p.start, p.end)));
		if (name) return name;
	}
	return null;
}

/** "A: … I answered him, “…”": in an interview's answer, "I" is the one interviewed; null elsewhere. */
export function answererSpeaking(
	prose: string,
	paragraphs: Paragraph[],
	p: Paragraph,
	head: string,
	tail: string
): string | null {
	if (!/^A:\s/.test(prose.slice(p.start, p.start + 3))) return null;
	return FIRST_PERSON_HEAD.test(head) || FIRST_PERSON_TAIL.test(tail) ? interviewee(prose, paragraphs) : null;
}
