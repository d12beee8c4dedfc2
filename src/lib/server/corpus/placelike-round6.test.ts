// Place-like names by the kinds the sixth round showed (session 13), each on a sentence written for the
// test: an institution, a title joined by hyphens and a person's appositive that are no places; a road's
// turning and a railway named by towns, reported whole; a movement opened by a province's name; a place
// after "a resident of" before a speech verb; an editor's one-letter slip in a long curated name.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
import { oneEditApart, oneEditIndex } from './one-edit';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names, sixth round (invented sentences)', () => {
	const run = (body: string) => {
		const a = articleOf(body, { date: '2023-09-25' });
		const r = extractArticle(a, matcherFor(realGeodata!));
		return {
			unmatched: r.unmatched.map((u) => [u.name, u.spans.length]),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(','), m.how])
		};
	};

	it('reads an institution, a hyphenated title and a person’s appositive as no place', () => {
		expect(run('Moscow, Baku and the State Department welcomed the ferry deal.').unmatched).toEqual([]);
		expect(
			run(
				'The President of Azerbaijan, Supreme Commander-in-Chief of the Harbour Forces Anar Valiyev, signed it.'
			).unmatched
		).toEqual([]);
		expect(run('Vahe Tonoyan, the region’s new leader, signed the ferry decree.').unmatched).toEqual([]);
		expect(run('Vahe Tonoyan, the village head, said the water was cold.').unmatched).toEqual([]);
		// A place in the same shape is still one.
		expect(run('The ferry stopped at Vantor, a village on the lake shore.').unmatched).toEqual([
			['Vantor', 1]
		]);
	});
	it('reports a road’s turning and a railway named by towns whole, never as the town', () => {
		const turn = run('Lorries queued at the Shusha turn and at the Shushi turn-off all night.');
		expect(turn.unmatched).toEqual([
			['Shusha turn', 1],
			['Shushi turn-off', 1]
		]);
		expect(turn.mentions).toEqual([]);
		const rail = run('Freight on the Baku-Tbilisi-Kars railway doubled.');
		expect(rail.unmatched).toEqual([['Baku-Tbilisi-Kars railway', 1]]);
		expect(rail.mentions).toEqual([]);
		// "turn to" is a verb: the town stays a mention.
		expect(run('Armenia and Azerbaijan turn to Moscow again.').mentions.map((m) => m[0])).toEqual([
			'Armenia',
			'Azerbaijan',
			'Moscow'
		]);
	});
	it('reads a movement opened by a province’s name as no place', () => {
		expect(run('Activists from Vantor for the Motherland marched on the capital.').unmatched).toEqual([]);
		expect(run('Activists from Vantor marched on the capital.').unmatched).toEqual([['Vantor', 1]]);
	});
	it('reads the name after "a resident of", "natives of" as a place before a speech verb', () => {
		expect(run('A resident of Vantor told the radio the ferry had stopped.').unmatched).toEqual([
			['Vantor', 1]
		]);
		expect(run('Natives of Vantor said they would not return.').unmatched).toEqual([['Vantor', 1]]);
		expect(run('A man from the village of Vantor told the radio the pier was shut.').unmatched).toEqual([
			['Vantor', 1]
		]);
	});
	it('joins no word of a web address', () => {
		expect(
			run('Background: https://www.example.org/news/armenia-azerbaijan-talks 9/28/2020').mentions
		).toEqual([]);
	});
	it('reports a wrapped name whole, its line break inside the span', () => {
		const body = [
			'    The harbour guards keep breaking the peace of the quiet Vantor',
			'    Province people, the ministry of the island said in a long note',
			'    on Sunday, and the ferry did not sail for the third day running.'
		].join('\n');
		expect(run(body).unmatched).toEqual([['Vantor\n    Province', 1]]);
	});
	it('reads the place a governor runs before a speech verb, a name after a bracketed aside in a list', () => {
		expect(run('Asked about the pier, the governor of Syunik responded that it was safe.').unmatched).toEqual(
			[['Syunik', 1]]
		);
		expect(
			run('Troops advanced near Vantor (Lindmoor province) and Sarnak (Lindmoor province).').unmatched.map(
				(u) => u[0]
			)
		).toEqual(['Vantor', 'Lindmoor', 'Sarnak']);
	});
	it('reports a cemetery named after a place’s possessive whole', () => {
		expect(run('At the funeral in Yerevan’s Vantor military cemetery, relatives wept.').unmatched).toEqual([
			['Vantor military cemetery', 1]
		]);
	});
	it('reads the one after "according to" as a source, and "First" opening a list as no name', () => {
		expect(run('Ferries stopped on Monday, according to PortInfo.').unmatched).toEqual([]);
		expect(
			run('“First, Vantor, now Lindmoor, tomorrow the whole island.”').unmatched.map((u) => u[0])
		).not.toContain('First');
	});
	it('joins an editor’s one-letter slip in a long curated name as a variant', () => {
		expect(
			run('Residents of Kharabakh told the radio that Stepanakret was quiet and Nagorno-Karbakh calm.')
				.mentions
		).toEqual([
			['Kharabakh', 'nagorno-karabakh', 'variant'],
			['Stepanakret', 'stepanakert', 'variant'],
			['Nagorno-Karbakh', 'nagorno-karabakh', 'variant']
		]);
		expect(run('Lorries waited on the Lachine Corridor near Stepanaker.').mentions).toEqual([
			['Lachine Corridor', 'lachin-corridor-2022', 'variant'],
			['Stepanaker', 'stepanakert', 'variant']
		]);
		expect(run('They crossed the Hakar River bridge at noon.').mentions).toEqual([
			['Hakar River bridge', 'hakari-bridge', 'variant']
		]);
		// A letter added at the end makes a demonym, not a slip; a short name is never compared.
		expect(
			run('Armenian and Azerbaijani crews met Georgian ones in Armenia.').mentions.map((m) => m[0])
		).toEqual(['Armenia']);
		expect(run('The ferry to Goras left late.').mentions).toEqual([]);
	});
});

describe('oneEditApart', () => {
	it.each([
		['kharabakh', 'karabakh', true],
		['stepanakret', 'stepanakert', true],
		['nagorno-karbakh', 'nagorno-karabakh', true],
		['stepanakirt', 'stepanakert', false],
		['stepanakart', 'stepanakert', false],
		['stepanakerd', 'stepanakert', false],
		['stepanalert', 'stepanakert', true],
		['stepanajert', 'stepanakert', true],
		['garadagh', 'garabagh', false],
		['armenian', 'armenia', false],
		['azerbaijani', 'azerbaijan', false],
		['barabakh', 'karabakh', false],
		['karabakh', 'karabakh', false],
		['kraabakh', 'karabakh', true],
		['karabkah', 'karabakh', true],
		['karabaky', 'karabakh', false],
		['stepanaker', 'stepanakert', true],
		['armeni', 'armenia', false]
	])('%s ~ %s → %s', (a, b, same) => {
		expect(oneEditApart(a, b)).toBe(same);
	});
	it('names every feature a slip could be', () => {
		const entry = (id: string, name: string) => ({ id, name, layer: 'places' as const, names: [name] });
		const slip = oneEditIndex([
			entry('vantorka', 'Vantorka'),
			entry('vantorha', 'Vantorha'),
			entry('lindmoor', 'Lindmoor')
		]);
		expect(slip('Vantorja')?.ids).toEqual(['vantorka', 'vantorha']);
		// A consonant far from the one it replaces on the keyboard is no slip.
		expect(slip('Vantorxa')).toBeUndefined();
		expect(slip('Lindmor')?.ids).toEqual(['lindmoor']);
		expect(slip('Lindmoor')).toBeUndefined();
	});
});
