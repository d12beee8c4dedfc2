/**
 * "the channel claimed" after "The Telegram channel Rybar … wrote": a back-reference by a kind noun
 * stands for the name the article last gave with that noun, as "he" stands for the last person
 * named. The name is found next to its noun ("the news agency APA", "the Rybar channel", "the
 * Azerbaijan State News Agency"). Only asked when such a phrase speaks, so the patterns cost nothing
 * on most articles.
 */
import { isCountryDemonym } from './judge-cues';
import { BODY_DOCUMENT } from './words';
import { isCountryName } from './suggestions';

/** Kinds of body the press names in apposition to a common noun. Ministries are found by institutionsIn. */
const KIND_WORDS = 'channel|agency|outlet|newspaper|website|portal|broadcaster';
const KIND = new RegExp(`^(?:${KIND_WORDS}|service)$`);
/** Kinds that are no institution of state: "the channel" never stands for a ministry named before. */
export const OUTLET_NOUN = /^(?:channel|outlet|newspaper|website|portal|broadcaster)$/;
const WORD = String.raw`\p{Lu}[\p{L}\p{N}’'.-]*`;
/** Words that are no name of their own: an article, a platform, a nationality ("the Russian news agency TASS"). */
const NOT_A_NAME =
	/^(?:The|A|An|Its|Their|Telegram|YouTube|Facebook|Instagram|TikTok|VKontakte|State|News|TV|\p{Lu}\p{L}*(?:ian|ani|ese|ish|ic))$/u;
/** How far back the name is looked for: a few paragraphs. */
const WINDOW = 2000;

/** The last kind noun of a text, any case: "channel" in "A popular Telegram channel, Rybar, was blunter:". */
const KIND_IN = new RegExp(String.raw`\b(${KIND_WORDS})\b(?!.*\b(?:${KIND_WORDS})\b)`, 'is');

/** The body a text names last with its kind noun ("Rybar" in "A popular Telegram channel, Rybar, was blunter:"), or null. */
export function namedInText(text: string): string | null {
	const kind = KIND_IN.exec(text);
	return kind ? namedWithNoun(text, text.length, kind[1]!.toLowerCase()) : null;
}

/** The name the text gives with `noun` last before `pos` ("Rybar" for "channel"), or null. */
export function namedWithNoun(prose: string, pos: number, noun: string | undefined): string | null {
	if (!noun || !KIND.test(noun)) return null;
	const from = Math.max(0, pos - WINDOW);
	const before = prose.slice(from, pos);
	if (!before.toLowerCase().includes(noun)) return null;
	const cap = noun[0]!.toUpperCase() + noun.slice(1);
	const patterns = [
		// "the Telegram channel Rybar", "the news agency APA": the name after the noun.
		// ("A popular Telegram channel, Polevaya Pochta, wrote": the name in apposition.)
		new RegExp(String.raw`\b${noun},?\s+(${WORD}(?:\s+${WORD}){0,3})`, 'gu'),
		// "the Rybar Telegram channel", "Interfax news agency": the name before it.
		new RegExp(String.raw`(${WORD}(?:\s+${WORD}){0,3})\s+(?:(?:news|state|online|TV)\s+)*${noun}\b`, 'gu'),
		// "the Azerbaijan State News Agency": the noun is part of the name.
		new RegExp(String.raw`(${WORD}(?:\s+${WORD}){0,3}\s+${cap})\b`, 'gu'),
		// "the UN refugee agency", "the EU border agency", "the U.N. refugee agency": a body's initials, what it does, its noun.
		new RegExp(
			String.raw`\b((?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})(?:\s+(?!news\b|state\b|online\b)\p{Ll}+){1,2}\s+${noun})\b`,
			'gu'
		)
	];
	let best: { at: number; name: string } | null = null;
	for (const re of patterns) {
		for (const m of before.matchAll(re)) {
			const words = m[1]!.split(/\s+/);
			// "the agency APA. Personnel and equipment …": a full stop after a word that is no dotted
			// abbreviation ("U.S.") ends the name.
			const stop = words.findIndex((w) => /^[^.]+\.$/.test(w));
			if (stop >= 0) words.splice(stop, words.length, words[stop]!.slice(0, -1));
			// "The Telegram", "Russian": trim what is no name; "Azerbaijan State News Agency" keeps its own words.
			while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
			while (words.length && NOT_A_NAME.test(words[words.length - 1]!) && words[words.length - 1] !== cap)
				words.pop();
			if (words.length === 0 || (words.length === 1 && words[0] === cap)) continue;
			if (!best || m.index >= best.at) best = { at: m.index, name: words.join(' ') };
		}
	}
	return best?.name ?? null;
}

/** "…, a senior official said": an unnamed person the text later calls "the diplomat" (looked for a few paragraphs back). */
// ("A Western diplomat who follows the region, speaking on condition of anonymity, said": a clause between noun and verb;
// "a western diplomat in Moscow said": where the person is; "a French diplomat summed up the legacy": another verb of speech.)
export const UNNAMED_SPEAKER =
	/\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}?(?:official|diplomat|officer|representative|spokes(?:man|woman|person))\b(?:,?\s+(?:who|speaking)\b[^.!?“”"«»]{0,160}?|\s+(?:in|from|based\s+in)\s+\p{Lu}[\p{L}’'-]+)?\s+(?:said|says|told|tells|added|noted|notes|remarked|observed|explained|warned|recalled|(?:summed|sums|put|puts)\s+(?:it\b|up))\b/u;

/** The "of" phrases of an institution's name, on one line: " of Defence of the Russian Federation". */
const OF_PHRASES =
	/^(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}-]*)*)+/u;
/**
 * "the Russian ministry said" after "Armenia's Defence Ministry … the Russian Defence Ministry": the
 * body named last whose name has the nationality's country ("Russian Defence Ministry", "Russia's
 * Defence Ministry"), never another country's body of the same kind. Compared by the first four
 * letters, which the adjective and the country share (Russ-, Arme-, Azer-, Turk-, Geor-).
 */
export function namedOfNationality(
	prose: string,
	pos: number,
	adjective: string,
	noun: string
): string | null {
	const stem = adjective.slice(0, 4);
	const cap = noun[0]!.toUpperCase() + noun.slice(1);
	const from = Math.max(0, pos - WINDOW);
	for (let at = prose.lastIndexOf(cap, pos - cap.length); at >= from; at = prose.lastIndexOf(cap, at - 1)) {
		// (From the paragraph's start at most: a headline's last word is no part of the name the next paragraph opens with.)
		const words = prose
			.slice(Math.max(from, at - 60, prose.lastIndexOf('\n', at - 1) + 1), at)
			.split(/\s+/)
			.slice(-4, -1);
		// "the Ministry of Defence of Russia": the nation in the name's "of" phrases after the noun.
		const of = OF_PHRASES.exec(prose.slice(at + cap.length, at + cap.length + 80));
		if (of && of[0].split(/\s+/).some((w) => w.startsWith(stem))) {
			// ("the Defence Ministry of Azerbaijan": the capitals before the noun are the name's too.)
			const before = words
				.slice(words.findLastIndex((w) => !/^\p{Lu}[\p{L}-]*$/u.test(w)) + 1)
				.filter((w) => w !== 'The');
			return [...before, `${cap}${of[0]}`].join(' ');
		}
		const first = words.findIndex((w) => w.startsWith(stem));
		if (first < 0 || !words.slice(first).every((w) => /^\p{Lu}/u.test(w))) continue;
		return `${words
			.slice(first)
			.join(' ')
			.replace(/[’']s$/, '')} ${cap}`;
	}
	return null;
}

/** "a statement from Ankara", "a communiqué issued by Baku": a capital (`raw`) as a statement's source in `head`. */
export const capitalIssued = (raw: string, head: string) =>
	(head.includes(` from ${raw}`) || head.includes(` by ${raw}`)) && /\b(?:statement|communiqu)/.test(head);

/**
 * "Artsakh Information Center" for "Information Center": the body's name with capitalised words before it (not "the", not a
 * possessive, not "press service of the"); "Ministry of Foreign Affairs of the Republic of Azerbaijan" for "Ministry of Foreign
 * Affairs": with its state after "of".
 */
export const fullerBody = (name: string, raw: string) =>
	(name.endsWith(` ${raw}`) && /^(?:(?!The\s)\p{Lu}[\p{L}-]* )+$/u.test(name.slice(0, -raw.length))) ||
	statedBody(name, raw);
/** "Ministry of Foreign Affairs of the Republic of Azerbaijan" for "Ministry of Foreign Affairs": the body with its state. */
export const statedBody = (name: string, raw: string) =>
	name.startsWith(`${raw} of `) && STATE_AFTER.test(name.slice(raw.length));
/** A state after a body's name: " of the Republic of Azerbaijan", " of Armenia". */
const STATE_AFTER = /^ of (?:the )?(?:Republic of )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u;

/** The bodies a nation's "side" speaks through, in the order a translation's "side" most often stands for them. */
const SIDE_BODIES = ['ministry', 'service', 'government', 'presidency', 'office', 'command'];
/**
 * "The Turkish side stated": the body of that nation named last before `pos` (its ministry, else its
 * service, …), else the phrase as written; null when the phrase is no nation's side.
 */
export function sideOf(raw: string, prose: string, pos: number): string | null {
	const side = /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+side$/u.exec(raw);
	if (!side || !isCountryDemonym(side[1]!)) return null;
	return SIDE_BODIES.map((noun) => namedOfNationality(prose, pos, side[1]!, noun)).find(Boolean) ?? raw;
}

/** A ministry's acronym, with the nation before it ("the Russian MoD"), and the words it stands for. */
const BODY_ACRONYM = /^(?:the\s+)?(\p{Lu}\p{Ll}+\s+)?(MoD|MOD|MFA|MoFA)$/u;
const ACRONYM_WORDS: Record<string, string> = {
	MoD: 'defence ministry',
	MOD: 'defence ministry',
	MFA: 'foreign ministry',
	MoFA: 'foreign ministry'
};

/**
 * "the Russian MoD" → "Russian defence ministry", to be resolved as those words are; a bare "MoD" takes
 * the nation of the form the text wrote before (`written`: "the Russian MoD … the MoD said"). Null for
 * any other speaker.
 */
export function spelledOut(raw: string, written: () => string | null): string | null {
	const m = BODY_ACRONYM.exec(raw);
	if (!m) return null;
	const nation = m[1] ?? BODY_ACRONYM.exec(written() ?? '')?.[1] ?? '';
	return `${nation}${ACRONYM_WORDS[m[2]!]}`;
}

/**
 * "Azerbaijan rejected the accusation. Its defence ministry said …": the country a body's "Its" or
 * "Their" belongs to, the last one named in the 200 characters before it, or null.
 */
export function ownerOfPossessive(prose: string, pos: number): string | null {
	const words = prose.slice(Math.max(0, pos - 200), pos).match(/\p{Lu}\p{Ll}+/gu) ?? [];
	for (let k = words.length - 1; k >= 0; k--) if (isCountryName(words[k]!)) return words[k]!;
	return null;
}

/**
 * "a spokesperson for the ministry", "the ICRC's office in Stepanakert", "the ICRC delegation in Baku", "the ministry's
 * bulletin that day", "the ministry's channel": the body whose voice they are (a person's spokesperson is none), or
 * null. (An acronym's office or delegation only: "the Foreign Office" is a body.)
 */
const VOICE_OF = new RegExp(
	String.raw`^(?:(?:a|an|one)\s+spokes(?:man|woman|person)\s+for\s+(.+)|(.+?)[’']s\s+(?:press\s+office|office|(?:official\s+|own\s+)?(?:Telegram\s+)?channel|${BODY_DOCUMENT})\b.*)$`,
	'i'
);
/** A body's document by its possessive: "the Russian Defense Ministry's bulletin that day said". */
const OWN_DOCUMENT = new RegExp(String.raw`[’']s\s+(?:${BODY_DOCUMENT})`);
const ACRONYM_VOICE =
	/^(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:of|for|at)\s+)?(?:the\s+)?(\p{Lu}{2,6})(?:[’']s)?\s+(?:delegation|office)\b/u;
export function bodyOfVoice(raw: string, isBody: (name: string) => boolean): string | null {
	const m =
		raw.includes('spokes') || raw.includes('office') || raw.endsWith('channel') || OWN_DOCUMENT.test(raw)
			? VOICE_OF.exec(raw)
			: null;
	const a = !m && (raw.includes('delegation') || raw.includes('office')) ? ACRONYM_VOICE.exec(raw) : null;
	const body = m ? (m[1] ?? m[2]!) : (a?.[1] ?? null);
	return body && isBody(body) ? body : null;
}

/** A body's name with its possessive, then its document: "Crisis Group's earlier report", "Harbour Watch's annual study". */
const OWNED_DOCUMENT =
	/(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)[’']s(?:\s+[\p{Ll}-]+){0,2}\s+(?:report|study|survey|assessment|analysis|briefing)$/u;

/** The body whose report speaks in a subject such as "Crisis Group's earlier report" (not a country's: its government's), or null. */
export function ownedDocument(subject: string): string | null {
	const owner =
		subject.includes('’s ') || subject.includes("'s ") ? OWNED_DOCUMENT.exec(subject)?.[1] : undefined;
	return owner && !isCountryName(owner) ? owner : null;
}
