/**
 * A name the judge found place-like that still spells a curated feature with the words around it: the river's
 * name and its bridge ("the Hakari River bridge" for the curated "Hakari bridge"), the name without its demonym
 * or head word ("the Albanian Khudawang temple"), or with the facility named before it ("the checkpoint was set
 * up at Hakari"). Split from placelike.ts.
 */
import { pickByDate } from './feature-versions';
import { CORE, SITE_BEFORE } from './judge-cues';
import type { Verdict } from './judge-shape';
import type { UnmatchedInput } from './placelike';
import { notYet } from './sites';

/** The curated feature found, its span and the name it matched. */
export interface CuratedSpelling {
	start: number;
	end: number;
	ids: string[];
	name: string;
}

export function curatedSpelling(
	v: Verdict,
	start: number,
	end: number,
	head: RegExpExecArray | null | false | undefined,
	body: string,
	input: Pick<UnmatchedInput, 'variants' | 'entries' | 'date'>
): CuratedSpelling | null {
	// "the Hakari River bridge": the river's name and the head name the curated "Hakari bridge" (a slip too: "Hakar", one-edit.ts).
	// (The sets label "the Hakari river bridge" in lower case as the river: no such lookup.)
	const riverName = head && / River$/.test(v.name) ? `${v.name.slice(0, -6)} ${head[0].trim()}` : '';
	const river = riverName
		? (input.variants?.lookup(riverName) ?? input.variants?.oneEdit(riverName))
		: undefined;
	// (A feature not yet built or named on the article's date is no match: "the bridge at Hakari" in 2020, sites.ts's notYet.)
	const known = (ids: string[]) =>
		!input.date || !input.entries || !notYet(ids, input.date, { entries: input.entries }) ? ids : [];
	const riverIds =
		river && input.entries ? known(pickByDate(river.ids, input.date ?? '', input.entries)) : [];
	if (riverIds.length === 1) return { start, end, ids: riverIds, name: river!.name };
	if (v.why === 'place context' && input.variants && input.entries) {
		// "the Albanian Khudawang temple", "Khudawang Temple": the name without its demonym or head word.
		const whole = input.variants.lookup(v.name, true);
		const core = whole ? v.name : CORE.exec(v.name)![1]!;
		const hit = whole ?? (core.length < v.name.length ? input.variants.lookup(core, true) : undefined);
		const ids = hit ? known(pickByDate(hit.ids, input.date ?? '', input.entries)) : [];
		if (hit && ids.length === 1) {
			const at = start + v.name.indexOf(core);
			return { start: at, end: at + core.length, ids, name: hit.name };
		}
	}
	// "the checkpoint was set up at Hakari": a facility named earlier in the clause, whose curated name is this one with its head ("Hakari checkpoint").
	const site =
		end === start + v.length && input.variants && input.entries
			? SITE_BEFORE.exec(body.slice(Math.max(0, start - 80), start))
			: null;
	const siteHit = site ? input.variants!.lookup(`${v.name} ${site[1]!.toLowerCase()}`) : undefined;
	const siteIds = siteHit ? known(pickByDate(siteHit.ids, input.date ?? '', input.entries!)) : [];
	if (siteHit && siteIds.length === 1) {
		return { start, end, ids: siteIds, name: siteHit.name };
	}
	return null;
}
