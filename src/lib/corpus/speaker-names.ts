/**
 * Who the speakers of an article can be: the people and institutions it names, and how a phrase
 * before a speech verb becomes a name. "Lieutenant General Rustam Muradov" is Rustam Muradov (the
 * rank is a role); "the ministry said" is the ministry the article named before ("Azerbaijan’s
 * Ministry of Defence"); "the diplomat said" is the person named before; "a Russian analyst who
 * asked not to be named" is nobody.
 */

/** Roles, ranks and titles before a name: what follows the last of them is the name. */
const ROLE =
	/^(?:president|vice-president|minister|secretary|secretary-general|ambassador|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|chancellor|chairman|chairwoman|chair|chief|general|colonel|colonel-general|lieutenant|lieutenant-general|major|major-general|captain|sergeant|admiral|marshal|commander|defender|ombudsman|envoy|representative|head|director|leader|mayor|governor|premier|prime|deputy|senator|analyst|expert|professor|researcher|correspondent|journalist|patriarch|archbishop|bishop|mr\.|mrs\.|ms\.|dr\.|sen\.|gen\.|lt\.|col\.|maj\.|capt\.)$/i;
const DETERMINER = /^(?:the|a|an)$/i;

/** "Russia’s Deputy Foreign Minister Mikhail Galuzin" → "Mikhail Galuzin"; drops a leading article. */
export function cleanName(phrase: string): string {
	let tokens = phrase
		.replace(/[\s,;:]+$/, '')
		// "stated Shoygu." — a full stop after a word (not an initial like U.S.) ends the sentence.
		.replace(/(?<=\p{Ll}{2})\.$/u, '')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	while (tokens.length > 1 && DETERMINER.test(tokens[0]!)) tokens = tokens.slice(1);
	const lastRole = tokens.findLastIndex((t) => ROLE.test(t));
	if (lastRole >= 0 && lastRole < tokens.length - 1 && /^\p{Lu}/u.test(tokens[lastRole + 1]!)) {
		tokens = tokens.slice(lastRole + 1);
	}
	return tokens.join(' ');
}

/** Nouns that stand for an institution named earlier ("the ministry said"). */
const ORG_NOUN = /\b(ministry|government|office|service|committee|council|agency|administration|headquarters|command|embassy|presidency|kremlin|army|military|statement|bulletin)$/i;
/** Nouns that stand for a person named earlier ("the diplomat said"). */
const PERSON_NOUN =
	/\b(diplomat|minister|spokesman|spokeswoman|spokesperson|official|envoy|ambassador|commander|general|president|premier|leader|aide|adviser|advisor|ombudsman|officer|negotiator|mediator|politician)$/i;

/** A speaker phrase with no capitalised name in it: "ministry", "the diplomat", "a Russian military analyst who". */
export type Descriptor = { kind: 'org' | 'person'; definite: boolean; noun: string } | null;

export function descriptorOf(speaker: string, before: string): Descriptor {
	const words = speaker.split(/\s+/);
	// "a Russian military analyst who asked not to be named": nobody the reader can name.
	if (/\b(?:a|an)\s*$/i.test(before) || /\b(?:who|which|that)$/.test(speaker)) return { kind: 'person', definite: false, noun: '' };
	// A capitalised word other than a nationality makes it a name ("Azerbaijani Defence Ministry").
	if (words.some((w) => /^\p{Lu}/u.test(w) && !/(?:ian|ani|ese|ish|ic)$/u.test(w))) return null;
	const last = words[words.length - 1]!.replace(/[’']s$/, '');
	const definite = true;
	const org = ORG_NOUN.exec(last);
	if (org) return { kind: 'org', definite, noun: org[1]!.toLowerCase() };
	const person = PERSON_NOUN.exec(last);
	if (person) return { kind: 'person', definite, noun: person[1]!.toLowerCase() };
	return null;
}

/**
 * Institutions the article names, in text order: "Russia’s defence ministry", "the Ministry of
 * Defense of the Republic of Azerbaijan", "Azerbaijan’s State Border Service", "the Artsakh government".
 */
const INSTITUTION = new RegExp(
	String.raw`(?:(?:\p{Lu}[\p{L}-]*(?:’s|'s)?\s+)+(?:(?:defen[cs]e|foreign|interior|emergency|emergencies|culture|justice|state|border|press)\s+)*(?:ministry|government|service|office|committee|council|headquarters|administration|command)\b|(?:(?:\p{Lu}[\p{L}-]*(?:’s|'s)?\s+)+(?:\p{Lu}[\p{L}-]*\s+)*)?(?:Ministry|Office|Committee|Council|Administration|Service|Government|Embassy)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,4}|(?:\p{Lu}[\p{L}-]*(?:’s|'s)?\s+)+(?:\p{Lu}[\p{L}-]*\s+)*(?:Ministry|Service|Office|Committee|Council|Government|Headquarters|Administration|Command)\b|\bpress service of the \p{Lu}[\p{L}-]*(?:\s+of\s+\p{Lu}[\p{L}-]*)?)`,
	'gu'
);

export interface Named {
	pos: number;
	name: string;
	org: boolean;
}

export function institutionsIn(prose: string): Named[] {
	const out: Named[] = [];
	INSTITUTION.lastIndex = 0;
	for (let m = INSTITUTION.exec(prose); m; m = INSTITUTION.exec(prose)) {
		const name = m[0].replace(/^(?:The|A|An)\s+/, '').trim();
		// "In a statement, Russia’s…": the run of capitals may begin with a sentence's first word.
		const trimmed = name.replace(/^(?:In|On|At|But|And|Meanwhile|Earlier|Later|Separately|Also)\s+/, '');
		// "The ministry" names nothing: it points back to one named before.
		if (/^\p{Lu}/u.test(trimmed) && !/^(?:Ministry|Government|Service|Office|Committee|Council|Headquarters|Administration|Command)$/.test(trimmed)) {
			out.push({ pos: m.index + (m[0].length - trimmed.length), name: trimmed, org: true });
		}
	}
	return out;
}

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:de|van|von|al|el|bin|ibn|da|di|la|le)\s+\p{Lu}[\p{L}’'-]+|\s+\p{Lu}[\p{L}’'-]+){1,2}`;
/** People the article names: after a role ("spokeswoman Maria Zakharova"), "According to X", "X, a …,". */
const PERSON = new RegExp(
	String.raw`(?:\b(?:[Pp]resident|[Mm]inister|[Ss]pokes(?:man|woman|person)|[Gg]eneral|[Cc]olonel|[Cc]ommander|[Aa]mbassador|[Aa]ide|[Aa]dviser|[Oo]mbudsman|[Dd]efender|[Ee]nvoy|[Ll]eader|[Hh]ead|[Pp]remier|[Dd]iplomat|[Aa]ccording to|[Ss]ecretary|[Cc]hairman)\s+(${NAME})|(${NAME}),\s+(?:a|an|the)\s|,\s+(${NAME}),\s+(?:said|says|told|added|stated)\b)`,
	'gu'
);

export function peopleIn(prose: string): Named[] {
	const out: Named[] = [];
	PERSON.lastIndex = 0;
	for (let m = PERSON.exec(prose); m; m = PERSON.exec(prose)) {
		const raw = (m[1] ?? m[2] ?? m[3])!;
		const name = cleanName(raw);
		out.push({ pos: m.index + m[0].indexOf(raw) + raw.length - name.length, name, org: false });
	}
	return out;
}

/** "a statement by Azerbaijan’s State Border Service read", "a statement from the Artsakh government read". */
export const TAIL_STATEMENT =
	/^[\s,]*(?:a|the|in a)\s+statement\s+(?:issued\s+|published\s+|released\s+|posted\s+)?(?:by|from|of|on)\s+(?:the\s+)?(.{1,90}?)\s+(?:read|reads|said|says|stated|added)\b/u;
/** "…,” Hikmet Hajiyev, foreign policy adviser to the president, told Anadolu. */
export const TAIL_NAME_APPOSITIVE = new RegExp(String.raw`^[\s,]*(${NAME}),\s[^"“”«»]{1,140}?,\s+(?:\w+\s+)?(?:said|says|told|added|stated|noted|stressed|wrote|explained|warned)\b`, 'u');
