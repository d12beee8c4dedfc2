// Places (metrics 1–4): every gold place joined right or reported unmatched, no silent drop, no false
// place report, no wrong join.
import type { EngineSpan } from './engine';
import type { Judging } from './score-counts';
import { overlaps, within } from './spans';

/**
 * Ids the evaluation brief named for features being curated, and the curated feature that already
 * stands for the same thing: a gold label may use either.
 */
export const SAME_FEATURE: Record<string, string> = {
	'monitoring-centre-aghdam': 'russian-turkish-monitoring-centre',
	'peacekeeping-hq': 'russian-peacekeeping-headquarters',
	// Both directions: issue 15 curated the withdrawal under the brief's ids, so the old ids are gone.
	'russian-turkish-monitoring-centre': 'monitoring-centre-aghdam',
	'russian-peacekeeping-headquarters': 'peacekeeping-hq',
	// Khudavang (Xudavəng) is the Azerbaijani name of Dadivank: one monastery, curated as one feature.
	khudavang: 'dadivank'
};

/** The feature id a gold label must join to, given the geodata's ids; null: must be reported unmatched. */
export function expectedId(id: string | null, known: Set<string>): string | null {
	if (id === null) return null;
	if (known.has(id)) return id;
	const same = SAME_FEATURE[id];
	return same && known.has(same) ? same : null;
}

const sameIds = (ids: string[], id: string) => ids.length === 1 && ids[0] === id;

export function scorePlaces({ body, gold, out, c, miss }: Judging, known: Set<string>): void {
	// Furniture is judged on its own (score-text.ts): places inside it count neither way.
	const inGoldFurniture = (s: EngineSpan) => gold.furniture.some((f) => within(s, f));
	const mentions = out.mentions.filter((m) => !inGoldFurniture(m));
	const unmatched = out.unmatched.filter((u) => !inGoldFurniture(u));

	// (1) and (2): every gold place.
	c.goldPlaces = gold.places.length;
	for (const p of gold.places) {
		const want = expectedId(p.id, known);
		const ms = mentions.filter((m) => overlaps(m, p));
		const us = unmatched.filter((u) => overlaps(u, p));
		const got = ms.map((m) => `${body.slice(m.start, m.end)} → [${m.ids.join(', ')}]`).join('; ');
		if (ms.length === 0 && us.length === 0) {
			c.silentDrops++;
			miss('place: silently dropped', p, `want ${want ?? 'unmatched'}; neither joined nor reported`);
		} else if (want === null) {
			if (ms.length === 0) c.placesRight++;
			else
				miss(
					'place: joined, must be unmatched',
					p,
					`want unmatched${p.id ? ` (${p.id}: not in geodata)` : ''}; got ${got}`
				);
		} else if (ms.length > 0 && ms.every((m) => sameIds(m.ids, want))) {
			c.placesRight++;
		} else {
			miss(
				'place: wrong or no join',
				p,
				`want ${want}; got ${got || `unmatched "${us.map((u) => u.name).join('", "')}"`}`
			);
		}
	}

	// (3) unmatched reports that are no place.
	for (const u of unmatched) {
		if (gold.places.some((p) => overlaps(u, p))) continue;
		c.falsePlaceReports++;
		const np = gold.nonPlaces.some((n) => overlaps(u, n));
		miss(
			'false place report',
			u,
			np ? 'reported unmatched; labelled a non-place' : 'reported unmatched; not a place in gold'
		);
	}

	// (4) wrong joins.
	for (const m of mentions) {
		const ids = `[${m.ids.join(', ')}]`;
		const places = gold.places.filter((p) => overlaps(m, p));
		const nonPlace = gold.nonPlaces.find((n) => overlaps(m, n));
		if (nonPlace) {
			c.wrongJoins++;
			miss('wrong join', m, `joined to ${ids} inside the non-place "${nonPlace.text}"`);
			continue;
		}
		if (places.length === 0) {
			c.wrongJoins++;
			c.joinedNotInGold++;
			miss('joined, not in gold', m, `joined to ${ids}; no gold label here (check the labels)`);
			continue;
		}
		const bad = places.find((p) => {
			const want = expectedId(p.id, known);
			return want === null || !sameIds(m.ids, want);
		});
		if (bad) {
			c.wrongJoins++;
			const want = expectedId(bad.id, known);
			miss('wrong join', m, `joined to ${ids}; gold "${bad.text}" wants ${want ?? 'unmatched'}`);
		}
	}
}
