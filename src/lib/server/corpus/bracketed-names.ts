/**
 * A village's other name given in brackets right after it: "Taghavard (Dağ Tumas)", "Karmir Shuka (Qırmızı
 * Bazar)". News gives each side's name for the same village this way; when the curated feature knows only
 * the first, the bracketed one is the same place, not a second unknown one. The trace says how it was tied.
 */
import type { UnmatchedName } from '../../data/types';
import type { GazetteerEntry } from './matcher';
import type { Mention } from './mentions';
import { TOWN_KINDS } from './sites-other';

/** Only a name judged by its context alone: one GeoNames or the countries know ("Goris (Syunik)") is another place. */
const CONTEXT_ONLY = 'place context';

/**
 * The article's mentions (`found` and the spelling `variants`, in text order) with each bracketed occurrence
 * of an unmatched name that stands right after a town's or a village's mention tied to that place; the name
 * stays unmatched for its other occurrences, and leaves `unmatched` when none is left.
 */
export function bracketedOtherNames(
	body: string,
	unmatched: UnmatchedName[],
	found: Mention[],
	variants: Mention[],
	entries: Map<string, GazetteerEntry>
): { unmatched: UnmatchedName[]; mentions: Mention[] } {
	const mentions = variants.length ? [...found, ...variants].sort((a, b) => a.start - b.start) : found;
	if (!unmatched.some((u) => u.why === CONTEXT_ONLY)) return { unmatched, mentions };
	const byEnd = new Map(mentions.map((m) => [m.end, m]));
	const added: Mention[] = [];
	const kept: UnmatchedName[] = [];
	for (const u of unmatched) {
		const spans =
			u.why === CONTEXT_ONLY
				? u.spans.filter((s) => {
						const open = /\s*\(\s*$/.exec(body.slice(Math.max(0, s.start - 4), s.start));
						if (!open || !/^\s*\)/.test(body.slice(s.end, s.end + 3))) return true;
						const town = byEnd.get(s.start - open[0].length);
						const entry = town?.ids.length === 1 ? entries.get(town.ids[0]!) : undefined;
						if (!entry || !TOWN_KINDS.has(entry.kind ?? '')) return true;
						added.push({ start: s.start, end: s.end, ids: town!.ids, name: entry.name, how: 'bracketed' });
						return false;
					})
				: u.spans;
		if (spans.length === u.spans.length) kept.push(u);
		else if (spans.length) kept.push({ ...u, spans, count: spans.length });
	}
	if (!added.length) return { unmatched, mentions };
	return { unmatched: kept, mentions: [...mentions, ...added].sort((a, b) => a.start - b.start) };
}
