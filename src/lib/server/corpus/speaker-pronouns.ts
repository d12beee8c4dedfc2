/**
 * What "he", "she", "it" and "they" before or after a quote stand for: the last person (or, for it and
 * they, institution) named before, skipping one the pronoun cannot be ("she" is no man: speaker-sex.ts,
 * and no one the article already called "he"); in a lead that quotes before naming, the first named
 * after; an unnamed subject ("A Russian officer who would not give his name …") stays unknown.
 * Split from speakers.ts.
 */
import type { Paragraph, Span } from './extract';
import type { speakerIndex } from './speaker-index';
import { speechVerbsIn } from './attribution-verbs';
import { lastNameGivenAs } from './speaker-self-named';
import { ISSUED_DOCUMENT } from './speaker-issuer';
import { officeHolderNamed } from './office-holders';
import { ANONYMOUS, definiteUnnamed, UNNAMED_SUBJECT } from './speaker-unnamed';
import { sexJudge, sexOfNoun, type Sex } from './speaker-sex';
import { lastBodyClause, openingDescriptor } from './speaker-descriptor';
import { namedInText } from './speaker-kinds';

/** An unnamed subject who is many people ("His neighbours", "A group of residents"), not "One of the residents". */
const manyPeople = (subject: string) => /[^s]s$/.test(subject) && !/\b[Oo]ne\s+of\b/.test(subject);

/** What follows a name that says its bearer died: ", 22, was killed", " died". */
const DIED_AFTER = /^(?:,\s+(?:aged\s+)?\d{1,3},)?\s+(?:(?:was|had\s+been)\s+(?:killed|shot\s+dead)|died)\b/;

/** Whether paragraph k names a person in [from, to). */
function namesPerson(index: ReturnType<typeof speakerIndex>, k: number, from: number, to: number): boolean {
	const { cands, named, isPerson } = index;
	return [...cands[k]!, ...named()[k]!].some(
		(c) => c.pos >= from && c.pos < to && !c.org && isPerson(c.name)
	);
}

/** Whether paragraph k names a person whose name ends at `end`. */
function namedEndingAt(index: ReturnType<typeof speakerIndex>, k: number, end: number): boolean {
	const { cands, named } = index;
	return [...cands[k]!, ...named()[k]!].some((c) => !c.org && c.pos + c.name.length === end);
}

/** The resolver for one article (of `date`): resolve(pronoun, paragraph index, position) → a name or null. */
export function pronounResolver(
	prose: string,
	paragraphs: Paragraph[],
	index: ReturnType<typeof speakerIndex>,
	date?: string,
	/** Each paragraph's sentences (speakers.ts's context), in text order. */
	sentences?: Span[][]
): (pron: string, pi: number, pos: number) => string | null {
	const { cands, named, isPerson, canonical, lastBefore, inLead, firstAfter } = index;
	/** The pronoun each person was already resolved from ("she said" → Arpine is "she"). */
	const sexes = new Map<string, string>();
	/** What the name itself says ("Marine Hakobyan" is "she", "Mr Pashinyan" is "he"), when it says. */
	const sexOf = sexJudge(prose);
	/** Whether the text says before `pos` that `name` died ("His son, Sergeant X, 22, was killed in 2020"): no "he" who speaks after. */
	const diedBefore = (name: string, pos: number) => {
		for (let at = prose.indexOf(name); at >= 0 && at < pos; at = prose.indexOf(name, at + 1))
			if (DIED_AFTER.test(prose.slice(at + name.length, at + name.length + 40))) return true;
		return false;
	};
	const personIn = (ks: number[], from: number, to: number) =>
		ks.some((k) => namesPerson(index, k, from, to));
	/** A short paragraph whose subject is an unnamed person who speaks, kept unnamed, and names no one. */
	const unnamedSource = (k: number) => {
		const p = paragraphs[k]!;
		const text = prose.slice(p.start, p.end);
		const m = text.length <= 400 ? UNNAMED_SUBJECT.exec(text) : null;
		// (A speech verb: a source, not someone the story only mentions, "A tractor driver … was wounded".)
		if (
			m &&
			m.index === 0 &&
			ANONYMOUS.test(text) &&
			speechVerbsIn(text).length > 0 &&
			!personIn([k], 0, p.end)
		)
			return true;
		// "… the streets were quiet. A local official reached by phone said Russian trucks had passed": the paragraph's
		// last sentence, an unnamed person who speaks, with no one named after.
		const s = sentences?.[k]?.at(-1);
		const last = s ? prose.slice(s.start, s.end).trim() : '';
		return (
			last.length > 0 &&
			last.length <= 300 &&
			UNNAMED_SUBJECT.exec(last)?.index === 0 &&
			UNNAMED_SAYS.test(last) &&
			!personIn([k], s!.start, p.end)
		);
	};
	return (pron: string, pi: number, pos: number): string | null => {
		const wantOrg = pron === 'it' || pron === 'they';
		// "a resident who gave her name only as Anahit. / “…,” she said": the name the source gave, when no one is named since.
		if (!wantOrg) {
			const start = paragraphs[Math.max(0, pi - 1)]!.start;
			const gave = lastNameGivenAs(prose.slice(start, pos));
			const since = gave ? start + gave.end : pos;
			// ("… who gave his name only as Gagik. / Samantha Power … “…,” she said": not the man.)
			if (gave && gave.pron !== opposite(pron) && !personIn(pi > 0 ? [pi - 1, pi] : [pi], since, pos))
				return gave.name;
		}
		// "A Russian officer who would not give his name was blunter. “…,” he said": the paragraph's
		// unnamed subject, not a person named before it.
		// Looked for in the few sentences before (a window: a paragraph may hold thousands of quotes).
		const from = Math.max(paragraphs[pi]!.start, pos - 400);
		const window = wantOrg ? '' : prose.slice(from, pos);
		let subject = wantOrg ? null : (UNNAMED_SUBJECT.exec(window) ?? definiteUnnamed(window));
		// ("His neighbours had already left. “…,” he said", "A group of residents wrote …. A peacekeeping officer told …":
		// many people are no one "he" stands for, the next unnamed subject may be; "One of the residents" is one.)
		if (subject && (pron === 'he' || pron === 'she') && manyPeople(subject[0])) {
			const at = subject.index + subject[0].length;
			const next = UNNAMED_SUBJECT.exec(window.slice(at));
			if (next) next.index += at;
			subject = next && !manyPeople(next[0]) ? next : null;
		}
		// ("Her husband was wounded near Hadrut. “…,” she says": an unnamed man is no one "she" stands for.)
		// ("Lyudmila, the mother of a soldier, told …": a noun in apposition to a name describes the one named.)
		const unnamed =
			subject &&
			(sexOfNoun(/\p{L}+$/u.exec(subject[0])?.[0] ?? '') === opposite(pron) ||
				(subject[0].startsWith(',') && namedEndingAt(index, pi, from + subject.index)))
				? null
				: subject;
		// ("The contingent's commander told reporters …. “…,” he said": an office, its holder named before, is no one unnamed.)
		const holder = unnamed ? officeHolderNamed(unnamed[0].replace(/^[.!?\s]+/, ''), date, prose, pos) : null;
		if (holder) return canonical(holder, pos);
		if (unnamed && (unnamed.index > 0 || from === paragraphs[pi]!.start)) {
			// Only a person named after the unnamed subject ("A Russian officer, Major X, …") is who "he" is.
			const since = from + unnamed.index + unnamed[0].length;
			// "A resident of Askeran said": a name after "of" or "from" says where the person is from.
			const here = [...cands[pi]!, ...named()[pi]!].some(
				(c) =>
					c.pos > since &&
					c.pos < pos &&
					!c.org &&
					isPerson(c.name) &&
					!/\b(?:of|from|in|near)\s+$/.test(prose.slice(c.pos - 6, c.pos))
			);
			if (!here) return null;
		}
		// "A young sergeant at the gate, who would not give his name, said …" as a paragraph of its own,
		// then "“…,” he said" opening the next, which names nobody before it: that unnamed source.
		if (!wantOrg && !unnamed && pi > 0 && !personIn([pi], 0, pos) && unnamedSource(pi - 1)) return null;
		// "she said" after Arpine was "she": "he" is not Arpine (the pronouns the article already used for a person).
		const other = opposite(pron);
		const found = lastBefore(
			pi,
			pos,
			wantOrg,
			undefined,
			false,
			other
				? (n) =>
						(sexes.get(n) ?? sexOf(n.includes(' ') ? n : canonical(n, pos))) === other || diedBefore(n, pos)
				: undefined
		);
		if (wantOrg) return found;
		if (found) {
			const who = canonical(found, pos);
			sexes.set(found, pron).set(who, pron);
			return who;
		}
		// A lead that quotes before naming ("“…,” she said." then "Maria Zakharova made the remarks…"):
		// with nobody named before, the first person named after, there or in the next paragraph. Only
		// a headline or a dateline may stand before it (no full stop ends them): after narration
		// ("The convoy left at dawn."), "he" is someone the text never named.
		const first = inLead(pi) ? firstAfter(pi, pos, isPerson) : null;
		return first ? canonical(first, pos) : null;
	};
}

/**
 * A pronoun whose own paragraph says whom it stands for: "…, the ministry added. “…,” it said" (the body the
 * paragraph's last attribution names), "The minister, for her part, urged …. “…,” she said" (the title the
 * paragraph opens with, when no one is named since: its holder named before, else the title as a speaker).
 * Undefined when the paragraph says nothing of the kind; `resolve` reads a phrase as an attribution would.
 */
export function paragraphPronoun(
	prose: string,
	paragraphs: Paragraph[],
	index: ReturnType<typeof speakerIndex>,
	resolve: (phrase: string, pi: number, pos: number) => string | null
): (pron: string, pi: number, pos: number) => string | null | undefined {
	return (pron, pi, pos) => {
		const p = paragraphs[pi]!;
		const before = prose.slice(p.start, pos);
		if (pron === 'it' || pron === 'they') {
			const clause = lastBodyClause(before);
			if (clause && speechVerbsIn(before.slice(clause.end)).length === 0) {
				const body = resolve(clause.phrase, pi, p.start + clause.end);
				// ("…, their presidency said in a statement. “…,” it said": a body by no name of its own is one named
				// before with its noun, else no one, not another body named before.)
				const noun = clause.phrase.slice(clause.phrase.lastIndexOf(' ') + 1).toLowerCase();
				// ("Their bulletin says that “…”": a document is the voice of the body named before, not a body.)
				if (!clause.owned || ISSUED_DOCUMENT.test(noun)) return body ?? undefined;
				return body?.toLowerCase().includes(noun) ? body : null;
			}
			// ("A popular Telegram channel, Rybar, was blunter: “…,” it wrote": the body the paragraph names with its kind.)
			return (pron === 'it' && namedInText(before)) || undefined;
		}
		const opening = pron === 'he' || pron === 'she' ? openingDescriptor(before) : null;
		if (!opening || namesPerson(index, pi, p.start + opening.end, pos)) return undefined;
		const holder = opening.noun ? index.lastBefore(pi, p.start, false, opening.noun) : null;
		return holder ? index.canonical(holder, pos) : resolve(opening.phrase, pi, p.start + opening.end);
	};
}

/**
 * "his wife says" after "with his wife, Ruzanna,", "the woman said": the one the article introduced with
 * that noun, else the nearest person of the noun's sex, as "he" or "she" would be ("Rima said. Her
 * brother said": a man, not Rima).
 */
export function kinResolver(
	index: ReturnType<typeof speakerIndex>,
	resolvePronoun: (pron: string, pi: number, pos: number) => string | null
): (raw: string, pi: number, pos: number) => string | null {
	return (raw, pi, pos) => {
		const noun = raw.slice(raw.lastIndexOf(' ') + 1);
		const named = index.lastBefore(pi, pos, false, noun);
		if (named) return index.canonical(named, pos);
		return resolvePronoun(
			/^(?:man|boy|father|husband|son|grandfather|brother|uncle|nephew|grandson|widower)$/.test(noun)
				? 'he'
				: 'she',
			pi,
			pos
		);
	};
}

/** The pronoun of the other sex, or null ("it", "they"). */
const opposite = (pron: string): Sex | null => (pron === 'he' ? 'she' : pron === 'she' ? 'he' : null);

/** "A local official reached by phone said": the sentence's subject, no name set beside it by a comma, and its speech verb. */
const UNNAMED_SAYS = /^[^,;]{0,80}?\b(?:said|says|told|tells|added)\b/;
