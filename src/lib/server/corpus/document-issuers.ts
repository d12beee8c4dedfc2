/**
 * Who issued the document a quote's attribution names ("the decree reads", "the letter said", "Point 2 says"): the one
 * the text says signed, sent or published it before the quote, else a body named just before. Split from
 * speaker-issuer.ts, which reads the attribution's words.
 */
import { cleanName } from './speaker-names';
import { OUTLET_NAME } from './speaker-forms';
import { GROUP_DOCUMENT } from './speaker-shapes';
import { DOCUMENT, ISSUED, ISSUED_DOCUMENT, ISSUER_NAME, subjectOfSentence } from './speaker-issuer';

/**
 * Words around a document's noun that give it several signatories: "the trilateral statement", "signed by the leaders of …",
 * "X, Y and Z sign" (a part of it, "Point 3 reads", then speaks for no one body; `signedByMany` reads the words after one
 * signatory's name instead).
 */
const SEVERAL_SIGNED =
	/\b(?:trilateral|tripartite|joint)\s+(?:statement|declaration|agreement)|\bleaders\s+of\b|\b\p{Lu}\p{L}+,\s+(?:\p{Lu}\p{L}+\s+)+and\s+(?:\p{Lu}\p{L}+\s+)+sign/u;
/** Whose a document is, by its owner's pronoun: "her letter" is hers. */
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** A document named by its noun ("a letter from …", "the statement"). */
const DOCUMENT_NOUN = new RegExp(`\\b(?:${DOCUMENT})\\b`, 'gi');
const patterns = new Map<string, RegExp[]>();
/** What follows the first of several signatories: "of Azerbaijan, the Prime Minister of …", " and President Y". */
const SIGNATORIES_ON =
	/^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*)?(?:,\s+(?:the\s+)?\p{Lu}|\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*\s+(?:of\s|\p{Lu}))/u;

/**
 * Whether more signatories follow the first ("…, the Prime Minister of Armenia and the President of Russia"), not an
 * appositive on the one ("a letter from Karekin II, the Catholicos of All Armenians, in Etchmiadzin").
 */
const signedByMany = (after: string) => {
	if (!SIGNATORIES_ON.test(after)) return false;
	const end = after.search(/[.!?;]/);
	return /\sand\s/.test(end < 0 ? after : after.slice(0, end));
};

/**
 * The words naming who issued the last `noun` ("decree") in prose[from, pos), and where they stand; or
 * null. The caller bounds `from`: an older statement may be another body's.
 */
export function issuerBefore(
	prose: string,
	from: number,
	pos: number,
	noun: string
): { raw: string; at: number } | null {
	const before = prose.slice(from, pos);
	if (!before.includes(noun.slice(0, 5))) return null;
	let res = patterns.get(noun);
	if (!res) {
		const head = noun.startsWith('communiqu') ? 'communiqu[eé]' : noun;
		res = [
			// "Name, the region's leader, signed a decree dissolving …": the subject before the verb. ("Freedom House published its
			// annual Freedom in the World report": the document's own name may stand before its noun.)
			new RegExp(
				String.raw`\b(?:${ISSUED})\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,5}?${head}\b`,
				'gu'
			),
			// "a decree signed by President Name", "signed by separatist leader Name", "the statement, issued by the ministry on Monday,".
			new RegExp(
				String.raw`\b${head},?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:(?:${ISSUED})\s+)(?:(?:on|last|this)\s+\p{L}+\s+)?by\s+(?:(?:its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?(?:(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]*|the\s+\p{Ll}+)`,
				'gu'
			),
			// "published a message of President Name sent to the personnel", "a letter from the Ministry of Defense": whose the
			// document is, over who published or read it out.
			new RegExp(
				String.raw`\b${head}\s+(?:of|from)\s+(?:the\s)?((?<!the\s)(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}\p{Lu}[\p{L}’'-]*|(?<=the\s)${ISSUER_NAME})`,
				'gu'
			),
			// "the ministry said in a written statement", "X in Moscow said on Monday in its bulletin": the one who spoke in it.
			new RegExp(
				String.raw`\b((?:[Tt]he\s+)?${ISSUER_NAME}|[Tt]he\s+\p{Ll}+|he|she|it|they)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}’'-]*)?\s+(?:said|says|stated|noted|added|warned|declared|announced)\s+(?:[\p{L}\d]+\s+){0,3}?in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?${head}\b`,
				'gu'
			),
			// "her deputy read out her letter": its writer, by the pronoun of whose it is (resolved as "she").
			new RegExp(
				String.raw`\b(?:read\s+out|read|quoted|cited|published|released)\s+(his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?${head}\b`,
				'gu'
			),
			// "read out a letter from the village head, Slava Asryan": its writer, named after what they are.
			new RegExp(
				String.raw`\b${head}\s+from\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})`,
				'gu'
			),
			// "read out a letter the ombudsman Gegham Stepanyan had sent to the ICRC": who wrote it, not who read it out.
			new RegExp(
				String.raw`\b${head}\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:had\s+|has\s+)?(?:sent|written|signed|addressed)\b`,
				'gu'
			),
			// "In a statement distributed to the media, he said that …": who spoke in it (a pronoun resolved as any); "In a
			// situation report dated March 26, the charity listed its figures": a body by its noun, which set out what it gives.
			new RegExp(
				String.raw`\b[Ii]n\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?${head}\b[^.!?“”"«»]{0,120}?,\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]*|the\s+\p{Ll}+|he|she|it|they)\s+(?:said|says|stated|wrote|noted|added|warned|declared|listed|reported|summari[sz]ed|set\s+out|gave)\b`,
				'gu'
			)
		];
		patterns.set(noun, res);
	}
	let best: { raw: string; at: number } | null = null;
	let bestAt = -1;
	for (const m of before.matchAll(res[0]!)) {
		const sub = m.index >= bestAt ? subjectOfSentence(before.slice(0, m.index)) : null;
		if (sub) [best, bestAt] = [{ raw: sub.raw, at: from + sub.at }, m.index];
	}
	// ("a decree signed by its leader, X. The decree, published by the separatist authorities, …": who signed it, not who published it.)
	let signed = false;
	for (const re of res.slice(1))
		for (const m of before.matchAll(re)) {
			// ("the trilateral statement signed by the President of X, the Prime Minister of Y and …": no one issuer.)
			if (m.index < bestAt || signedByMany(before.slice(m.index + m[0].length))) continue;
			const signedBy = re === res[1] && /\bsigned\b/.test(m[0]);
			if (signed && re === res[1] && !signedBy) continue;
			signed ||= signedBy;
			// (A name ends at its sentence's full stop: "by its leader, X. The decree …"; an initial's does not end it.)
			const raw = OWNER_PRONOUN[m[1]!] ?? cleanName(m[1]!.replace(/(\p{Ll}{2})\.\s[^]*$/u, '$1'));
			[best, bestAt] = [{ raw, at: from + m.index }, m.index];
		}
	return best;
}

/**
 * "the decree reads", "the statement said": whoever the text says issued it; else, for a body's
 * statement, bulletin or message, the body (no place: "Moscow said it" stands for the ministry) named last
 * in this paragraph or the one before, else any named before; else nobody. Split from speakers.ts: `finish`
 * turns words into a speaker as speakers.ts does, `bodyBefore` and `lastBefore` are the article's index.
 */
export function issuerResolver(
	prose: string,
	paragraphs: { start: number; end: number }[],
	finish: (raw: string, pi: number, pos: number, head: string) => string | null,
	bodyBefore: (pi: number, pos: number, to: number) => string | null,
	lastBefore: (pi: number, pos: number, org: boolean) => string | null
): (noun: string, pi: number, pos: number) => string | null {
	return (noun, pi, pos) => {
		// "reading out a letter from the Ministry. The document says …": the document last named, by its own noun.
		if (noun === 'document') {
			const from = paragraphs[Math.max(0, pi - 1)]!.start;
			const named = [...prose.slice(from, pos).matchAll(DOCUMENT_NOUN)].pop();
			if (!named) return null;
			// ("The deal signed by the leaders of Russia, Azerbaijan and Armenia …. The statement …. Point 3 reads":
			// a document several signed speaks for no one body.)
			const at = from + named.index;
			if (SEVERAL_SIGNED.test(prose.slice(Math.max(from, at - 200), at + 80))) return null;
			noun = named[0].toLowerCase();
		}
		// A body issues many statements (the one before may be another's); a decree or an order has one signatory.
		const body =
			/^(?:statement|bulletin|readout|communiqu|message|clarification|announcement|(?:press |news )?release)/.test(
				noun
			);
		// "The separatists' statement was issued in X. “…,” the statement said": a group's, no body's the text names.
		if (body && GROUP_DOCUMENT.test(prose.slice(paragraphs[pi]!.start, pos))) return null;
		const issuer = issuerBefore(
			prose,
			body ? paragraphs[Math.max(0, pi - 1)]!.start : Math.max(0, pos - 3000),
			pos,
			noun
		);
		if (issuer && !ISSUED_DOCUMENT.test(issuer.raw)) {
			const ip = paragraphs.findLastIndex((p) => p.start <= issuer.at);
			const who = finish(issuer.raw, ip, issuer.at, '');
			// ("the agency said in a statement" under the masthead "TURAN Information Agency": a body, not the outlet that reports it.)
			if (who && !(OUTLET_NAME.test(who) && !/^\p{Lu}/u.test(issuer.raw))) return who;
		}
		if (!body) return null;
		// A readout is one call's or one meeting's: the body said to give it in the same paragraph, or no one.
		if (noun === 'readout') return bodyBefore(pi, pos, pi);
		// ("The Ministry demands …" over it: a body's bare noun, in the fullest form the article gives the body.)
		const named = bodyBefore(pi, pos, pi - 1);
		if (named && !named.includes(' ')) return finish(named, pi, pos, '') ?? named;
		return named ?? lastBefore(pi, pos, true);
	};
}
