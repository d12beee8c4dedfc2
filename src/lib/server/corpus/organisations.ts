/**
 * Whether a curated name stands inside an outlet's or organisation's own name ("Russia Today",
 * "Interfax-Azerbaijan", "the European Union Mission in Armenia"): then it is no place mention.
 */
import type { Span } from './extract';
import { wordsStartBefore } from './scan';
import { ORG_OF, OUTLETS } from './words';

/** Words that make a capitalised run an outlet's or organisation's own name. */
export const ORG_WORD =
	/^(?:Times|Today|TV|Television|Radio|News|Agency|Press|Post|Daily|Network|Journal|Tribune|Herald|Gazette|Weekly|Review|Broadcasting|Channel|Telegraph|Observer|Insider|Mirror|Media|Online|Info|University|Bank|Airlines|Airways|Institute|School|Hotel|Stadium|Club|Company|Corporation|Railways|Foundation|Fund|FC|FK|PFK|Headquarters|Information|Endowment|Carnegie|InfoCenter|Infocenter|Gas|Telecom|Energy|Holding|Signal|Independent|Party|Alliance|Bloc|Movement|Army|Navy)$/;

/** The capitalised words right before `at` on its line ("The Moscow" before " Times"). */
function runAround(body: string, start: number, end: number): { before: string; after: string } {
	// Names are a few words: 60 characters back is enough, and walking to the line's start was quadratic.
	const before = body.slice(wordsStartBefore(body, Math.max(0, start - 60), start), start);
	// "Armenia of Tomorrow": a name may run on after "of" or "for".
	const m = /^(?:(?:[\s-]+|\s+(?:of|for)\s+)\p{Lu}[\p{L}’'-]*)*/u.exec(body.slice(end, end + 60));
	return { before, after: m ? m[0] : '' };
}

/** The word before "in" that makes what follows part of a mission's name (see isOrganisation). */
const MISSION_IN = /(?:Mission|Embassy|Consulate|General) in $/;

const isGap = (c: string | undefined) => c === ' ' || c === '-' || c === '\u00a0';
/** "the Karabakh Observer’s posts": the outlet's word with a possessive is still the outlet's. */
const isOrgWord = (w: string) => ORG_WORD.test(w.replace(/[’']s$/, ''));
/** "the Bright Valley party", "the Valley of Tomorrow bloc": a party's name ends before its lowercase head. */
const PARTY_HEAD = /^\s+(?:party|bloc|alliance|movement)\b/;

/** Whether the word touching `at` on the side `dir` starts with a capital ("The Moscow", "Russia Today"). */
function capitalNeighbour(body: string, at: number, dir: 1 | -1): boolean {
	let k = dir > 0 ? at : at - 1;
	if (!isGap(body[k])) return false;
	while (isGap(body[k])) k += dir;
	if (dir < 0) while (k > 0 && /[\p{L}’'.-]/u.test(body[k - 1]!)) k--;
	return /\p{Lu}/u.test(body[k] ?? '');
}

export function isOrganisation(body: string, m: Span): boolean {
	// Most names stand among lowercase words: nothing to look at (checked by hand, it was a hot spot).
	if (
		!capitalNeighbour(body, m.end, 1) &&
		!capitalNeighbour(body, m.start, -1) &&
		!/of (?:the )?$/.test(body.slice(Math.max(0, m.start - 7), m.start)) &&
		!MISSION_IN.test(body.slice(Math.max(0, m.start - 22), m.start)) &&
		!/^\s+(?:of|for)\s+\p{Lu}/u.test(body.slice(m.end, m.end + 8))
	) {
		return false;
	}
	const { before, after } = runAround(body, m.start, m.end);
	// The capitalised words right before the name, then those after it.
	const prior = before.trimEnd().split(/\s+/);
	for (let k = prior.length - 1; k >= 0 && /^\p{Lu}/u.test(prior[k]!); k--) if (ORG_WORD.test(prior[k]!)) return true;
	// "Interfax-Azerbaijan": an outlet's name joined to the place by a hyphen.
	// Only a word ending in a hyphen can be one: the end-anchored pattern is tried at every start.
	const joinedTo = before.endsWith('-') ? /(\p{L}+)-$/u.exec(before) : null;
	if (joinedTo && OUTLETS.has(joinedTo[1]!)) return true;
	// "the European Union Mission in Armenia", "the Russian Embassy in Yerevan": a mission's own name ends with where it works.
	if (before.endsWith(' in ') && /\p{Lu}[\p{L}-]* (?:Mission|Embassy|Consulate(?: General)?) in $/u.test(before)) return true;
	// "the Artsakh Defense Army", "the Karabakh Self-Defence Forces": a force's own name. A state's "Azerbaijan Army" is its
	// proper name too (ORG_WORD; settled in session 11, eval/README), unlike "Azerbaijan's army" or "the army of Azerbaijan".
	if (after.includes('Defen') && /^[\s-]+(?:Self-)?Defen[cs]e\s+(?:Army|Forces)\b/.test(after)) return true;
	// "Sputnik Armenia reported": an outlet's brand right before the name makes its local edition ("Reuters Armenia's" aside).
	const brand = prior[prior.length - 1];
	if (brand && OUTLETS.has(brand) && before.endsWith(' ') && !/^[’']/.test(body.slice(m.end, m.end + 1))) return true;
	// The party's name is the whole capitalised run, the place with a word before or after it.
	const named = after.trim() !== '' || /^\p{Lu}/u.test(prior[prior.length - 1] ?? '');
	if (named && PARTY_HEAD.test(body.slice(m.end + after.length, m.end + after.length + 12))) return true;
	return after.split(/[\s-]+/).some(isOrgWord) || ((before.endsWith('of ') || before.endsWith('of the ')) && ORG_OF.test(before));
}
