// Places holdout18 showed dropped (session 18), each on a sentence written for the test: Turkish and
// Azerbaijani case endings after an apostrophe ("Şuşa'da"), a timeline's "11:05 – …" entries, a
// country before or after a title ("Belarus President …", "the President of Belarus said"), the seas
// named alone, and a height or plain named by the noun after or before it; a region named for a country
// ("East Azarbaijan"), a Turkish copy's "border gate", a pipeline named for a region, a centre "for"
// its cause, the article's own outlet, a given name acting as a person and kin called in a quote; the
// peacekeepers' zone in the words the press varies (holdout20 and holdout21, after their blind scores).
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { furnitureReason } from './furniture';
import { loadGeoNames } from './geonames';
import { extractArticle, matcherFor } from './join';

describe.runIf(curatedGeodata)('places holdout18 showed (invented sentences)', () => {
	const geonames = loadGeoNames();
	const run = (body: string, date = '2023-10-15', source = 'S') => {
		const a = articleOf(body, { date, source });
		const r = extractArticle(a, matcherFor(curatedGeodata!), { geonames });
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

	it('reports a region named for a country by a compass word, not the country', () => {
		const r = run('The governor of West Azarbaijan said shells fell near the border with Azerbaijan.');
		expect(r.unmatched).toContain('West Azarbaijan');
		expect(r.mentions).toContainEqual(['Azerbaijan', 'azerbaijan']);
		expect(r.mentions.filter(([t]) => t === 'Azarbaijan')).toEqual([]);
	});

	it('joins a border gate named for a town to the checkpoint, and reports a pipeline named for a region', () => {
		const r = run(
			'Traffic through the Laçın border gate stopped. The South Caucasus gas pipeline was not hit.'
		);
		expect(r.mentions).toContainEqual(['Laçın border gate', 'hakari-bridge']);
		expect(r.unmatched).toContain('South Caucasus gas pipeline');
		expect(r.mentions.map(([t]) => t)).not.toContain('South Caucasus');
	});

	it('never joins a place inside a centre named for its cause', () => {
		const r = run('Anar Guliyev, of the Baku-based Center for South Caucasus Studies, said so.');
		expect(r.mentions).toContainEqual(['Baku', 'baku']);
		expect(r.mentions.map(([t]) => t)).not.toContain('South Caucasus');
	});

	it('never reports the article’s own outlet, and keeps a place in an outlet’s name', () => {
		const body =
			'A resident of Stepanakert described the queues to Vestnikpress by phone, as VESTNIKPRESS reported.';
		expect(run(body, '2023-08-16', 'Vestnikpress').unmatched).toEqual([]);
		expect(run(body, '2023-08-16', 'S').unmatched).toContain('Vestnikpress');
		// An outlet named for a city leaves the city a place.
		expect(run('Officials met in Tehran on Monday.', '2023-10-24', 'Tehran Times').unmatched).toContain(
			'Tehran'
		);
	});

	it('reads a given name the text shows acting as a person as the person, and kin called in a quote', () => {
		const r = run(
			'Narek was 20 when he was killed near Parukh. Narek served near Karaglukh that spring. “He said, ‘Mama, do not worry,’” his mother recalls.'
		);
		expect(r.unmatched).not.toContain('Narek');
		expect(r.unmatched).not.toContain('Mama');
		expect(r.unmatched).toContain('Parukh');
		// A town GeoNames knows that shares a given name stays a place.
		expect(run('The convoy drove through Masis towards Yerevan.').unmatched).toContain('Masis');
	});

	it('reads the peacekeepers’ zone in the words the press varies', () => {
		const r = run(
			'Shots were fired in the zone of the Russian peacekeepers. Thirty posts remain in the area of responsibility of the contingent, and a farmer was killed in an area under the control of the Russian peacekeepers.',
			'2022-06-01'
		);
		const zone = r.mentions.filter(([, id]) => id?.startsWith('peacekeeping-zone'));
		expect(zone.map(([t]) => t)).toEqual([
			'zone of the Russian peacekeepers',
			'area of responsibility of the contingent',
			'area under the control of the Russian peacekeepers'
		]);
		// Another force's zone is no peacekeepers' zone.
		expect(run('Shots were fired in the zone of the Azerbaijani army.', '2022-06-01').mentions).toEqual([]);
	});
});
