/**
 * Place mentions of an article: the matcher's hits, corrected by the words around them, plus the
 * spelling variants it could not know. Each mention keeps the span of text that tied it and the
 * curated name it stands for (the trace the reader and the ingest report show).
 *
 * - A name inside an organisation's or outlet's own name (Russia Today, the Moscow Times, Public
 *   Radio of Armenia) is not a place.
 * - A town followed by the head of another feature (the Goris–Stepanakert road, the Lachin
 *   (Berdzor) corridor, the Aghdam monitoring centre) names that feature, not the town: it joins
 *   to the feature if one is curated under that name, else it is reported as one compound name.
 * - A capitalised name the matcher missed whose variant key matches one curated feature joins to
 *   it as a variant; one that could be two features is reported as ambiguous.
 */
import type { Paragraph, Span } from './extract';
import { pickByDate, type MatchKind, type Matcher, type PlaceMatch } from './matcher';
import { capitalisedRuns } from './scan';
import type { VariantIndex } from './variants';

export interface Mention extends PlaceMatch {
	/** The curated name the text stands for. */
	name: string;
	how: MatchKind;
}

/** A span that looked like a place but is not one, or names something with no curated feature. */
export interface SetAside extends Span {
	why: string;
	/** For a compound or an ambiguous name: reported as a place-like name. */
	report: boolean;
	/** Features an ambiguous name could be. */
	candidates?: string[];
}

/** Words that make a capitalised run an outlet's or organisation's own name. */
const ORG_WORD =
	/^(?:Times|Today|TV|Television|Radio|News|Agency|Press|Post|Daily|Network|Journal|Tribune|Herald|Gazette|Weekly|Review|Broadcasting|Channel|Telegraph|Observer|Insider|Mirror|Media|Online|Info|University|Bank|Airlines|Airways|Institute|School|Hotel|Stadium|Club|Company|Corporation|Railways|Foundation|Fund|FC|Headquarters|Information|Endowment|Carnegie)$/;
/** "Voice of America", "Public Radio of Armenia", "Bank of Georgia": an organisation named for a place. */
export const ORG_OF = /\b(?:Voice|Radio|Television|TV|Bank|University|Agency|News|Academy|Church|Patriarchate) of (?:the )?$/;
/**
 * Head words of features that carry a town's name: "the Lachin corridor" is not Lachin. Regions
 * and districts are left out on purpose: "the Kalbajar district" is still Kalbajar on this map.
 */
const FACILITY =
	/^[\s-]+((?:military |air |border |monitoring |joint |international )?(?:corridor|road|highway|motorway|route|bridge|checkpoint|check-point|crossing|airport|airfield|base|cent(?:re|er)|monastery|church|cathedral|river|reservoir|dam|tunnel|gorge|hydroelectric (?:power )?(?:plant|station)|power plant|mine))\b/i;
/** Kinds of curated features that are settlements or areas; every other kind is a facility or a line. */
const SETTLEMENT = new Set(['city', 'town', 'village', 'capital', 'region', 'country']);
/** "the old road", "the former corridor": the earlier of two versions of a feature. */
const OLD = /\b(?:old|former|original|previous|first)\s+$/i;
const TOWN = new Set(['city', 'town', 'village', 'capital']);
/** "the 102nd military base in Gyumri": a facility and the town it stands in name the facility. */
const IN_TOWN = /^\s+in\s+$/;
/** An editor's or the outlet's bracketed other name: "Lachin (Berdzor)", "Lachin [Berdzor]". */
const ASIDE = /^\s*[([]\s*([^()[\]\n]{1,40}?)\s*[)\]]/;
const DASH = /^\s*[-–—]\s*$/;

export interface MentionInput {
	body: string;
	/** Paragraphs that are reporting (furniture left out). */
	paragraphs: Paragraph[];
	matcher: Matcher;
	variants: VariantIndex;
	date: string;
	/** Words of the article's speakers: people, not places. */
	people: Set<string>;
}

export interface MentionResult {
	/** Sorted by start, never overlapping. */
	mentions: Mention[];
	setAside: SetAside[];
}

/** The capitalised words right before `at` on its line ("The Moscow" before " Times"). */
function runAround(body: string, start: number, end: number): { before: string; after: string } {
	let a = start;
	while (a > 0 && /[\p{L}’'.\s-]/u.test(body[a - 1]!) && body[a - 1] !== '\n') a--;
	const before = body.slice(a, start);
	const m = /^(?:[\s-]+\p{Lu}[\p{L}’'-]*)*/u.exec(body.slice(end, end + 60));
	return { before, after: m ? m[0] : '' };
}

function isOrganisation(body: string, m: Span): boolean {
	const { before, after } = runAround(body, m.start, m.end);
	const words = [...(/(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.exec(before)?.[0] ?? '').split(/\s+/), ...after.split(/[\s-]+/)];
	return words.some((w) => ORG_WORD.test(w)) || ORG_OF.test(before);
}

export function findMentions(input: MentionInput, raw: PlaceMatch[]): MentionResult {
	const { body, matcher, date } = input;
	const setAside: SetAside[] = [];
	const mentions: Mention[] = [];
	const labelled = (m: PlaceMatch, how?: MatchKind): Mention => {
		const ids = pickByDate(m.ids, date, matcher.entries, OLD.test(body.slice(Math.max(0, m.start - 20), m.start)));
		const label = matcher.label(body.slice(m.start, m.end), ids[0]!);
		return { ...m, ids, name: label.name, how: how ?? label.how };
	};
	for (let k = 0; k < raw.length; k++) {
		const m = raw[k]!;
		if (isOrganisation(body, m)) {
			setAside.push({ start: m.start, end: m.end, why: 'part of an organisation’s name', report: false });
			continue;
		}
		const entry = matcher.entries.get(m.ids[0]!);
		// A line, corridor or base already is the feature its head names.
		if (!SETTLEMENT.has(entry?.kind ?? '')) {
			const next = raw[k + 1];
			const nextKind = next ? matcher.entries.get(next.ids[0]!)?.kind : undefined;
			if (entry?.layer !== 'lines' && next && TOWN.has(nextKind ?? '') && IN_TOWN.test(body.slice(m.end, next.start))) {
				mentions.push({ ...labelled(m), end: next.end });
				k++;
			} else mentions.push(labelled(m));
			continue;
		}
		const aside = ASIDE.exec(body.slice(m.end, m.end + 60));
		const headAt = m.end + (aside ? aside[0].length : 0);
		const head = FACILITY.exec(body.slice(headAt, headAt + 60));
		if (!head) {
			mentions.push(labelled(m));
			continue;
		}
		const end = headAt + head[0].length;
		// "Lachin (Berdzor) corridor": either name with the head may be a curated feature.
		const tries = [body.slice(m.start, m.end), aside?.[1]].filter((t): t is string => !!t);
		let joined: Mention | null = null;
		for (const t of tries) {
			const phrase = `${t} ${head[1]}`;
			const hit = matcher.match(phrase)[0];
			if (hit && hit.start === 0 && hit.end === phrase.length) {
				const ids = pickByDate(hit.ids, date, matcher.entries);
				const label = matcher.label(phrase, ids[0]!);
				joined = { start: m.start, end, ids, name: label.name, how: 'alias' };
				break;
			}
		}
		// "Goris–Stepanakert road": the town before the dash belongs to the compound too.
		let start = m.start;
		const prev = mentions[mentions.length - 1];
		if (prev && DASH.test(body.slice(prev.end, m.start)) && matcher.entries.get(prev.ids[0]!)?.layer === 'places') {
			start = prev.start;
			mentions.pop();
		}
		if (joined) mentions.push({ ...joined, start });
		else setAside.push({ start, end, why: `names a ${head[1]!.toLowerCase()}, not the town: no curated feature`, report: true });
		// Matches inside the compound (the bracketed name) are part of it.
		while (k + 1 < raw.length && raw[k + 1]!.start < end) k++;
	}
	addVariants(input, mentions, setAside);
	mentions.sort((a, b) => a.start - b.start);
	return { mentions, setAside };
}

const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|President|Minister|General|Colonel|Major|Lieutenant|Captain|Ambassador|Spokesman|Spokeswoman)\.?\s+$/;
const SPEECH_AFTER = /^\s+(?:said|says|told|stated|added|asked|declared|noted|stressed|wrote)\b/;
const STOP = new Set(
	'The A An In On At As By For From To Of And But Or If So It He She They We This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
		' '
	)
);

/** Capitalised words the matcher left alone that are a spelling of one curated name. */
function addVariants(input: MentionInput, mentions: Mention[], setAside: SetAside[]) {
	const { body, paragraphs, variants, matcher, date, people } = input;
	const covered: Span[] = [...mentions, ...setAside].sort((a, b) => a.start - b.start);
	// Runs come in text order: a pointer into the sorted spans keeps the overlap test linear.
	let ci = 0;
	const free = (s: number, e: number) => {
		for (let k = ci; k < covered.length && covered[k]!.start < e; k++) if (s < covered[k]!.end) return false;
		return true;
	};
	for (const p of paragraphs) {
		for (const run of capitalisedRuns(body, p.start, p.end)) {
			while (ci < covered.length && covered[ci]!.end <= run.start) ci++;
			const words = [...body.slice(run.start, run.end).matchAll(/[^\s]+/g)];
			// The whole run first ("Mets Shen"), then each word.
			const pieces: [number, number][] = words.length > 1 ? [[run.start, run.end]] : [];
			for (const w of words) pieces.push([run.start + w.index!, run.start + w.index! + w[0].length]);
			for (const [s0, e0] of pieces) {
				const text = body.slice(s0, e0).replace(/[’']s$/, '');
				const e = s0 + text.length;
				if (STOP.has(text) || people.has(text) || !free(s0, e)) continue;
				if (TITLE_BEFORE.test(body.slice(Math.max(0, s0 - 16), s0)) || SPEECH_AFTER.test(body.slice(e, e + 12))) continue;
				const hit = variants.lookup(text);
				if (!hit) continue;
				const ids = pickByDate(hit.ids, date, matcher.entries);
				if (ids.length === 1) mentions.push({ start: s0, end: e, ids, name: hit.name, how: 'variant' });
				else setAside.push({ start: s0, end: e, why: 'spelling of more than one curated place', report: true, candidates: ids });
				// One hit per run: the rest of the run is the same name or its neighbour.
				break;
			}
		}
	}
}
