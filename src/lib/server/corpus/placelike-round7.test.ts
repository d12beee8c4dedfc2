// Place-like names by the kinds the seventh round of real news showed (session 14), each on a sentence
// written for the test: a country's adjective before a region, a road named with one, a pair of places
// joined by a spaced dash before the feature's noun, a former or broad name after "known as", the verb
// "pass", a faith's adjective listed with a country, and a person's titled appositive after a list.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

const realGeodata = curatedGeodata;

describe.runIf(realGeodata)('place-like names, seventh round (invented sentences)', () => {
	const run = (body: string) => {
		const a = articleOf(body, { date: '2023-09-25' });
		const r = extractArticle(a, matcherFor(realGeodata!));
		return {
			unmatched: r.unmatched.map((u) => u.name),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(','), m.how])
		};
	};

	it('reads the region after a country’s adjective, and a road named with one whole', () => {
		expect(run('The lorries queued for a week in Russian North Ossetia before the pass.').unmatched).toEqual([
			'North Ossetia'
		]);
		expect(run('Snow closed the Georgian Military Road again on Monday.').unmatched).toEqual([
			'Georgian Military Road'
		]);
		// A state's noun after the adjective is one name with it.
		expect(run('The old border of the Russian Empire ran along the river.').unmatched).toEqual([
			'Russian Empire'
		]);
		// A title after the adjective is still no place.
		expect(run('Armenian Prime Minister Vahe Tonoyan spoke in Azerbaijani Shusha.').unmatched).toEqual([]);
	});

	it('reads both ends of a pair joined by a spaced dash before the feature’s noun', () => {
		expect(run('Guards cleared the Akner – Verishen area at dawn.').unmatched).toEqual(['Akner', 'Verishen']);
	});

	it('reads a name given after “known as” or “referred to as”', () => {
		expect(run('Most families farm in the hills, an area widely referred to as Borchali.').unmatched).toEqual(
			['Borchali']
		);
		expect(run('Traders came to Tbilisi (formerly known as Tiflis) every spring.').unmatched).toContain(
			'Tiflis'
		);
		// "appears as" is how something looks, no alias.
		expect(run('The old base in the valley appears as quiet as ever.').unmatched).toEqual([]);
	});

	it('reads no place in the verb “pass” or in a faith’s adjective', () => {
		expect(run('Vehicles pass through the new checkpoint in under an hour.').unmatched).toEqual([]);
		// The noun keeps its name: "the Omar pass through the range".
		expect(run('The convoy took the Vardan pass through the range.').unmatched).toEqual(['Vardan pass']);
		expect(
			run('Catholic Lindmoor and Muslim Azerbaijan were neighbours for a century.').unmatched
		).not.toContain('Muslim');
	});

	it('reads a person, not a listed village, before a titled appositive and a speech verb', () => {
		const r = run(
			'Troops walked towards the village of Akner, Anna Petrosyan, Vice-Mayor of Goris, reported.'
		);
		expect(r.unmatched).toEqual(['Akner']);
		// A village named with its mayor after it stays a village.
		expect(run('Shells fell on the village of Akner, Mayor Anna Petrosyan said.').unmatched).toEqual([
			'Akner'
		]);
	});

	it('reads the country in a title’s “of” before the holder’s name, and a place before its people', () => {
		expect(run('The Prime Minister of Lindmoria Vahe Tonoyan opened the ferry line.').unmatched).toEqual([]);
		expect(run('The Prime Minister of Georgia Vahe Tonoyan opened the ferry line.').unmatched).toEqual([
			'Georgia'
		]);
		expect(run('A teacher told Tbilisi Armenians the school would stay open.').unmatched).toEqual([
			'Tbilisi'
		]);
		// An outlet named with a country stays an outlet; an ethnic group alone is no place.
		expect(run('The minister told Georgia Today the border was calm.').unmatched).toEqual([]);
		expect(run('Ethnic Armenians and Georgian Azerbaijanis voted in the town.').unmatched).toEqual([]);
	});

	it('reads a historical state, a name a village “appears as”, and a second language’s name', () => {
		expect(run('The border held until the Soviet Union fell apart.').unmatched).toEqual(['Soviet Union']);
		expect(run('The Soviet Army left the valley in 1992.').unmatched).toEqual([]);
		expect(run('On the old maps the village appears as Vantorli, its elders say.').unmatched).toEqual([
			'Vantorli'
		]);
		expect(
			run('The lake is known in Armenian as Sev Akn and in Azerbaijani as Qaragoz, officials said.').unmatched
		).toEqual(['Sev Akn', 'Qaragoz']);
	});
});
