// Places holdout18 showed dropped (session 18), each on a sentence written for the test: Turkish and
// Azerbaijani case endings after an apostrophe ("Şuşa'da"), a timeline's "11:05 – …" entries, a
// country before or after a title ("Belarus President …", "the President of Belarus said"), the seas
// named alone, and a height or plain named by the noun after or before it.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { furnitureReason } from './furniture';
import { extractArticle, matcherFor } from './join';

describe.runIf(curatedGeodata)('places holdout18 showed (invented sentences)', () => {
	const run = (body: string, date = '2023-10-15') => {
		const a = articleOf(body, { date });
		const r = extractArticle(a, matcherFor(curatedGeodata!));
		return {
			unmatched: r.unmatched.map((u) => u.name),
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids.join(',')])
		};
	};

	it('cuts a Turkish case ending off a curated name, a spelling of one and an unknown one', () => {
		const r = run(
			"Bakan Şuşa'da konuştu ve heyet daha sonra Hankendi'ye geçti. The convoy left Kelbecer'den at dawn and stopped in Yenikənd'de."
		);
		expect(r.mentions).toContainEqual(['Şuşa', 'shusha']);
		expect(r.mentions).toContainEqual(['Hankendi', 'stepanakert']);
		expect(r.mentions).toContainEqual(['Kelbecer', 'kalbajar']);
		expect(r.unmatched).toContain('Yenikənd');
		expect(r.unmatched.join(' ')).not.toContain("'");
	});

	it('keeps an English possessive and leaves other apostrophes alone', () => {
		const r = run("The convoy stopped at Agdam's gate, and O'Brien's team drove on to Goris.");
		expect(r.mentions).toContainEqual(['Agdam', 'aghdam']);
		expect(r.mentions).toContainEqual(['Goris', 'goris']);
		expect(r.unmatched).not.toContain("O'Brien");
	});

	it('reads a timeline’s timed entries as reporting, and a bare time as furniture', () => {
		expect(furnitureReason('10:40 – The minister lands in Fuzuli', 'A title', false)).toBeNull();
		expect(furnitureReason('09.15 GMT — Convoy reaches the bridge', 'A title', false)).toBeNull();
		expect(furnitureReason('14:30', 'A title', false)).not.toBeNull();
		const r = run(
			'The day in brief:\n10:40 – The minister lands in Fuzuli\n12:15 – Wreaths are laid in Aghdam\n\nThe visit ended in the evening, officials said.'
		);
		expect(r.mentions).toContainEqual(['Fuzuli', 'fuzuli']);
		expect(r.mentions).toContainEqual(['Aghdam', 'aghdam']);
	});

	it('reports a country named before or after a title, not only a person', () => {
		const r = run(
			'Serbia President Aleksandar Vucic arrived on Monday. "We are ready," the President of Moldova said, and Kazakhstan Foreign Minister Murat Nurtleu agreed.'
		);
		expect(r.unmatched).toEqual(expect.arrayContaining(['Serbia', 'Moldova', 'Kazakhstan']));
		expect(r.unmatched).not.toContain('President');
		expect(r.unmatched.join(' ')).not.toMatch(/Vucic|Nurtleu/);
	});

	it('reports a sea named alone and a height or plain named by its noun', () => {
		const r = run(
			'Fuel moves by tanker across the Caspian and on to the Mediterranean. Shots were fired near a hill called Kirsdagh, and a concert was held on the Garagol plain.'
		);
		expect(r.unmatched).toEqual(expect.arrayContaining(['Caspian', 'Mediterranean', 'Kirsdagh', 'Garagol']));
		// A demonym stays no place.
		expect(run('The Caspian Sea ports and the Armenian church were closed.').unmatched).not.toContain(
			'Armenian'
		);
	});
});
