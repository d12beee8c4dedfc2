/**
 * The speaker named before a quote in its own sentence ("Aliyev said: “…”", "X offered talks,
 * saying “…”", "…, said Naira X, the editor. In her words, “…”"). Split from attribution.ts.
 */
import { speechVerbsIn, subjectBefore, TAIL_VERB_FIRST } from './attribution';
import { COMMA, endsWithMark } from './text-ends';
import { cleanName } from './speaker-names';

/** "…, saying", "a statement saying": a participle whose subject is the clause's, at its head. */
const PARTICIPLE_AFTER = /^(?:saying|telling|adding|stating)\b/;
const PARTICIPLE_CUE = /(?:,|\b(?:statement|letter|message|post|note|video))\s*$/;
/** The clause's subject at its head, before its first verb: "Georgian Prime Minister Giorgi Gakharia offered …". */
const CLAUSE_HEAD =
	/^\s*(?:(?:On|In|At|After|Later|Earlier)\b[^,]{0,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)(?:,\s[^,]{1,80},)?\s+(?:(?:also|later|then|on\s+\p{Lu}\p{Ll}+day)\s+)?\p{Ll}+(?:ed|s)\b/u;

const HOW_SPEAKER =
	/\bhow\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'.-]*)(?:,\s[^,:]{1,60},)?\s+(?:described|put|explained|summed up|recalled|told)\b[^“”"«»:]{0,80}:\s*$/u;
/** Verbs whose subject may follow them (", said X"); "told" and "asked" take an object there. */
const VERB_FIRST_WORD = /^(?:said|says|added|adds|stated|noted|stressed|explained|wrote|warned)\b/;
/** The subject of the first speech verb in `head` (the words before a quote), or null. */
export function subjectOfHead(head: string): string | null {
	// "A correspondent recalled how Colonel X, a logistics officer, described the year: «…»": the one
	// whose words the colon opens, not the one who recalls them.
	const how = head.includes('how ') ? HOW_SPEAKER.exec(head) : null;
	if (how) return cleanName(how[1]!);
	for (const at of speechVerbsIn(head)) {
		// "Giorgi Gakharia offered to host talks between Baku and Yerevan, saying …": Gakharia, not Yerevan.
		const clause =
			PARTICIPLE_AFTER.test(head.slice(at, at + 8)) && PARTICIPLE_CUE.test(head.slice(0, at))
				? CLAUSE_HEAD.exec(head)
				: null;
		if (clause) return cleanName(clause[1]!);
		// "Peacemakers are the only defence, said Naira X, the editor. In her words, … “…”": after a
		// comma, the verb comes first and its subject after it.
		// ("X, who did not give his name, told Caspian News …": "told" takes its object after it.)
		const first =
			endsWithMark(head.slice(0, at), COMMA) && VERB_FIRST_WORD.test(head.slice(at, at + 10))
				? TAIL_VERB_FIRST.exec(head.slice(at))
				: null;
		if (first && /^\p{Lu}/u.test(first[1]!)) return cleanName(first[1]!);
		const raw = subjectBefore(head.slice(0, at));
		if (raw) return raw;
	}
	return null;
}

/** The end of the sentence that starts at `from` (a full stop and a space, or the paragraph's end). */
export function sentenceEndAfter(prose: string, from: number, end: number): number {
	const m = /[.!?](?=\s|$)/.exec(prose.slice(from, end));
	return m ? from + m.index + 1 : end;
}
