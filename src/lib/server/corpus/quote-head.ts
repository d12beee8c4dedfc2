/**
 * The speaker the words before a quote name, in its own sentence: "Aliyev said: “…”", "According to
 * Peskov, “…”", "in the words of our minister, “…”", "The Foreign Ministry said X had drawn attention
 * to “…”", "11:15 — The Russian MoD: «…»". Split from quote-speaker.ts, which reads the words after it.
 */
import { subjectOfHead } from './attribution-head';
import { VERB } from './attribution-verbs';
import { WORLD } from './judge-cues';
import { OFFICIAL_PERSON, ORDINARY_PERSON } from './person-nouns';
import { notASpeaker, QUOTING } from './quote-speaker';
import { quotedAs } from './quoted-as';
import { cleanName } from './speaker-names';
import { documentReadBefore, issuedIn } from './speaker-issuer';
import { CALENDAR } from './speaker-shapes';
import { isCountryName } from './suggestions';
import { endsWithMark } from './text-ends';
import { isStop, RUBRIC, TICKER_TIME } from './words';

/** "According to Peskov, " or "according to the ministry, " right before a quote. */
const ACCORDING_TO =
	/(?:^|[\s(—–-])[Aa]ccording to ((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}),\s*$/u;
/** A document that only reports what someone said: "the Kremlin’s readout", "the ministry's statement". */
const DOCUMENT = /\b(?:readout|statement|transcript|communiqu[eé]|summary|minutes|press release)$/;
/** A state by a common noun: "the country", "the government". */
const COUNTRY_NOUN = /^(?:the\s+)?(?:country|government|state|republic|authorities)$/i;
/** The clause after "According to <document>," that is only a subject before the quote: "he", "the minister", "Aliyev". */
const CLAUSE_SUBJECT =
	/^\s*(he|she|they|it|the\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*$/u;
/**
 * A line that is only a source's name and a colon before the quote (after a digest's time stamp and
 * dash), or a transcript's speaker with a note on the recording ("PESKOV (synchronous):").
 */
// ("17:25 Russian Foreign Ministry spokeswoman Maria Zakharova in Moscow:": a spokesperson's noun inside, where they spoke after.)
const NAME_COLON =
	/^(?:[^\p{L}]*[—–-]\s*)?(?!(?:In|On|At|From|For|By|With|After|Before|Today|Yesterday|Meanwhile)\s)((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'.-]*|spokes(?:man|woman|person))){0,6})(?:\s*\([^()“”"«»]{1,40}\)|\s+in\s+\p{Lu}[\p{L}-]+)?\s*:\s*$/u;
/** A wire's or a ticker's rubric before a line ("URGENT:", "BREAKING:"), or a ticker's time ("09:05 UTC:", "17:25 "). */
const RUBRIC_LEAD = new RegExp(`^(?:(?:URGENT|FLASH|${RUBRIC})\\s*:|${TICKER_TIME}\\s*:?)\\s*`);
/** A headline's speaker and topic: "Zakharova on the withdrawal: ‘…’" (a name, not a plural: "Eco-activists on …"). */
const NAME_ON_TOPIC = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?<!s)\s+on\s+[^:“”"«»\n]{2,60}?:\s*$/u;
/** Labels that are no source: a genre or a page's word ("Interview: ‘…’", "Update: “…”"). */
const NOT_A_LABEL =
	/^(?:Update|Updated|Breaking|Reactions?|Focus|Spotlight|Views|Note|Quote|Translation|Watch|Read|Video|Photo|Editor’s note|Interview|Opinion|Analysis|Commentary|Explainer|Exclusive|Live|Feature|Q&A|Story|Script|Transcript|Shows|Soundbite|Upsound|Voiceover|Question|Answer|Q|A|Host|Anchor|Interviewer|Moderator|Presenter|Reporter|Correspondent|Narrator)$/i;
/** A transcript's label that is only a common noun ("OFFICER:", "Resident:"): someone the report does not name. */
const UNNAMED_LABEL = new RegExp(`^(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON}|journalist)$`, 'i');
/** ", as they reported:" ending the words before a quote: who relayed it, not who spoke. */
const AS_ASIDE =
	/,\s+as\s+(?:they|he|she|it|we|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:reported|said|put it|told us|recalled|noted)\s*:\s*$/u;
/** A name opening the clause, then "according to Y" between commas, then the predicate: "Putin, according to the Kremlin, raised". */
const SUBJECT_THEN_ACCORDING =
	/(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*),\s+according to [^,;:“”"«»]{2,80},\s+\p{Ll}/u;
/** "According to X, …" opening the clause that holds the quote further on ("…, the centre «…»"). */
const ACCORDING_LEAD = /(?:^|[\s(—–-])[Aa]ccording to ([^,;:“”"«»]{2,80}?),/u;
/** "in the words of our Minister, “…”", "in the words of Zakharova, “…”". */
const IN_THE_WORDS = /\b[Ii]n the words of ((?:our|their|the|its)\s+)?([^,;:“”"«»]{2,60}?),?\s*$/u;
/** A clause opening with "the" and its noun, a verb, up to three more words, then the colon: "the analyst went further:". */
const SUBJECT_COLON =
	/(?:^|[.!?]\s+|,\s+)([Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}{3,})\s+(?:was|were|is|are|went|put|had|has|took|gave|struck|grew|became|\p{Ll}+ed)(?:\s+\p{Ll}+){0,3}:\s*$/u;
/**
 * Words another relays, before a colon: "He quoted the EU's statement:", "He recalled what chief engineer X had told him:",
 * "Belov quoted the journalist X, who had written in her own column:": whose the words are, not who relays them.
 */
const RELAYED_COLON =
	/\b(?:quoted|cited|read\s+out|relayed|repeated)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)[’']s\s+(?:\p{Ll}+\s+)?(?:statement|words|post|letter|message|comment|reply|answer|note):\s*$|\bwhat\s+(?:\p{Ll}+\s+){0,3}?((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)\s+had\s+(?:told|said\s+to|written\s+to)\s+(?:him|her|them|me|us)\s*:\s*$|\b(?:quoted|cited)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}),\s+who\s+(?:had\s+)?(?:written|said|told|posted)\b[^:;“”"«»]*:\s*$/u;
/** "The International Crisis Group's 2021 report Post-war Prospects for … noted that “…”": the report's owner, not its title. */
const OWNED_REPORT =
	/(?:^|[.!?]\s+|,\s+)(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)[’']s\s+(?:(?:\d{4}|\p{Lu}\p{Ll}+|daily|weekly|latest|regular|annual|official)\s+)?(?:report|study|paper|briefing|analysis|survey|bulletin|readout)\b[^“”"«»]{0,160}?\b(?:noted|said|says|found|warned|concluded|argued|stated|lists|listed|describes|described)\b[^“”"«».!?]*$/u;
/** "the words of the head of the group, Brigadier General X:": the one whose words a colon opens. */
const WORDS_OF_COLON = /\bwords\s+(?:of|by)\s+([^:;“”"«»]{2,160}?):\s*$/u;
/** "a statement from", "the communiqué issued by": a document's words before whose they are. */
const DOCUMENT_FROM =
	/^(?:a|an|the|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|communiqu[eé]|release|readout|message)\s+(?:\p{Ll}+ed\s+)?(?:by|from|of)\s+/u;
const COLON = 58;
/** "According to the governor of the province, Abedin Khorram, “…”": the name after the description. */
const ACCORDING_TO_APPOSED =
	/[Aa]ccording to (?:the\s+)?\p{Ll}[\p{Ll}\s-]{2,60}?,\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}),\s*$/u;

/** "As stated in the Russian Defence Ministry's daily bulletin, “…”": the document's words, its issuer's. */
const AS_STATED_IN =
	/\b(?:[Aa]s (?:stated|said|noted|reported|written|announced) in|[Aa]ccording to) (?:the\s+|a\s+|its\s+)?((?:[\p{L}’'-]+\s+){0,5}?)(statement|bulletin|report|communiqu[eé]|message|release|readout),?\s*$/u;

/** "a statement from the", "the statement issued by": the words before a statement's issuer. */
const STATEMENT_BY = String.raw`\bstatement\s+(?:issued\s+|published\s+)?(?:by|from|of)\s+(?:the\s+)?`;
/** "A statement by X read:", "the statement of X says": the issuer, right before the quote. */
const STATEMENT_READ = new RegExp(
	String.raw`${STATEMENT_BY}(.{1,80}?)\s+(?:it\s+(?:is|was)\s+)?(?:read|reads|said|says|stated):?\s*$`,
	'u'
);
/** "A statement from X said the command was taking": the issuer, then what its statement reports. */
const STATEMENT_REPORTS = new RegExp(
	String.raw`${STATEMENT_BY}([^,;:“”"«»]{2,80}?)\s+(?:said|says|stated)\s+(?:that\s+)?[^.!?“”"«»]{1,100}$`,
	'u'
);

/** "Hetq quoted Pashinyan as accusing the force of “…”": the words are the one quoted's, in the clause before them. */
const HEAD_QUOTED_AS =
	/\b(?:quot|cit)(?:ed|es)\s+(?!by\s)((?:the\s+)?[^,;:“”"«»]{2,60}?)\s+as\s+(?:saying|telling|accusing|calling|describing|warning|claiming|urging|stating|insisting|demanding)\b[^.!?“”"«»]*$/u;

/** A person reporting, then a colon: "She reports:", "Martha Keane reports from Goris:". */
const REPORTS_COLON =
	/(?:^|[.!?]\s+)(He|She|he|she|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+reports(?:\s+from\s+\p{Lu}[\p{L}-]*)?\s*:\s*$/u;
/** An unnamed source by whom it is close to: "One of the Telegram channels close to X wrote:", "a blogger linked to Y said" (not "a channel close to X, Rybar, wrote"). */
const CLOSE_TO_UNNAMED =
	/(?:^|[.!?]\s+|,\s+)(?:[Oo]ne\s+of\s+the|[Aa]n?|[Ss]ome|[Ss]everal)\s+[^,.;“”"«»]{0,40}?\s(?:close\s+to|linked\s+to|affiliated\s+with|loyal\s+to)\s[^,.;“”"«»]{1,60}?\s(?:wrote|writes|said|says|reported|reports|posted|claimed|stated)\b[^.!?“”"«»]*$/u;
/** An outlet that printed the quote as its headline: group 1 its name, the capitalised words before the verb. */
const PAPER_HEADLINE =
	/(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:ran|carried|published|printed|put out)\b[^.!?“”"«»]{0,30}?\s(?:the\s+|a\s+)?(?:front-page\s+)?headline,?\s*$/u;
/** "X was quoted as saying", "the minister was cited by Interfax as warning", "X, the head of …, was quoted expressing": group 1 the one quoted, opening the clause. */
const QUOTED_PASSIVE =
	/(?:^|[.!?;]\s+|,\s+(?:and|but|while)\s+)((?:the\s+)?[^,;:“”"«»]{2,60}?)(?:,\s(?:the|a|an)\s[^;:“”"«»]{2,120}?,)?\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\b[^.!?“”"«»]{0,60}?\s(?:as\s+)?(?:saying|telling|accusing|calling|describing|warning|claiming|urging|stating|insisting|demanding|expressing|voicing)\b[^.!?“”"«»]*$/u;

/** "commenting on the statements of X that “…”": the words quoted are X's, not the commenter's. */
const STATEMENTS_OF =
	/\b(?:statements?|words|remarks|claims?|assertions?|allegations?|comments?)\s+(?:of|by)\s+([^,;:“”"«»]{2,100}?)\s+(?:that|about|on)\s*$/u;
const STATEMENT_THAT =
	/\bstatements?\s+(?:of|by)\s+((?:the\s+)?\p{Lu}[^,;:“”"«»]{1,80}?)\s+that\s+[^.!?;:“”"«»]{2,80}$/u;
/** "respond to X's words about “…”": likewise, X's words. */
const OWN_WORDS =
	/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})[’']s\s+(?:statements?|words|remarks|claims?|assertions?|allegations?|comments?)\s+(?:that|about|on)\s*$/u;

/** A report of what someone said: "the ministry said Name had drawn attention to", "Aliyev said Name called it". */
// ("Fidan told reporters that his counterpart X had assured him that “…”": the one reported on, after whose they are.)
const REPORTED_SAID = /\b(?:said|says|reported|stated|noted|added|told)\s/;
const REPORTED_PERSON = new RegExp(
	String.raw`\b(?:said|says|reported|stated|noted|added|told\s+(?:[\p{L}-]+\s+){1,3}?(?=that\s))\s*(?:that\s+)?(?:(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){0,2})\s+(?:(?:had|has|also|once again)\s+)*(?:drawn attention|drew attention|assured\s+(?:him|her|them|us)|${VERB})\b[^.!?“”"«»:]*$`,
	'u'
);

/** "said the officer at the checkpoint had told them:": a person not named, reported as telling someone. */
// ("said doctors in Stepanakert had told him that", "recalled that the then commander had told him personally that";
// "said he had been told by Azerbaijani officials that": the words are someone's the text does not name.)
const REPORTED_UNNAMED = new RegExp(
	String.raw`\b(?:said|says|recalled|recalls|added|wrote)\s+(?:that\s+)?(?:(?:in\s+\d{4},?\s+)?(?:the|a|an|one|some|several)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})s?\b[^.!?“”"«»]*?\s(?:had\s+)?(?:told|asked|said\s+to)\s+(?:them|him|her|us|me)\b[^.!?“”"«»]*$|\b(?:said|says)\s+(?:that\s+)?(?:he|she|they|it)\s+had\s+been\s+told\s+by\s+(?:[\p{L}-]+\s+){0,3}?(?:${OFFICIAL_PERSON}|${ORDINARY_PERSON})s?\b[^.!?“”"«»]*$`,
	'u'
);

/** "According to the ministry, the Armenian side spread false information. “…”": the source opening the sentence before. */
export function accordingToSource(sentence: string): string | null {
	const m = /^\s*According to ((?:the\s+)?[^,;:“”"«»]{2,90}?),/u.exec(sentence);
	// ("According to a statement on the ministry’s Telegram channel published on Saturday, …": the ministry.)
	const source = m?.[1]!.replace(OWN_CHANNEL, 'the $1');
	return source && !notASpeaker(source) && !/^(?:him|her|them)$/.test(source) ? cleanName(source) : null;
}
const OWN_CHANNEL =
	/^(?:a|the)\s+(?:statement|post|message)\s+(?:(?:published|posted)\s+)?on\s+(?:the\s+)?([^,]+?)[’']s\s+(?:official\s+)?(?:Telegram\s+channel|website|page|account)\b.*$/u;

/** "According to him, …", "In her words, …": the pronoun the source is (resolved by speakers.ts), or null. */
export function accordingToPronoun(head: string): 'he' | 'she' | null {
	// ("…, explaining why he signed, in his words, the “…”": lower case mid-sentence too.)
	// ("In his assessment, “…”", "the peacekeepers in his opinion should “…”": his words, with or without a comma.)
	const acc =
		/(?:[Aa]ccording to (him|her),|\b[Ii]n (his|her) (?:words|opinion|view|assessment|estimation|judg(?:e)?ment)\b)/.exec(
			head
		);
	if (acc?.[2]) return acc[2] === 'his' ? 'he' : 'she';
	if (acc) return acc[1] === 'him' ? 'he' : 'she';
	return null;
}

/** The accused as the sentence's subject, the quote part of the charge. */
const ACCUSED =
	/\b(?:is|was|are|were|been|being|stands?|stood)\s+(?:also\s+|now\s+|formally\s+)?(?:accused|charged|suspected|convicted)\s+(?:of|with)\b[^.!?“”"«»]*$/;
/** A date where an issuer would be: "9 November 2020", "November 2020", "Tuesday". */
const isDate = (s: string) => /^\d/.test(s) || CALENDAR.test(s.split(' ')[0]!);

/** The speaker the words before a quote name, in its sentence ("Aliyev said: “…”"), or null. */
export function headSubject(head: string, isPlace: (name: string) => boolean = () => false): string | null {
	// "Vardanyan is also accused of crossing the border “for the purpose of …”": the accusation's words, never the accused's.
	if (head.includes('ccused') || head.includes('harged') || head.includes('uspected'))
		if (ACCUSED.test(head)) return 'a source';
	// "One elderly woman told our officers, as they reported: “…”": the aside only says who passed the words on.
	if (head.includes(' as ')) head = head.replace(AS_ASIDE, ':');
	const reported = /\b(?:that|about|on)\s*$/.test(head);
	// ("noted the statement of the Foreign Ministry that the convoy is “…”": the quote inside what the statement says.)
	const of = reported ? STATEMENTS_OF.exec(head) : head.includes(' that ') ? STATEMENT_THAT.exec(head) : null;
	// ("The statement of November 2020 says that …": a date names no issuer.)
	if (of && /\p{Lu}/u.test(of[1]!) && !isDate(of[1]!)) return cleanName(of[1]!);
	const own = reported ? OWN_WORDS.exec(head) : null;
	if (own) return cleanName(own[1]!);
	// "According to him, …": resolved as a pronoun.
	// "In her words, France could help … because “…”": her words, like "according to her".
	const pronoun = accordingToPronoun(head);
	if (pronoun) return pronoun;
	const qa = head.includes(' as ') ? HEAD_QUOTED_AS.exec(head) : null;
	if (qa) return quotedAs(qa[1]!.trim());
	// "Pashinyan was quoted as accusing the forces of “…”", "X, the head of …, was quoted expressing hope that …“…”": the one
	// quoted is the passive's subject.
	const passive = head.includes(' as ') || head.includes('quoted') ? QUOTED_PASSIVE.exec(head) : null;
	if (passive) return quotedAs(passive[1]!.trim());
	const stated = head.includes('s ') || head.includes('ccording to') ? AS_STATED_IN.exec(head) : null;
	// (The capitalised words before the document's noun are whose it is; none: "the bulletin", its issuer named before.)
	const issuedBy = stated?.[1]!.match(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u)?.[0];
	if (stated) return issuedBy ? cleanName(issuedBy.replace(/[’']s$/, '')) : `the ${stated[2]!}`;
	// "According to Peskov, “…”", "according to the ministry, “…”": the source right before the quote.
	const apposed = head.includes('ccording to') ? ACCORDING_TO_APPOSED.exec(head) : null;
	if (apposed) return apposed[1]!;
	const src = head.includes('ccording to') ? ACCORDING_TO.exec(head) : null;
	let raw = src ? cleanName(src[1]!) : null;
	const st = head.includes('statement') && STATEMENT_READ.exec(head);
	if (st) raw = cleanName(st[1]!);
	if (raw) return raw;
	const owned = head.includes('’s ') || head.includes("'s ") ? OWNED_REPORT.exec(head) : null;
	// ("Georgia’s report noted": a country, or a place, owns no report that speaks.)
	if (owned && !isCountryName(owned[1]!) && !isPlace(owned[1]!)) return cleanName(owned[1]!);
	const relayed = endsWithMark(head, COLON) ? RELAYED_COLON.exec(head) : null;
	if (relayed) return cleanName((relayed[1] ?? relayed[2] ?? relayed[3])!);
	// "Her mother said the Russian officer at the checkpoint had told them: “…”": the words are someone's unnamed.
	if ((REPORTED_SAID.test(head) || head.includes('recall')) && REPORTED_UNNAMED.test(head)) return 'a source';
	// "The Foreign Ministry said Mirzoyan had drawn attention to “…”": the words are the one reported on.
	const reportedOn = REPORTED_SAID.test(head) ? REPORTED_PERSON.exec(head) : null;
	// ("The Kremlin said Moscow hoped …": a capital is where the speaker sits, not another speaker.)
	const on = reportedOn?.[1];
	if (on && !CALENDAR.test(on) && !isCountryName(on) && !isPlace(on) && !WORLD.has(on)) return on;
	// "A statement from the Defence Ministry said the command was taking “…”": the statement's issuer reports.
	const issuer = head.includes('statement') ? STATEMENT_REPORTS.exec(head) : null;
	// ("The statement of 9 November 2020 says that …": a date names no issuer.)
	if (issuer && /^\p{Lu}\p{L}/u.test(issuer[1]!) && !isDate(issuer[1]!)) return cleanName(issuer[1]!);
	// "distributed the words of the head of the group, Brigadier General X: «…»": whose words, named last.
	const wordsOf = head.includes('words ') ? WORDS_OF_COLON.exec(head) : null;
	if (wordsOf) {
		const phrase = wordsOf[1]!;
		return cleanName(phrase.slice(phrase.lastIndexOf(', ') + 1).trim());
	}
	// "She reports: “…”": a correspondent's report from the scene ("reports" is no speech verb elsewhere: "X reports that …").
	const reporter = head.includes('reports') ? REPORTS_COLON.exec(head) : null;
	if (reporter) return reporter[1]!.length <= 3 ? reporter[1]!.toLowerCase() : reporter[1]!;
	// "One of the Telegram channels close to the authorities wrote: “…”": someone unnamed, not whom they are close to.
	if ((head.includes(' to ') || head.includes(' with ')) && CLOSE_TO_UNNAMED.test(head)) return 'a source';
	// "The daily Izvestia carried the headline “…”", "Kommersant ran it under the headline “…”": the paper's words.
	const paper = head.includes('headline') ? PAPER_HEADLINE.exec(head) : null;
	if (paper) return cleanName(paper[1]!);
	// ("In the message it was said:": the document, before the expletive "it" a passive reads as nobody.)
	raw = documentReadBefore(head) ?? subjectOfHead(head) ?? issuedIn(head);
	// "According to Fomin, the centre «…»", "According to Baku-based analyst Farid Shafiyev, “…”":
	// the source named at the head of the clause (not an outlet, a report or unnamed residents).
	const lead = head.includes('ccording to') ? ACCORDING_LEAD.exec(head) : null;
	// ("According to Pashinyan, Yerevan hopes that … “…”": the capital is what the source speaks of, not a second source.)
	// ("According to X, the country has called on Russia “…”": the country, like its capital, is what X speaks for.)
	const sourceOf =
		raw &&
		lead &&
		(isPlace(raw) || COUNTRY_NOUN.test(raw)) &&
		!DOCUMENT.test(lead[1]!) &&
		!notASpeaker(lead[1]!);
	if (raw) return sourceOf ? cleanName(lead![1]!) : raw;
	// "According to a statement on the ministry’s Telegram channel, Azerbaijani forces “…”": the channel's owner.
	const channel = lead ? OWN_CHANNEL.exec(lead[1]!) : null;
	if (channel) return cleanName(`the ${channel[1]!}`);
	// "According to the Kremlin’s readout, he “…”": a document only reports; the clause's subject speaks.
	const subject =
		lead && DOCUMENT.test(lead[1]!) ? CLAUSE_SUBJECT.exec(head.slice(lead.index + lead[0].length)) : null;
	if (subject) return subject[1]!.toLowerCase() === subject[1] ? subject[1]! : cleanName(subject[1]!);
	// "According to a statement from Ankara, the checkpoint “…”": the one it is from.
	const from = lead ? DOCUMENT_FROM.exec(lead[1]!) : null;
	if (from) return cleanName(lead![1]!.slice(from[0].length));
	// "Putin, according to the Kremlin, raised “…”": the source is an aside; the clause's subject speaks.
	const aside = lead ? SUBJECT_THEN_ACCORDING.exec(head) : null;
	if (aside && !isStop(aside[1]!.split(' ')[0]!)) return cleanName(aside[1]!);
	if (lead && !notASpeaker(lead[1]!)) return cleanName(lead[1]!);
	const words = head.includes('words of') ? IN_THE_WORDS.exec(head) : null;
	if (words) return cleanName(`${words[1] ? 'the ' : ''}${words[2]!}`);
	const quoting = head.includes('uoting') ? QUOTING.exec(head) : null;
	if (quoting) return cleanName(quoting[1]!);
	// "The ministry was blunter: “…”", "Speaking later on ATV, the analyst went further: “…”": the colon closes a clause
	// about its subject, whose words follow (a noun no one was named with resolves to no one).
	const opened = endsWithMark(head, COLON) ? SUBJECT_COLON.exec(head) : null;
	if (opened) return opened[1]!.replace(/^T/, 't');
	// "11:15 — The Russian MoD: «…»", "Die Welt: „…“": a digest gives the source, a colon, then its words.
	// ("URGENT: Hikmet Hajiyev: “…”": a ticker's rubric before the source.)
	const bare = endsWithMark(head, COLON) ? head.replace(RUBRIC_LEAD, '') : '';
	const label = bare ? (NAME_COLON.exec(bare) ?? NAME_ON_TOPIC.exec(bare)) : null;
	return label && !NOT_A_LABEL.test(label[1]!) && !UNNAMED_LABEL.test(label[1]!)
		? cleanName(label[1]!)
		: null;
}

/**
 * A question's words right before a quote ("the question whether", "a journalist's question:", "asked if"; "X was asked:
 * “…”", "Asked by a reporter, “…?”", "asked by an interviewer whether “…”"): the asker's, whom the text does not name.
 */
export const QUESTION_HEAD =
	/\b(?:(?:the|a|his|her|their|our|my|[’']s)\s+question(?:\s+(?:whether|if|as to|why|how|what|when)\b[^“”"«»,:;.!?]*|\s*[:,]?\s*)|(?:asked|asking)(?:\s+by\s+[^“”"«»,:;.!?]{1,60})?\s+(?:whether|if)\b[^“”"«»,:;.!?]*|(?:was|were|is|are|being|been)\s+asked\s*:?\s*|(?:^|[.!?]\s+)Asked(?:\s+(?:by|in|during)\s+[^,“”"«»]{1,60})?,\s*)$/i;
