/**
 * The speaker named before a quote in its own sentence ("Aliyev said: “…”", "X offered talks,
 * saying “…”", "…, said Naira X, the editor. In her words, “…”"). Split from attribution.ts.
 */
import { speechVerbsIn, subjectBefore } from './attribution';
import { TAIL_VERB_FIRST } from './attribution-tail';
import { IRREGULAR_PAST, PARTICIPLES } from './attribution-verbs';
import { COMMA, endsWithMark } from './text-ends';
import { OFFICIAL_PERSON, RANK_PREFIX } from './person-nouns';
import { cleanName } from './speaker-names';
import { selfNamedSubject } from './speaker-self-named';

/** "…, saying", "a statement saying": a participle whose subject is the clause's, at its head. */
const PARTICIPLE_AFTER = new RegExp(`^(?:${PARTICIPLES})\\b`);
const PARTICIPLE_CUE = /(?:,|\b(?:statement|letter|message|post|note|video))\s*$/;
/**
 * The clause's subject at its head, before its first verb: "Georgian Prime Minister Giorgi Gakharia offered …",
 * "Presidential aide Hikmet Hajiyev went further" (an official's lower-case noun between the capitals).
 */
const CLAUSE_HEAD = new RegExp(
	String.raw`^\s*(?:(?:On|In|At|After|Later|Earlier)\b[^,]{0,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}(?:(?:${OFFICIAL_PERSON}|newspaper|daily|weekly|paper|agency|outlet|site|channel)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})?\p{Lu}[\p{L}’'.-]*)(?:,\s[^,]{1,80},)?\s+(?:(?:also|later|then|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:\p{Ll}+(?:ed|s)|${IRREGULAR_PAST})\b`,
	'u'
);

const NAMING_CALLED =
	/^called\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,?\s+(?:said|says|told|added|asked|replied)\b/u;
const HOW_SPEAKER =
	/\bhow\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'.-]*)(?:,\s[^,:]{1,60},)?\s+(?:described|put|explained|summed up|recalled|told)\b[^“”"«»:]{0,80}:\s*$/u;
const CITED_THAT = new RegExp(
	String.raw`\bciting\s+(?:the\s+[^,.“”"«»]{2,60},\s+)?${RANK_PREFIX}(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),?\s+that\b[^.“”"«»]{0,120}$`,
	'u'
);
/** Verbs whose subject may follow them (", said X"); "told" and "asked" take an object there. */
export const VERB_FIRST =
	'said|says|added|adds|stated|states|noted|notes|stressed|explained|explains|recalled|recalls|wrote|warned';
const VERB_FIRST_WORD = new RegExp(`^(?:${VERB_FIRST})\\b`);
/** A finite verb right after a name ("said Italy was", "said Moscow had"), or a preposition after an object ("warned Yerevan against"). */
const CLAUSE_VERB =
	/^\s+(?:was|is|were|are|had|has|have|would|will|could|should|must|may|might|did|does|do|remained|remains|wanted|wants|needed|needs|\p{Ll}+ed|against|about|of|that)\b/u;
/** The subject of the first speech verb in `head` (the words before a quote), or null. */
export function subjectOfHead(head: string): string | null {
	// "A correspondent recalled how Colonel X, a logistics officer, described the year: «…»": the one
	// whose words the colon opens, not the one who recalls them.
	const how = head.includes('how ') ? HOW_SPEAKER.exec(head) : null;
	if (how) return cleanName(how[1]!);
	// "The bulletin said, citing the commander, Major General X, that “…”": the one cited speaks.
	const cited = head.includes('citing ') ? CITED_THAT.exec(head) : null;
	if (cited) return cleanName(cited[1]!);
	// ("a student called Narek said": "called" names the one who speaks, it is no speech of its own.)
	const verbs = speechVerbsIn(head).filter((v) => !NAMING_CALLED.test(head.slice(v, v + 40)));
	// "X said traffic was free, and the foreign ministry in Baku accused Armenia of moving “…”": a clause
	// of its own after ", and" / "; " has its own subject, nearer the quote than the first verb's.
	if (verbs.length > 1) {
		// "Putin expressed hope that …, the Kremlin said, “…”": a clause of its own closing the words before the quote.
		const v = verbs[verbs.length - 1]!;
		const comma = VERB_COMMA_END.test(head.slice(v)) ? head.lastIndexOf(', ', v) : -1;
		const closing = comma > 0 ? subjectBefore(head.slice(comma + 2, v)) : null;
		if (closing) return closing;
		const last = lastClauseStart(head);
		const at = last > 0 ? verbs.find((v) => v > last) : undefined;
		const own = at === undefined ? null : subjectBefore(head.slice(last, at));
		if (own) return own;
	}
	// "Although Armenia denied having forces there, Hajiyev said …“…”": a subordinate clause before the
	// main one is not the quote's; its verbs are skipped when the main clause has one of its own.
	const sub = SUBORDINATE.exec(head);
	const main = sub ? sub[0].length : 0;
	const own = main > 0 && verbs.some((v) => v >= main);
	for (const at of verbs) {
		if (own && at < main) continue;
		// "Giorgi Gakharia offered to host talks between Baku and Yerevan, saying …": Gakharia, not Yerevan.
		// ("While X described it as “…”, Y celebrated, tweeting: “…”": the main clause's head, after the subordinate one.)
		const clause =
			PARTICIPLE_AFTER.test(head.slice(at, at + 9)) && PARTICIPLE_CUE.test(head.slice(0, at))
				? CLAUSE_HEAD.exec(own ? head.slice(main) : head)
				: null;
		if (clause) return cleanName(clause[1]!);
		// "Peacemakers are the only defence, said Naira X, the editor. In her words, … “…”": after a
		// comma, the verb comes first and its subject after it.
		// ("X, who did not give his name, told Caspian News …": "told" takes its object after it.)
		// ("The Kremlin's spokesman, Dmitry Peskov, said Moscow “…”": a name between commas is the subject before the verb.)
		// ("X, a spokesperson for the secretary general, Y, said", "X, adviser to President Y said": X speaks, Y is whom X serves.)
		const near = head.slice(Math.max(0, at - 240), at);
		const served = near.includes(' for ') || near.includes(' to ') ? SERVED_NAME_END.exec(near) : null;
		if (served) return cleanName(served[1]!);
		const apposed = APPOSED_NAME_END.test(head.slice(Math.max(0, at - 60), at))
			? subjectBefore(head.slice(0, at))
			: null;
		if (apposed) return apposed;
		// ("Iranian President X, speaking in New York, said Iran “…”": the comma closes an aside after the subject; no inversion.)
		const first =
			endsWithMark(head.slice(0, at), COMMA) &&
			VERB_FIRST_WORD.test(head.slice(at, at + 10)) &&
			!ASIDE_END.test(head.slice(Math.max(0, at - 200), at))
				? TAIL_VERB_FIRST.exec(head.slice(at))
				: null;
		// ("…, said Italy was “…”": a verb after the name makes it the reported clause's subject, not the speaker.)
		const after = first ? head.slice(at + first[0].length) : '';
		if (first && /^\p{Lu}/u.test(first[1]!) && !CLAUSE_VERB.test(after)) return cleanName(first[1]!);
		// "In a statement posted on its website, the ministry said": a participle after a phrase that opens
		// the sentence has no subject of its own; the next verb's has.
		if (OPENING_PHRASE.test(head.slice(0, at))) continue;
		const raw = subjectBefore(head.slice(0, at));
		// "When I asked one of their staff how long …, she told me": the one the clause before addressed, unnamed.
		if (own && (raw === 'he' || raw === 'she') && ADDRESSED_UNNAMED.test(head.slice(0, main)))
			return 'a source';
		// "The claim was repeated …, when Kremlin spokesman X told reporters, “…”": a thing that a passive
		// verb has for its subject speaks no words; the next verb's subject may.
		if (raw && !/\p{Lu}/u.test(raw) && PASSIVE_BEFORE.test(head.slice(Math.max(0, at - 8), at))) continue;
		// "What I'll say is that the ministry has said …": a clause that opens with "what" is no speaker.
		if (raw && WH_CLAUSE.test(raw)) continue;
		if (raw) return selfNamedSubject(raw) ?? raw;
	}
	return null;
}

/** A name, then an aside opened by a participle, closed by the comma before the verb: "Raisi, speaking in New York, ". */
const ASIDE_END = /\p{Lu}[\p{L}’'.-]*,\s+\p{Ll}+ing\s[^,.;:“”"«»]{0,160},\s*$/u;
/** A verb and its comma ending the words before a quote: "said, ". */
const VERB_COMMA_END = /^\p{Ll}+,\s*$/u;
/** A phrase opening the sentence, right before a verb: "In a statement ", "On its website " (not "In its bulletin it "). */
const OPENING_PHRASE =
	/(?:^|[.!?]\s+)(?:In|On|At|With|Under|After)\s+(?:an?|the|its|his|her|their)\s+[\p{L}-]+\s+(?:(?!(?:it|he|she|they|we|I)\s)[\p{L}-]+\s+)?$/u;
/** A subject that is a clause: "What I'll say", "Whatever they said". */
export const WH_CLAUSE = /^(?:What|Whatever|Which|Whichever)\s/;
/** A passive's auxiliary right before its verb: "was repeated". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+$/;

/** A name, a role that serves someone ("a spokesperson for", "adviser to"), and that someone's name, right before the verb: the first name, group 1. */
const SERVED_NAME_END = new RegExp(
	String.raw`(?:^|[.!?]\s+|,\s+)(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}),\s+(?:an?\s+|the\s+)?\p{Ll}[^,.;“”"«»]{0,80}?\s(?:for|to)\s+[^,.;“”"«»]{1,80}?,?\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}(?:,\s*|\s+)$`,
	'u'
);
/** A description, then a name of two or three words between commas, right before the verb: "The Kremlin's spokesman, Dmitry Peskov, ". */
const APPOSED_NAME_END = /\p{Ll},\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2},\s*$/u;

/** A subordinate clause opening the sentence, up to its comma: "Although Armenia denied …, " (a short term in marks may stand in it). */
const SUBORDINATE =
	/^\s*(?:As|Because|Although|Though|While|Whereas|Even though|Even as|Despite|When|Whenever|If|Once|After|Before|Since|Until|Unless)\b(?:[^,;:“”"«»]|“[^“”\n]{1,40}”){3,200},\s+/;
/** A subordinate clause's verb and the unnamed person it addresses: "asked one of their staff", "told a nurse". */
const ADDRESSED_UNNAMED = /\b(?:asked|told|met|approached)\s+(?:one\s+of|a|an|another)\s/;
/** Where the last clause joined by ", and", ", but", ", while" or ";" (then a subject's capital or "the") starts, or -1. */
function lastClauseStart(head: string): number {
	let at = -1;
	CLAUSE_JOIN.lastIndex = 0;
	for (let m = CLAUSE_JOIN.exec(head); m; m = CLAUSE_JOIN.exec(head)) at = m.index + m[0].length;
	return at;
}
const CLAUSE_JOIN =
	/(?:,\s+(?:and|but|while|whereas)|;|,\s+however(?:,?\s+(?:in|on|at|after)\s+[^,;“”"«»]{1,40}?)?,?)\s+(?=[Tt]he\s|\p{Lu})/gu;

/** The end of the sentence that starts at `from` (a full stop and a space, or the paragraph's end). */
export function sentenceEndAfter(prose: string, from: number, end: number): number {
	const m = /[.!?](?=\s|$)/.exec(prose.slice(from, end));
	return m ? from + m.index + 1 : end;
}

/** A name of one to three words that signs a quote. */
const SIGNER = String.raw`(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){0,2})`;
/** A name alone, maybe after a dash, ending a headline's paragraph after its quote. */
const HEADLINE_NAME = new RegExp(String.raw`^\s*(?:[—–-]\s*)?${SIGNER}\s*$`, 'u');
/** A quote signed with a dash, however long its paragraph: "“…” — Ulviya Jumayeva, 50, from Shusha". */
const DASH_SIGNED = new RegExp(String.raw`^\s*[—–]\s*${SIGNER}(?:,\s*[^.!?“”"«»]{1,80})?\s*$`, 'u');
/** Who signs a quote that ends its paragraph (`rest`: the words after it): a name alone under a headline (`short`), or after a dash. */
export function signedAfter(rest: string, short: boolean): string | null {
	return (short ? HEADLINE_NAME.exec(rest)?.[1] : null) ?? DASH_SIGNED.exec(rest)?.[1] ?? null;
}
