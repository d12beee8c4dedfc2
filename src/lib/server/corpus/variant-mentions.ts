/**
 * Capitalised words the matcher left alone that are a spelling of one curated name ("Khudawang",
 * "Lachyn checkpoint"): joined as variants, or reported when they could be two features or name a
 * facility or a unit with no curated feature. Split from mentions.ts, which runs it last.
 */
import type { Span } from './extract';
import { pickByDate } from './feature-versions';
import { facilityWhy, runsIntoDigits } from './mention-context';
import type { Mention, MentionInput, SetAside } from './mentions';
import { isOrganisation } from './organisations';
import { FACILITY, notYet, SETTLEMENT, siteBefore, SITE_WHY, UNIT_TAIL } from './sites';
import { QUALIFIED_WHY, qualifiedAround, unitAround, UNIT_WHY } from './town-qualifiers';
import { isStop, nameEnd } from './words';
import { aliasKey } from '../../names/fold';
import { countryNames } from './suggestions';
import { DEMONYM, FROM_PLACE, LOCATIVE, PLACE_OF } from './judge-cues';
import { mayFollowList } from './judge-shape';

const WORD = /\S+/g;
/**
 * What follows a possessive: a word in lower case ("Armenias second-largest city", "Russias inaction"), not a
 * preposition, a conjunction or a verb, which a name ending in s has after it ("Pope Francis on Wednesday").
 */
const LOST_APOSTROPHE =
	/^ (?!(?:on|in|at|of|and|or|to|for|from|with|by|was|is|has|had|said|says|who|which|that|the|a|an)\b)[\p{Ll}\d]/u;
const TITLE_BEFORE =
	/\b(?:Mr|Mrs|Ms|Dr|President|Minister|General|Colonel|Major|Lieutenant|Captain|Ambassador|Spokesman|Spokeswoman)\.?\s+$/;
const SPEECH_AFTER = /^\s+(?:said|says|told|stated|added|asked|declared|noted|stressed|wrote)\b/;

/** Words an editor's slip may have made of a long name: capitalised, then lower case, no digits ("Kharabakh", "Nagorno-Karbakh", "Lachine Corridor"). */
const SLIP_SHAPE = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*$/u;
const mayBeSlip = (text: string) => text.length >= 6 && SLIP_SHAPE.test(text);
/** The curated features `text` is one slip from (one-edit.ts), unless it is a name of its own: a country, a demonym, a place GeoNames knows. */
function slipOf(input: MentionInput, text: string) {
	const hit = input.variants.oneEdit(text);
	if (!hit) return undefined;
	const key = aliasKey(text);
	if (countryNames().has(key) || DEMONYM.test(text) || input.geonames?.lookup(key)?.length) return undefined;
	return hit;
}

/** "residents of X told", "a woman in X said": the words before say X is where, so a speech verb after it is the speaker's. */
function placeNamedBefore(body: string, at: number): boolean {
	const before = body.slice(Math.max(0, at - 120), at);
	return (
		LOCATIVE.test(before.slice(-10)) ||
		FROM_PLACE.test(before) ||
		(mayFollowList(body, at) && PLACE_OF.test(before))
	);
}

/** Capitalised words the matcher left alone that are a spelling of one curated name. */
export function addVariants(input: MentionInput, mentions: Mention[], setAside: SetAside[]) {
	const { body, runs, variants, matcher, date, people } = input;
	const covered: Span[] = [...mentions, ...setAside].sort((a, b) => a.start - b.start);
	// Runs come in text order: a pointer into the sorted spans keeps the overlap test linear.
	let ci = 0;
	const free = (s: number, e: number) => {
		for (let k = ci; k < covered.length && covered[k]!.start < e; k++) if (s < covered[k]!.end) return false;
		return true;
	};
	/** Whether body[s0, e0) (less a possessive ’s or a case ending) is a variant: the cached lookup first, the rest only for hits. */
	const tryPiece = (s0: number, e0: number): boolean => {
		let e = /[’']s$/.test(body.slice(e0 - 2, e0)) ? e0 - 2 : nameEnd(body, s0, e0, aliasKey);
		// "Armenias second-largest city": a copy that lost its apostrophes keeps the possessive's s on the name (a curated
		// name as spelt: "Francis appealed" is no "Franci's").
		if (
			e === e0 &&
			body[e - 1] === 's' &&
			LOST_APOSTROPHE.test(body.slice(e, e + 3)) &&
			aliasKey(variants.lookup(body.slice(s0, e - 1))?.name ?? '') === aliasKey(body.slice(s0, e - 1))
		)
			e--;
		if (e - s0 < 4 || runsIntoDigits(body, e)) return false;
		// Most capitalised words are names the matcher already tied: the overlap test is the cheapest.
		if (!free(s0, e)) return false;
		const text = body.slice(s0, e);
		const spelt =
			variants.lookup(text) ??
			(UNIT_TAIL.test(body.slice(e, e + 12)) ? variants.lookupStem(text) : undefined);
		const hit = spelt ?? (mayBeSlip(text) ? slipOf(input, text) : undefined);
		if (!hit) return facilitySpelt(s0, e, text);
		if (isStop(text) || people.has(text)) return false;
		// "Qarabağ FK": a spelling inside an organisation's name is no place, as a curated name there is not.
		if (isOrganisation(body, { start: s0, end: e })) return false;
		if (
			TITLE_BEFORE.test(body.slice(Math.max(0, s0 - 16), s0)) ||
			(SPEECH_AFTER.test(body.slice(e, e + 12)) && !placeNamedBefore(body, s0))
		)
			return false;
		const ids = pickByDate(hit.ids, date, matcher.entries);
		const kind = matcher.entries.get(ids[0]!)?.kind ?? '';
		const unit = SETTLEMENT.has(kind) ? unitAround(body, { start: s0, end: e }, kind === 'country') : null;
		if (unit) {
			setAside.push({ ...unit, why: UNIT_WHY, report: true });
			return true;
		}
		const other = qualifiedAround(body, { start: s0, end: e }, matcher.entries.get(ids[0]!)?.kind);
		if (other) {
			setAside.push({ ...other, why: QUALIFIED_WHY, report: true });
			return true;
		}
		// "Lachyn checkpoint": a spelling of a town before a facility's head names the facility.
		const head = FACILITY.exec(body.slice(e, e + 60));
		if (head && SETTLEMENT.has(matcher.entries.get(ids[0]!)?.kind ?? '')) {
			// "the Lachinsky corridor": the town's curated name before the head, when the spelling alone is no compound's.
			const end = e + head[0].length;
			const facility =
				spelledFacility(text, head[1]!) ?? spelledFacility(matcher.entries.get(ids[0]!)!.name, head[1]!);
			if (facility) mentions.push({ start: s0, end, ...facility, how: 'variant' });
			else
				setAside.push({
					start: s0,
					end,
					why: facilityWhy(head[1]!),
					report: true
				});
			return true;
		}
		// "the base at the airport in Khojalu": the facility, not the town.
		const site =
			ids.length === 1 && SETTLEMENT.has(matcher.entries.get(ids[0]!)?.kind ?? '')
				? siteBefore(
						body,
						{ start: s0, end: e, ids },
						matcher.entries,
						(id) => !notYet([id], date, matcher),
						covered[ci - 1]
					)
				: null;
		// A name the phrase takes in ("the base at the airport", then "in Khojalu") is part of it.
		if (site)
			for (let k = mentions.length - 1; k >= 0; k--)
				if (mentions[k]!.start >= site.start && mentions[k]!.end <= site.end) mentions.splice(k, 1);
		if (site && !site.ids.length)
			setAside.push({ start: site.start, end: site.end, why: SITE_WHY, report: true });
		else if (site) mentions.push({ ...site, name: matcher.entries.get(site.ids[0]!)!.name, how: 'alias' });
		else if (ids.length === 1) mentions.push({ start: s0, end: e, ids, name: hit.name, how: 'variant' });
		else
			setAside.push({
				start: s0,
				end: e,
				why: spelt
					? 'spelling of more than one curated place'
					: 'one letter from more than one curated place',
				report: true,
				candidates: ids
			});
		return true;
	};
	/** The one curated facility, usable on the article's date, whose name `words head` spells ("Lachyn checkpoint"). */
	const spelledFacility = (words: string, head: string): { ids: string[]; name: string } | null => {
		const phrase = variants.lookup(`${words} ${head}`);
		const ids = phrase ? pickByDate(phrase.ids, date, matcher.entries) : [];
		return ids.length === 1 && !notYet(ids, date, matcher) ? { ids, name: phrase!.name } : null;
	};
	/**
	 * "the Hakkari bridge": a word that is no curated name alone, before a facility's head, whose phrase is a
	 * spelling of a curated facility's name ("Hakari bridge"). (GeoNames' Hakkâri, in Turkey, is another place.)
	 */
	const facilitySpelt = (s0: number, e: number, text: string): boolean => {
		const head = FACILITY.exec(body.slice(e, e + 60));
		const facility = head && !isStop(text) && !people.has(text) ? spelledFacility(text, head[1]!) : null;
		if (!facility || isOrganisation(body, { start: s0, end: e })) return false;
		mentions.push({ start: s0, end: e + head![0].length, ...facility, how: 'variant' });
		return true;
	};
	for (const run of runs) {
		while (ci < covered.length && covered[ci]!.end <= run.start) ci++;
		// The whole run first ("Mets Shen"), then each word; one hit per run.
		if (tryPiece(run.start, run.end)) continue;
		const text = body.slice(run.start, run.end);
		if (!/\s/.test(text)) continue;
		// exec, not matchAll: matchAll copies the regex for every run.
		WORD.lastIndex = 0;
		for (let w = WORD.exec(text); w; w = WORD.exec(text))
			if (tryPiece(run.start + w.index, run.start + w.index + w[0].length)) break;
	}
}
