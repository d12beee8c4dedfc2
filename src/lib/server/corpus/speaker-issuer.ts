/**
 * Who issued the document a quote is read from: "“…,” the decree reads" after "Name signed a decree",
 * "the statement said" after "the ministry released a statement". The document only carries the
 * words: its issuer speaks them (eval/README), and a document nobody is named as issuing has no speaker.
 */
import { subjectAtEnd, subjectBefore } from './attribution';
import { cleanName, DETERMINER } from './speaker-names';

/** Documents quoted as their issuer's words ("the decree reads", "the order says"); statements and bulletins are bodies' (speaker-descriptor.ts). */
export const ISSUED_DOCUMENT = /^(?:statement|bulletin|communiqu[eé]|decree|order|resolution|letter|appeal|declaration)$/;
/** How a text says someone issued a document: "signed a decree", "released a statement", "put out a joint communiqué". */
const ISSUED = 'signed|issued|released|published|put out|adopted|posted|sent|circulated|distributed|made public';
const patterns = new Map<string, RegExp[]>();

/**
 * The words naming who issued the last `noun` ("decree") in prose[from, pos), and where they stand; or
 * null. The caller bounds `from` to the paragraph before: an older statement may be another body's.
 */
export function issuerBefore(prose: string, from: number, pos: number, noun: string): { raw: string; at: number } | null {
	const before = prose.slice(from, pos);
	if (!before.includes(noun.slice(0, 5))) return null;
	let res = patterns.get(noun);
	if (!res) {
		const head = noun.startsWith('communiqu') ? 'communiqu[eé]' : noun;
		res = [
			// "Name, the region's leader, signed a decree dissolving …": the subject before the verb.
			new RegExp(String.raw`\b(?:${ISSUED})\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?${head}\b`, 'gu'),
			// "a decree signed by President Name", "the statement, issued by the ministry on Monday,".
			new RegExp(String.raw`\b${head},?\s+(?:(?:${ISSUED})\s+)by\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]*|the\s+\p{Ll}+)`, 'gu')
		];
		patterns.set(noun, res);
	}
	let best: { raw: string; at: number } | null = null;
	let bestAt = -1;
	for (const m of before.matchAll(res[0]!)) {
		if (m.index < bestAt) continue;
		const s = before.slice(0, m.index);
		const start = s.search(/[^.!?\n]*$/);
		// The subject as the verb's subjects are found ("The Ministry of Defense of the Republic of X has"), else as a speech verb's.
		const sub = subjectAtEnd(s.slice(start));
		const raw = sub && !DETERMINER.test(sub.name) ? cleanName(sub.name) : subjectBefore(s.slice(start));
		if (raw) [best, bestAt] = [{ raw, at: from + start }, m.index];
	}
	for (const m of before.matchAll(res[1]!)) {
		if (m.index < bestAt) continue;
		const raw = cleanName(m[1]!);
		if (raw) [best, bestAt] = [{ raw, at: from + m.index }, m.index];
	}
	return best;
}
