// Done-when checks on the five seed articles: place mentions tied to the right places, speakers
// resolved, every record verbatim. Run with the inline fixture and, when present, geodata/.
import { describe, expect, it } from 'vitest';
import type { Geodata } from '../../data/types';
import { curatedGeodata } from './__fixtures__/article-text';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { assertVerbatim, joinCorpus } from './join';
import { loadCorpus } from './load';

const { articles } = loadCorpus('corpus/articles');
const SEED = {
	aliyev: '2020-11-02-azatutyun-aliyev-neutrality',
	calls: '2020-11-02-azatutyun-putin-calls-pashinyan-aliyev',
	visits: '2020-11-22-unnamed-lavrov-shoygu-visit-armenia-azerbaijan',
	galuzin: '2023-10-09-azatutyun-galuzin-peacekeepers-stay',
	wire: '2020-10-31-wire-russia-ready-to-help-yerevan'
};

const sets: [string, Geodata][] = [['inline fixture', fixtureGeodata]];
const real = curatedGeodata;
if (real) sets.push(['geodata/', real]);

describe.each(sets)('the seeds against %s', (_, geodata) => {
	const r = joinCorpus(articles, geodata);
	const recs = (id: string) => r.quotes.filter((q) => q.article === id);
	/** The place ids tied to records whose text contains `needle`. */
	const placesOf = (id: string, needle: string) => {
		const hits = recs(id).filter((q) => q.text.includes(needle));
		expect(hits.length, `no record in ${id} contains "${needle}"`).toBeGreaterThan(0);
		return new Set(hits.flatMap((q) => q.places));
	};
	const loc = (
		geodata.lines.features.find((f) => f.properties.id === 'line-of-contact-2020') ?? {
			properties: { id: '' }
		}
	).properties.id;

	it('passes the verbatim check for every quote and passage', () => {
		expect(() => assertVerbatim(articles, r.quotes)).not.toThrow();
		expect(r.quotes.length).toBeGreaterThan(50);
	});
	it('ties Shusha, including the French “Choucha”, and Stepanakert', () => {
		expect(placesOf(SEED.wire, 'nearby strategic city of Shusha')).toContain('shusha');
		expect(placesOf(SEED.wire, 'wounded among civilians in Choucha')).toContain('shusha');
		expect(placesOf(SEED.wire, 'nearby strategic city of Shusha')).toContain('stepanakert');
		expect(placesOf(SEED.wire, 'Baku has rejected the accusations of bombing Stepanakert')).toEqual(
			new Set(['baku', 'stepanakert'])
		);
	});
	it('ties Gyumri through “Gumri”, and the base in it to the 102nd base where that is curated', () => {
		// The inline fixture has no base: the town. geodata/ has one: the base in the town is the base.
		const base = geodata.places.features.some((f) => f.properties.id === 'russian-102nd-base')
			? 'russian-102nd-base'
			: 'gyumri';
		expect(placesOf(SEED.wire, 'military base in Gumri')).toContain(base);
		expect(placesOf(SEED.wire, 'garrison at Gumri')).toContain(base);
	});
	it('ties the line of contact in the 2023 seed', () => {
		expect(loc).toBe('line-of-contact-2020');
		expect(placesOf(SEED.galuzin, 'line of contact')).toContain(loc);
	});
	it('ties Baku, Yerevan and Moscow', () => {
		expect(placesOf(SEED.aliyev, 'Officials in Yerevan and Baku')).toEqual(new Set(['yerevan', 'baku']));
		expect(placesOf(SEED.aliyev, 'The prime minister of Armenia has sent a letter')).toContain('baku');
		expect(placesOf(SEED.galuzin, 'It has presented Baku and Yerevan')).toEqual(new Set(['baku', 'yerevan']));
		expect(placesOf(SEED.visits, 'was held in Moscow')).toContain('moscow');
		expect(placesOf(SEED.galuzin, 'signals sent by Moscow')).toContain('moscow');
	});
	it('does not take Pashinian for a place', () => {
		for (const q of recs(SEED.galuzin).filter((x) => x.text.includes('Pashinian'))) {
			expect(q.places.every((p) => !p.includes('pashin'))).toBe(true);
		}
	});
	it('resolves speakers in known quotes', () => {
		const speaker = (id: string, start: string) =>
			r.quotes.find((q) => q.article === id && q.kind === 'quote' && q.text.startsWith(start))?.speaker;
		expect(speaker(SEED.galuzin, 'The role of our [peacekeeping] contingent')).toBe('Mikhail Galuzin');
		expect(speaker(SEED.galuzin, 'So I would not say')).toBe('Mikhail Galuzin');
		expect(speaker(SEED.galuzin, 'Firstly, the question remains')).toBe('Mikhail Galuzin');
		expect(speaker(SEED.aliyev, 'The prime minister of Armenia')).toBe('Ilham Aliyev');
		expect(speaker(SEED.aliyev, 'Any sort of Turkish mediation')).toBe('Robert O’Brien');
		expect(speaker(SEED.aliyev, 'to define types')).toBe('Nikol Pashinyan');
		expect(speaker(SEED.visits, 'Our key task')).toBe('Sergey Shoygu');
		expect(speaker(SEED.visits, 'Of course, we had the right')).toBe('Ilham Aliyev');
		expect(speaker(SEED.visits, 'How are we going')).toBe('Nikol Pashinyan');
		expect(speaker(SEED.visits, 'The tripartite statement')).toBe('Wolfgang Manig');
		expect(speaker(SEED.wire, 'Russia will provide Yerevan')).toBe('Russian Foreign Ministry');
		expect(speaker(SEED.wire, 'It is impossible to measure')).toBe('Carey Cavanaugh');
		expect(speaker(SEED.calls, 'Issues of the settlement')).toBe('Russian president’s office');
	});
	it('keeps page furniture out of the passages', () => {
		const texts = r.quotes.map((q) => q.text);
		for (const junk of ['Home »', 'Photo of author', 'By admin', 'Valdai Club', 'Source : Asbarez']) {
			expect(
				texts.some((t) => t.includes(junk)),
				junk
			).toBe(false);
		}
	});
	it('gives every seed its period', () => {
		for (const a of r.articles) expect(a.periods.length, a.id).toBeGreaterThan(0);
	});
});
