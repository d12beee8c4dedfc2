/**
 * A speaker given by a descriptor ("the ministry said", "the Russian president stated", "the village head said"):
 * the body or person the article named with that noun, or no one. Only a definite descriptor names someone.
 */
import type { Descriptor } from './speaker-descriptor';
import { introducedFor, isRegional } from './speaker-descriptor';
import type { SpeakerIndex } from './speaker-index';
import { isCountryDemonym } from './judge-cues';
import { ANY_DOCUMENT } from './speaker-issuer';

const ISSUED_OR_ANY = new RegExp(`^(?:${ANY_DOCUMENT})$`);
import { isEverydayNoun, isOrdinaryNoun, LOCAL_HEAD, RANK_AND_FILE, RANK_PREFIX } from './person-nouns';
import { namedOfNationality, namedWithNoun, OUTLET_NOUN } from './speaker-names';
import { UNNAMED_SPEAKER } from './speaker-kinds';
import { isHighOffice, soleHolderNamed } from './office-holders';

/** `raw`: the words that said it; `head`: the words around the quote; `tail`: those after it. */
export function descriptorResolver(
	prose: string,
	paragraphs: { start: number; end: number }[],
	index: SpeakerIndex,
	issuerOf: (noun: string, pi: number, pos: number) => string | null,
	date: string | undefined
) {
	const { canonical, lastBefore, firstAfterWithRole, titled, inLead, firstAfter, isPerson } = index;
	return (
		d: NonNullable<Descriptor>,
		raw: string,
		pi: number,
		pos: number,
		head: string,
		tail: string
	): string | null => {
		const at = head.lastIndexOf(raw);
		if (!d.definite) return null;
		if (ISSUED_OR_ANY.test(d.noun)) return issuerOf(d.noun, pi, pos);
		const org = d.kind === 'org';
		const noun = d.noun === 'statement' || d.noun === 'bulletin' ? undefined : d.noun;
		// "in the words of our Minister, “…”" with "Foreign Minister X" named only later: the first one after. "the Russian
		// defence ministry", "the foreign ministry in Baku accused": its country or place says whose, never any body named before.
		const own =
			org &&
			(/^\p{Lu}/u.test(raw) ||
				isRegional(raw) ||
				(at >= 0 && /^\s+(?:in|at)\s+\p{Lu}/u.test(head.slice(at + raw.length, at + raw.length + 8))));
		// "the Russian ministry": the body named before whose country the adjective names.
		const adjective = raw.split(' ')[0]!;
		const nation = raw.includes(' ') && isCountryDemonym(adjective);
		// "the Russian president stated" after Putin and Aliyev: the one whose role has that nationality.
		const people = !org && nation ? adjective.toLowerCase() : null;
		const proper = own && !nation && /^\p{Lu}/u.test(adjective) ? adjective : null;
		const ordinary = !org && isOrdinaryNoun(noun ?? '') ? titled(pos) : undefined;
		const everyday = !org && isEverydayNoun(noun ?? ''); // "the cafe owner said": introducedFor, else no one
		// "the President": the office's holder, never whoever was named last ("the former president": someone else).
		const office = !org && !nation && !!noun && isHighOffice(noun) && !FORMER.test(raw);
		const local = LOCAL_HEAD.test(raw); // "the village head": one introduced as running it a few paragraphs up
		const since = local ? Math.max(0, pos - 3000) : paragraphs[pi]!.start;
		// "the Kremlin press service said": a body named by its own name is one whose name holds it ("the Ministry said": its bare
		// noun is no body named before); "The Azerbaijani defence ministry said" after the Russian one: its country's, else as written.
		// ("FLASH: Ministry says …": the noun alone, capitalised, names no body.)
		const skipNamed = (n: string) =>
			(org && nation) || n === raw || (!!proper && !n.includes(proper)) || n.toLowerCase() === noun;
		// "the ministry spokesperson said": the ministry named before speaks through them.
		const ownerNoun = org ? undefined : BODY_NOUN_VOICE.exec(raw)?.[1];
		const body = ownerNoun ? lastBefore(pi, pos, true, ownerNoun) : null;
		if (body) return body;
		// "the EU spokesperson said" after Kremlin spokesman X: only one whose role names the EU (named before, or right
		// after: "said Kremlin spokesman X"); with none, the EU's own voice.
		const owner = org ? undefined : OWNER_WORD.exec(raw)?.[1];
		if (owner) {
			const role = `${owner.toLowerCase()} ${noun ?? ''}`;
			// ("the Kremlin official said" after Kremlin spokesman X: any role the owner's name is in.)
			const holder =
				lastBefore(pi, pos, false, role) ??
				(noun === 'official' ? lastBefore(pi, pos, false, owner.toLowerCase()) : null) ??
				firstAfterWithRole(pos, role);
			if (holder) return canonical(holder, pos);
			// (An official with no one so named is any official named before: "Spokesman X spoke. “…,” the Kremlin official said".)
			if (noun !== 'official') return owner;
		}
		// "“…,” the officer said." then "The officer, Maj. Gen. X, commands …": the one the next lines name so.
		const after = !org && noun ? namedRightAfter(prose, pos, noun) : null;
		if (after) return canonical(after, pos);
		const found =
			(org && noun && nation ? namedOfNationality(prose, pos, adjective, noun) : null) ??
			(people && noun ? lastBefore(pi, pos, false, `${people} ${noun}`) : null) ??
			lastBefore(pi, pos, org, noun, false, skipNamed) ??
			// "According to the department, …": a translation's word for the ministry named before (that nation's, if named).
			(noun === 'department'
				? nation
					? namedOfNationality(prose, pos, adjective, 'ministry')
					: lastBefore(pi, pos, org, 'ministry')
				: null) ??
			(org && !proper ? namedWithNoun(prose, pos, noun) : null) ??
			(org || !noun ? null : firstAfterWithRole(pos, noun)) ??
			// ("The Prime Minister says" where only "Pashinyan's resignation" names him: the one holder the article names.)
			(office ? soleHolderNamed(noun!, date, prose, pos) : null) ??
			(org ? null : introducedFor(noun ?? '', everyday, prose.slice(since, pos))) ??
			// "the 47-year-old officer told" with no officer named: the person the story follows (the last subject of a verb),
			// before anyone it merely names; "the diplomat said" after "…, a senior official said": that unnamed person.
			(OUTLET_NOUN.test(noun ?? '') ||
			// ("the officer says in the video": someone unnamed; "the 40-year-old officer told": the one the story follows.)
			(RANK_AND_FILE.test(noun ?? '') && !/\d-year-old\b/.test(tail || head.slice(-100))) ||
			own ||
			(org && nation) ||
			(!org && pinnedOffice(raw, nation, noun)) ||
			office ||
			everyday ||
			local ||
			(!org && UNNAMED_SPEAKER.test(prose.slice(Math.max(0, pos - 1500), pos)))
				? null
				: // ("said the Armenian driver": never President X named before.)
					((org ? null : lastBefore(pi, pos, false, undefined, true, ordinary)) ??
					lastBefore(pi, pos, org, undefined, false, ordinary)));
		// Not found: a person ("the driver said"), a statement no one issued, a region's body: no one; a body keeps its noun.
		if (found) return org ? found : canonical(found, pos);
		// A lead that quotes "the ministry" before naming it ("…,” the ministry noted." then "the Defence Ministry reported"): the first one named after.
		const named =
			org && noun && inLead(pi)
				? firstAfter(pi, pos, (n) => !isPerson(n) && n.toLowerCase().endsWith(noun))
				: null;
		return named ?? (org && noun && !isRegional(raw) ? raw : null);
	};
}

/**
 * "the British ambassador in Baku", "the Azerbaijani president's aide", "the last commander of the contingent", "the
 * Ombudsman": an office pinned to one holder by its seat, its owner, its time, its nation or its title's capital. With
 * no holder named so, it is no one, never the last person named, who holds some other office. ("the Azerbaijani
 * official", "the former ombudsman" are loose words for the last one named.)
 */
function pinnedOffice(raw: string, nation: boolean, noun: string | undefined): boolean {
	return (
		/\s(?:in|to)\s+\p{Lu}/u.test(raw) ||
		PERSON_OWNED.test(raw) ||
		/^(?:the\s+)?(?:last|previous|outgoing|incoming)\s/i.test(raw) ||
		((nation || /^(?:the\s+)?\p{Lu}\p{Ll}+$/u.test(raw)) &&
			/^(?:ambassador|envoy|aide|adviser|advisor|commander|ombudsman)$/.test(noun ?? ''))
	);
}
/** A title's holder before today's: "the former president", "the then-prime minister". */
const FORMER = /\b(?:former|ex|then|late|one-time)\b/i;
const PERSON_OWNED =
	/\b(?:president|prime minister|premier|minister|leader|commander|ambassador)[’']s\s+\p{Ll}/iu;
/** The body a spokesperson or an official speaks for, before the noun: an acronym, the Kremlin or a body's name ("the EU spokesperson", "the Kremlin official", "the European Union's spokesperson"). */
const OWNER_WORD =
	/^(?:the\s+)?(\p{Lu}{2,5}|Kremlin|Pentagon|(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Union|Ministry|Council|Committee|Commission|Government|Court|Parliament))(?:[’']s)?\s+(?:spokes(?:man|woman|person)|official)$/u;
/** A body's voice by the body's common noun: "the ministry spokesperson", "the department's spokesman". */
const BODY_NOUN_VOICE =
	/^(?:the\s+)?(ministry|department|committee|agency|service|government|embassy|commission|command)(?:[’']s)?\s+spokes(?:man|woman|person)$/;
/** A person's name of two or three words, after an optional rank or abbreviated titles ("Maj. Gen.", "Colonel"). */
const TITLED_NAME = String.raw`(?:(?:\p{Lu}\p{Ll}{1,4}\.\s+){0,3}|${RANK_PREFIX})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2}),`;
/** The name given in "The <noun>, <name>," within a few sentences after the quote at `pos`, or null. */
function namedRightAfter(prose: string, pos: number, noun: string): string | null {
	const window = prose.slice(pos, pos + 700);
	const at = window.indexOf(`The ${noun}, `);
	if (at < 0) return null;
	return new RegExp(`^The ${noun}, ${TITLED_NAME}`, 'u').exec(window.slice(at))?.[1] ?? null;
}
