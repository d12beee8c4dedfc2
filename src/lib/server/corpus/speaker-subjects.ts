/**
 * The subjects of a paragraph's verbs ("Pashinyan sent", "the ministry said", "As for X, he"): the
 * people and bodies a later "he", "it" or "the ministry" most likely stands for. Split from speakers.ts.
 */
import { actionVerbsIn, AS_FOR, OPENING_PARTICIPLE, subjectAtEnd } from './attribution';
import { ADVERB, PERSONAL_VERB } from './attribution-verbs';
import { VERB_FIRST, WH_CLAUSE } from './attribution-head';
import { PRONOUN } from './speaker-forms';
import { isTitleOnly } from './speaker-descriptor';
import { AFTER_PLACE_WORD, cleanName, dropLeadingPlaces } from './speaker-names';
import { personBeforeOf } from './speaker-tokens';
import { NAME } from './subject-at-end';
import { FACTION } from './subject-apposed';
import { lastWord } from './text-ends';
import { isOutletName, isStop } from './words';
import { isDateline } from './judge-shape';
import { WORLD } from './judge-cues';

/** A person's two names, "of" and the body they work for up to where subjectAtEnd's name starts. */
const OWNER_OF =
	/(?:^|[\s(])(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.&-]*|of|and|for)\s+){0,7}(?:(?:in|at)\s+)?$/u;
/** "MP Fazil Mustafa of the Great Order party": a member's two names before their faction, ending the words before a verb. */
const MEMBER_OF_FACTION = new RegExp(
	String.raw`(?:^|[\s(])(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+)${FACTION},?\s+$`,
	'u'
);
const FACTION_HEADS = new Set(['faction', 'party', 'bloc', 'alliance', 'group']);
/** A speech verb after a comma, then a person's full name: the subject of an attribution put after its words. */
const INVERTED = new RegExp(
	String.raw`^(?:${VERB_FIRST})\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})(?=[,.;]|\s+(?:on|in|at|who|after)\b)`,
	'u'
);

/** Words that may follow an appositive's closing comma and are no verb ("X, a driver, and Y"; "Further, he said that if …, it would"). */
const NOT_A_VERB =
	'and|or|but|nor|who|whom|which|whose|that|the|an?|in|on|at|of|for|to|with|from|by|as|his|her|their|its|than|then|not|it|he|she|they|we|you|there|this';
/**
 * A sentence that opens with its subject and puts words between it and its verb, any verb: "Hasanov,
 * meanwhile, inspected …", "Melkonyan, whose son serves near Tegh, is less sure", "The head of the
 * regional administration, Nune Ghazaryan, also a woman …, was more careful", "In Baku, X, the president's adviser, was
 * more expansive". The commas say that what
 * follows the last one is the predicate, so no verb list is needed. Sticky: tried at sentence starts.
 */
const OPENING_SUBJECT = new RegExp(
	String.raw`(?:(?:The|An?|Another|One)\s+[^,.!?;:“”"«»]{1,80}?,\s+|(?:In|At|From)\s+\p{Lu}[\p{L}-]+,\s+)?(${NAME})(?:,\s+[^,.!?;:“”"«»]{1,100})+,\s+(?:(?:${ADVERB})\s+)?(?!(?:${NOT_A_VERB})\b)\p{Ll}{2,}\b`,
	'uy'
);
/** Where a sentence may start: the paragraph's start, or after a sentence's end mark. */
const SENTENCE_START = /(?:^|[.!?]["”’»]?\s+)(?=\p{Lu})/gu;

export interface Candidate {
	pos: number;
	name: string;
	org: boolean;
}

/** The subjects of the verbs of `text` (a paragraph starting at `start` in the body), in text order. */
export function subjectsIn(
	text: string,
	start: number,
	isOrg: (name: string) => boolean,
	placeLike: (name: string) => boolean = () => false
): Candidate[] {
	const out: Candidate[] = [];
	const add = (raw: string, pos: number) => {
		// "a retired engineer from Karmir Shuka, near Shushi, said": the name after "from" is a place.
		if (AFTER_PLACE_WORD.test(text.slice(Math.max(0, pos - 8), pos))) return;
		let name = dropLeadingPlaces(cleanName(raw), isOrg);
		// "Minister of Territorial Administration and Infrastructure Hayk Khanumyan": after "and" or
		// "of", the first capital of three closes the institution's name, not the person's.
		// ("Minister of Ecology and Natural Resources Mukhtar Babayev": the last two of four.)
		if (/\b(?:and|of|for)\s+$/.test(text.slice(Math.max(0, pos - 5), pos)) && name.split(' ').length >= 3)
			name = name.split(' ').slice(-2).join(' ');
		// "We spoke to her at the hospital": the reporter's "we" (or "I", "you") is nobody "she" can stand for.
		// "The Prime Minister noted": a title alone names nobody "he" could stand for (the person named with it is found by name).
		if (
			name &&
			!/^(The|A|An|As|When|But|And|In|On|At|For|We|I|You|Us|Our|My|Your)$/.test(name) &&
			!PRONOUN.test(name) &&
			!WH_CLAUSE.test(name) &&
			!OPENING_PARTICIPLE.test(name) &&
			!isTitleOnly(name)
		) {
			// ("Lawmaker Aram Vardanyan met": the name starts after the title cleanName drops, which is its role.)
			const inside = raw.indexOf(name);
			// (An outlet opening a sentence is a body "it" may stand for: "Novaya Gazeta was sharper. Its columnist argued".)
			out.push({ pos: start + pos + Math.max(0, inside), name, org: isOrg(name) || isOutletName(name) });
		}
	};
	// Verbs are rarer than capitals: find them first, then look back for the subject.
	for (const v of actionVerbsIn(text)) {
		const before = text.slice(Math.max(0, v - 160), v);
		const s = subjectAtEnd(before);
		// (A subject of "expected" or "agreed" counts only in full: "Dornia wanted calm" names a state, not a person.)
		if (
			s &&
			!(
				PERSONAL_VERB.test(text.slice(v, v + 12)) &&
				(!s.name.includes(' ') || placeLike(s.name) || WORLD.has(s.name))
			)
		)
			add(s.name, v - before.length + s.at);
		// "Rusif Huseynov of the Topchubashov Center in Baku said": the person before "of" is a subject too,
		// whom a later "he" stands for (subjectAtEnd gives the body or the town).
		// (Only where an "of" stands shortly before that name: the pattern is tried at every character.)
		const ofAt = s ? before.lastIndexOf(' of ', s.at) : -1;
		const from = Math.max(0, ofAt - 60);
		const owner = ofAt >= 0 && s!.at - ofAt < 90 ? OWNER_OF.exec(before.slice(from, s!.at)) : null;
		if (owner && personBeforeOf([...owner[1]!.split(/\s+/), 'of', 'the'], 3))
			add(owner[1]!, v - before.length + from + owner.index + owner[0].indexOf(owner[1]!));
		// "MP Fazil Mustafa of the Great Order party said": the verb follows the faction's lowercase head, so subjectAtEnd
		// finds no name; the member is the subject a later "he" stands for.
		const member =
			!s && FACTION_HEADS.has(lastWord(before).replace(/,$/, '')) ? MEMBER_OF_FACTION.exec(before) : null;
		if (member && personBeforeOf([...member[1]!.split(/\s+/), 'of', 'the'], 3))
			add(member[1]!, v - before.length + member.index + member[0].indexOf(member[1]!));
		// "…, said Andranik Chavushyan, the head of the local community": the subject after its verb.
		const after = text.charCodeAt(v - 2) === 44 ? INVERTED.exec(text.slice(v, v + 80)) : null;
		if (after) add(after[1]!, v + after[0].length - after[1]!.length);
	}
	// Only where a comma follows a capitalised word opening a sentence (most sentences have none).
	if (text.includes(', ')) {
		const seen = new Set(out.map((c) => c.pos));
		SENTENCE_START.lastIndex = 0;
		for (let m = SENTENCE_START.exec(text); m; m = SENTENCE_START.exec(text)) {
			OPENING_SUBJECT.lastIndex = m.index + m[0].length;
			const hit = OPENING_SUBJECT.exec(text);
			if (m[0].length === 0) SENTENCE_START.lastIndex++;
			if (!hit) continue;
			const name = hit[1]!;
			const at = hit.index + hit[0].indexOf(name);
			// ("Later, Pashinyan, in parliament, said": an opening adverb is no subject; a town is where.)
			if (seen.has(start + at) || isStop(name.replace(/^The\s+/, '').split(' ')[0]!) || placeLike(name))
				continue;
			// ("KHRAMORT, Artsakh - From the yard …": a dateline in capitals, no one "she" can stand for.)
			if (isDateline(text, at, name)) continue;
			add(name, at);
		}
	}
	// exec, not matchAll: matchAll copies the regex for every paragraph, and "As for" is rare.
	AS_FOR.lastIndex = 0;
	for (let m = AS_FOR.exec(text); m; m = AS_FOR.exec(text)) add(m[1]!, m.index);
	return out.sort((a, b) => a.pos - b.pos);
}

/**
 * "accepted a proposal by the Russian peacekeeping command", "a ceasefire proposed by the command of …": a body whose
 * proposal or mediation the sentence reports is not the one issuing the statement (the subject who accepted it is).
 */
const ACTED_ON_BY =
	/\b(?:(?:proposal|mediation|request|initiative|offer)\s+(?:by|of|from)|(?:proposed|brokered|mediated|offered|requested|suggested)\s+by)\s+(?:the\s+)?$/;
/**
 * The body that is no place (placeLike: "Moscow said it" stands for the ministry) named last before
 * `pos` in paragraph pi, else in the paragraphs before it down to `to`; `lists` are per-paragraph names,
 * the verbs' subjects first (a body that spoke before one only named).
 */
export function lastBodyBefore(
	lists: Candidate[][][],
	pi: number,
	pos: number,
	to: number,
	placeLike: (name: string) => boolean,
	/** The words before a candidate's position, up to 40 characters. */
	before: (pos: number) => string
): string | null {
	// ("…, the Presidential Administration said. … with the mediation of the command of the contingent, the statement said": the Administration.)
	for (let idx = pi; idx >= Math.max(0, to); idx--)
		for (const list of lists) {
			const bodies = (list[idx] ?? []).filter(
				(c) => c.org && c.pos < pos && !placeLike(c.name) && !ACTED_ON_BY.test(before(c.pos))
			);
			if (bodies.length) return bodies.reduce((a, b) => (b.pos > a.pos ? b : a)).name;
		}
	return null;
}

/** A line that introduces whose words follow: "Tigran Sahakyan, political analyst, Yerevan:", "Anna Grigoryan:". */
const INTRO = /^\s*(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2})(?:,\s[^:\n]{2,90})?:\s*$/u;

/** The name a paragraph that only introduces the quotes under it gives ("Name, role(, place):"), or null. */
export const introducedIn = (paragraph: string): string | null => INTRO.exec(paragraph)?.[1] ?? null;
