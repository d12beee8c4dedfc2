/**
 * Who the article names, and where: the subjects of its verbs and every person and body it names,
 * per paragraph, and the look-ups speakers.ts makes in them ("the last person named before", "the
 * full name a surname stands for"). Split from speakers.ts; built once per article.
 */
import type { Paragraph } from './extract';
import { introducedIn, lastBodyBefore, subjectsIn, type Candidate } from './speaker-subjects';
import { fullNameInText, OUTLET_NAME, PERSON_NAME, surnameAfterInText } from './speaker-forms';
import { institutionsIn, isTitleOnly, roleOf, type Named } from './speaker-names';
import { loneNameMentions, type PeopleByParagraph } from './speaker-people';
import { isCountryDemonym, PLACE_FIRST } from './judge-cues';
import { STREET } from './words';
import { sexOfGivenName } from './given-names';
import { PERSON_TITLE, roleFits } from './person-nouns';
import { CLAUSE_WORD, hostOf } from './speaker-shapes';

/** An initial and a surname: "A. Hakobyan". */
const INITIAL = /^(\p{Lu})\.\s+(\p{Lu}\p{Ll}[\p{L}’'-]*)$/u;
/** A paragraph ending like a sentence of narration, not a headline or a dateline. */
const SENTENCE_END = /[.!?]["”’»]?\s*$/;
/** A sentence's opening words before a name: its start, maybe a possessive and a noun ("His colleague", "Armenia's foreign minister, "). */
const OPENS_SENTENCE =
	/[.!?]["”’]?\s+(?:(?:His|Her|Their)\s+\p{Ll}+\s+|(?:\p{Lu}\p{L}+[’']s|The)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+)?$/u;
/** A title or a trade in a role (PERSON_TITLE). */
const TITLED = new RegExp(`\\b(?:${PERSON_TITLE})\\b`, 'i');

/** The end of a list of places before its last item: "from Baku, Ganja and ", "in Goris or ". */
const PLACE_LIST_END =
	/\b(?:from|in|at|near|to|via)\s+\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+(?:and|or)\s+$/u;
/** "the Institute of World Economy and International Relations": the words after "and" end a body's name, no subject. */
const BODY_NAME_AND =
	/\b(?:Institute|Cent(?:er|re)|Ministry|Department|Committee|Council|School|Academy|University|Agency|Foundation)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,3}and\s+$/u;
/** A possessive inside a capitalised run ("Russia's RIA Novosti"). */
const POSSESSIVE_INSIDE = /[’']s\s/;
/** A plural common noun opening a sentence ("Soldiers arrived", "Residents say"): a group, never one person. */
const GROUP_NOUN = /^\p{Lu}\p{Ll}+(?:ers|ors|ants|ents|ists|ysts|ians|ials|ees|ies|ives)$/u;

/** The names of one article and the look-ups over them (see the header). */
export function speakerIndex(
	prose: string,
	paragraphs: Paragraph[],
	isOrg: (name: string) => boolean,
	placeLike: (name: string) => boolean,
	people: PeopleByParagraph
) {
	// ("Volunteers from Baku, Ganja and Sumgayit continued": the last of a list of places is a place, not a subject.)
	const before = (c: Candidate, n: number) => prose.slice(Math.max(0, c.pos - n), c.pos);
	const cands: Candidate[][] = paragraphs.map((p) =>
		subjectsIn(prose.slice(p.start, p.end), p.start, isOrg, placeLike).filter(
			(c) =>
				(c.org || c.name.includes(' ') || !PLACE_LIST_END.test(before(c, 60))) &&
				!(prose.startsWith('and ', c.pos - 4) && BODY_NAME_AND.test(before(c, 80)))
		)
	);
	const persons = new Map<string, boolean>();
	/**
	 * A person is a name of up to three words ("Residents of Tartar" is none) that is no institution, nor a people ("no more
	 * Armenians left": a demonym is never "the prime minister"), nor a place or a street ("The Middle Corridor", "Tumanyan Street").
	 */
	const isPerson = (n: string) => {
		let v = persons.get(n);
		if (v === undefined)
			persons.set(
				n,
				(v =
					PERSON_NAME.test(n) &&
					// ("Russia's RIA Novosti": a possessive inside makes a phrase, not a person's name.)
					!POSSESSIVE_INSIDE.test(n) &&
					!isTitleOnly(n) &&
					!isOrg(n) &&
					!OUTLET_NAME.test(n) &&
					!(PLACE_FIRST.test(n) || STREET.test(n)) &&
					(n.includes(' ') || (!isCountryDemonym(n) && !GROUP_NOUN.test(n))))
			);
		return v;
	};
	// Everyone the article names, speaking or not, in text order: what "he" and "the ministry" point
	// back to. Found on first need: many articles quote only people named in full.
	let namedCache: Named[][] | null = null;
	const named = (): Named[][] => {
		if (namedCache) return namedCache;
		const persons = people();
		namedCache = paragraphs.map((p, i) => {
			const list = institutionsIn(prose.slice(p.start, p.end));
			for (const n of list) n.pos += p.start;
			return [...list, ...persons[i]!];
		});
		loneNameMentions(prose, paragraphs, namedCache);
		return namedCache;
	};
	let bySurnameCache: Map<string, string[]> | null = null;
	/** Full names by their last word: "Zakharova" → ["Maria Zakharova"]. */
	const bySurname = (): Map<string, string[]> => {
		if (bySurnameCache) return bySurnameCache;
		const fullNames = new Set<string>();
		for (const list of cands)
			for (const c of list) if (!c.org && c.name.split(' ').length > 1) fullNames.add(c.name);
		for (const list of named())
			for (const n of list) if (!n.org && n.name.includes(' ')) fullNames.add(n.name);
		bySurnameCache = new Map();
		for (const f of fullNames) {
			const last = f.slice(f.lastIndexOf(' ') + 1);
			bySurnameCache.set(last, [...(bySurnameCache.get(last) ?? []), f]);
		}
		return bySurnameCache;
	};
	// Asked for the whole prose, so the same for every quote a surname says: once per name.
	const inText = new Map<string, string | null>();
	const fullInText = (name: string): string | null => {
		if (!inText.has(name)) inText.set(name, fullNameInText(prose, name, prose.length, isOrg));
		return inText.get(name) ?? null;
	};
	/** One name form per person in an article: "Zakharova" is the "Maria Zakharova" named before. */
	const canonical = (name: string, pos: number): string => {
		const words = name.split(' ').length;
		// "A. Hakobyan" is the Artak Hakobyan named before (the one full name with that initial).
		const initial = words === 2 ? INITIAL.exec(name) : null;
		if (initial) {
			const full = (bySurname().get(initial[2]!) ?? []).filter(
				(f) => f !== name && f.startsWith(initial[1]!)
			);
			const inText = full.length ? null : fullInText(initial[2]!);
			return full.length === 1 ? full[0]! : inText?.startsWith(initial[1]!) ? inText : name;
		}
		// "First Last" is already a full name.
		if (words === 2 || (words > 2 && isOrg(name))) return name;
		// ("Recep Tayyip Erdoğan": three words that open on a given name are a full name, not a title and a name.)
		if (words > 2 && !sexOfGivenName(name.slice(0, name.indexOf(' ')))) {
			// "Human Rights Defender Gegham Stepanyan" said once, "Gegham Stepanyan" elsewhere.
			const inner = (bySurname().get(name.slice(name.lastIndexOf(' ') + 1)) ?? []).find(
				(f) => f !== name && /^\p{Lu}/u.test(f) && name.endsWith(` ${f}`)
			);
			return inner ?? name;
		}
		const full = bySurname().get(name) ?? [];
		// "Mary says" after "23-year-old Mary Alaverdyan": a given name alone is the one person named with it.
		// ("Sona told" after "Sona Avanesyan did not take much": a given name the press knows as one takes the surname after it first.)
		if (full.length < 2)
			return (
				full[0] ??
				(sexOfGivenName(name) ? surnameAfterInText(prose, name, pos, isOrg) : null) ??
				fullInText(name) ??
				surnameAfterInText(prose, name, pos, isOrg) ??
				name
			);
		// Two people share the surname (Ilham and Ramiz Aliyev, Artak and Davit Beglaryan): the one named
		// in full earlier in this paragraph; else the one whose role the paragraph echoes ("the former
		// minister paused"); else the one named last before the quote.
		const pi = paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
		const para = pi >= 0 ? paragraphs[pi]! : { start: pos, end: pos };
		const paraWords = new Set(
			prose
				.slice(para.start, para.end)
				.toLowerCase()
				.split(/[^\p{L}]+/u)
		);
		const echoes = (n: Named) =>
			(roleOf(n) ?? '').split(/[^\p{L}]+/u).some((w) => w.length >= 5 && paraWords.has(w.toLowerCase()));
		let here: Named | null = null;
		let echoed: Named | null = null;
		let last: Named | null = null;
		for (const list of [...named(), ...cands]) {
			for (const n of list) {
				if (!full.includes(n.name) || n.pos >= pos) continue;
				if (!last || n.pos > last.pos) last = n;
				if (n.pos >= para.start && (!here || n.pos > here.pos)) here = n;
				if (!echoed && echoes(n)) echoed = n;
			}
		}
		return (here ?? echoed ?? last)?.name ?? name;
	};
	const roles = new Map<string, { pos: number; role: string } | null>();
	/** The first role the article gives `name` before `pos` (a person keeps it: "the President" is who had it). */
	const knownRole = (name: string, pos: number): string | null => {
		if (!roles.has(name)) {
			let first: Named | null = null;
			for (const list of named())
				for (const n of list) if (n.name === name && roleOf(n) && (!first || n.pos < first.pos)) first = n;
			roles.set(name, first ? { pos: first.pos, role: roleOf(first)! } : null);
		}
		const hit = roles.get(name);
		return hit && hit.pos < pos ? hit.role : null;
	};
	/** Whether the article gave `name` a title or a trade before `pos` ("President Vladimir Putin"): no "driver" or "owner" then. */
	const titled = (pos: number) => (name: string) => TITLED.test(knownRole(name, pos) ?? '');
	/** The words of its sentence right before `pos` (a subject's title: "Press Secretary of the President of …"). */
	const ownWords = (pos: number) => {
		const w = prose.slice(Math.max(0, pos - 60), pos);
		const from =
			Math.max(w.lastIndexOf('.'), w.lastIndexOf('\n'), w.lastIndexOf('”'), w.lastIndexOf(',')) + 1;
		// ("Russian President X said that Armenian Prime Minister Y": Y's title starts after "that".)
		const clause = CLAUSE_WORD.exec(w.slice(from));
		return clause ? w.slice(from + clause.index + clause[0].length) : w.slice(from);
	};
	/** The last person (or institution) named before `pos`: in this paragraph, else any before. */
	const lastBefore = (
		pi: number,
		pos: number,
		org: boolean,
		noun?: string,
		subjectsOnly = false,
		skip?: (name: string) => boolean
	): string | null => {
		// A person is a name of two or three words ("Residents of Tartar" is none); "the deputy
		// minister" is a person named with that role, an institution is one with that noun in its name.
		const fits = (c: Named) =>
			c.pos < pos &&
			c.org === org &&
			!skip?.(c.name) &&
			(org
				? !noun || c.name.toLowerCase().includes(noun)
				: // A verb's subject carries no role: the words just before it ("Press Secretary of the President … Name said"),
					// or the role the article gave the name before ("President of Russia Vladimir Putin", then "Putin said").
					isPerson(c.name) &&
					(!noun ||
						roleFits((roleOf(c) ?? ownWords(c.pos)).toLowerCase(), noun) ||
						roleFits(knownRole(c.name, c.pos)?.toLowerCase() ?? '', noun)));
		// Subjects of the paragraph's verbs first ("Pashinyan sent a letter to Putin in which he…"),
		// then anyone it names; then the paragraph before, and so on.
		// The fitting one named last (the first of equals), no filtered copy; one not after the best is not judged.
		const latest = (list: Named[]) =>
			list.reduce<Named | null>((best, c) => ((!best || c.pos > best.pos) && fits(c) ? c : best), null);
		// (One named later opening a sentence is the latest subject: "“…,” said X. His colleague Y has been there." / "he said": Y.)
		for (let idx = pi; idx >= 0; idx--) {
			const subject = latest(cands[idx] ?? []);
			const other = subjectsOnly ? null : latest(named()[idx]!);
			const later = subject && other && other.pos > subject.pos;
			if (subject && !(later && OPENS_SENTENCE.test(prose.slice(Math.max(0, other.pos - 60), other.pos))))
				return subject.name;
			if (subjectsOnly) continue;
			if (other) return (org ? null : hostOf(prose, other, named()[idx]!, fits)) ?? other.name;
		}
		return null;
	};
	/** The first person named after `pos` in a role with that noun ("Foreign Minister X" for "the minister"). */
	const firstAfterWithRole = (pos: number, noun: string): string | null => {
		for (const list of named())
			for (const n of list)
				if (n.pos > pos && !n.org && isPerson(n.name) && roleFits(roleOf(n)?.toLowerCase() ?? '', noun))
					return n.name;
		return null;
	};
	/** Whether only a headline or a dateline (no full stop ends them) stands before paragraph pi. */
	const inLead = (pi: number) =>
		paragraphs
			.slice(0, pi)
			.every((p) => !SENTENCE_END.test(prose.slice(Math.max(p.start, p.end - 3), p.end)));
	/** The first name after pos that `fits`, there or in the next paragraph. */
	const firstAfter = (pi: number, pos: number, fits: (name: string) => boolean): string | null => {
		for (let idx = pi; idx <= pi + 1 && idx < paragraphs.length; idx++) {
			const after = [...cands[idx]!, ...named()[idx]!].filter((c) => c.pos > pos && fits(c.name));
			if (after.length) return after.reduce((a, b) => (b.pos < a.pos ? b : a)).name;
		}
		return null;
	};
	/** The first person or institution (no place: "the Kashatagh region administration X recommended …:") named in [from, to) of paragraph pi. */
	const firstNamed = (pi: number, from: number, to: number): string | null => {
		const inside = (c: { pos: number }) => c.pos >= from && c.pos < to;
		const all = [...(cands[pi] ?? []).filter(inside), ...named()[pi]!.filter(inside)].sort(
			(a, b) => a.pos - b.pos
		);
		return all.find((c) => !placeLike(c.name))?.name ?? null;
	};
	/** The body that is no place named last before `pos` in paragraph pi, else (down to paragraph `to`) one before. */
	const bodyBefore = (pi: number, pos: number, to: number) =>
		lastBodyBefore([cands, named()], pi, pos, to, placeLike, (at) => prose.slice(Math.max(0, at - 40), at));
	/** The first person paragraph k names, a verb's subject or not, in the article's one form of the name; and whether it names no one else. */
	const storyPerson = (k: number, pos: number): { name: string; only: boolean } | null => {
		const people = [...cands[k]!, ...named()[k]!].filter((c) => !c.org && isPerson(c.name));
		if (!people.length) return null;
		const first = people.reduce((a, c) => (c.pos < a.pos ? c : a));
		const name = canonical(first.name, pos);
		return { name, only: people.every((c) => canonical(c.name, pos) === name) };
	};
	/** The person a paragraph introduces, when it is only "Name, role(, place):" before quotes. */
	const introducedBy = (pi: number): string | null => {
		const before = paragraphs[pi - 1];
		const name = before ? introducedIn(prose.slice(before.start, before.end)) : null;
		return name && isPerson(name) ? name : null;
	};
	return {
		introducedBy,
		storyPerson,
		cands,
		named,
		isPerson,
		canonical,
		lastBefore,
		firstAfterWithRole,
		titled,
		inLead,
		firstAfter,
		firstNamed,
		bodyBefore
	};
}

/** What speakerIndex gives: the names, their order and the lookups speakers.ts and its helpers share. */
export type SpeakerIndex = ReturnType<typeof speakerIndex>;
