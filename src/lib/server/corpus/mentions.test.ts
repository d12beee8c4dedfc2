// Place mentions: organisation names set aside, compounds naming a corridor, a centre or a base
// rather than the town in them, spelling variants, and the trace on records. The inline fixture has
// no facilities, so these run against the curated geodata/. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
import { findMentions } from './mentions';
import { capitalisedRuns } from './scan';
import { variantIndex } from './variants';

const real = curatedGeodata;

describe.runIf(real)('place mentions against geodata/', () => {
	const matcher = matcherFor(real!);
	const variants = variantIndex([...matcher.entries.values()]);

	const run = (body: string, date = '2021-03-01') => {
		const a = articleOf(body, { date });
		const r = extractArticle(a, matcher);
		return {
			r,
			mentions: r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids, m.name, m.how]),
			unmatched: r.unmatched.map((u) => [u.name, u.why])
		};
	};
	/** findMentions alone, on one line, with no speakers: mentions and what it set aside. */
	const direct = (body: string, date = '2021-03-01') => {
		const r = findMentions(
			{ body, runs: capitalisedRuns(body, 0, body.length), matcher, variants, date, people: new Set() },
			matcher.match(body)
		);
		return {
			mentions: r.mentions.map((m) => [body.slice(m.start, m.end), m.ids]),
			setAside: r.setAside.map((s) => [body.slice(s.start, s.end), s.why, s.report])
		};
	};

	describe('organisations', () => {
		it('sets aside a place joined to an outlet’s name by a hyphen', () => {
			expect(direct('Quoting Reuters-Armenia, the paper wrote from Baku.').mentions).toEqual([['Baku', ['baku']]]);
		});
		it('reports a unit named with a compass word and a country as one compound, not the country', () => {
			expect(direct('Farmers in West Armenia province sold grain; South Armenia region too.')).toEqual({
				mentions: [],
				setAside: [
					['West Armenia province', 'names an administrative unit, not the place: no curated feature', true],
					['South Armenia region', 'names an administrative unit, not the place: no curated feature', true]
				]
			});
			expect(direct('Farmers in West Armenya province sold grain.').setAside).toEqual([['West Armenya province', 'names an administrative unit, not the place: no curated feature', true]]);
			expect(direct('Farmers in the Karabakh economic region and in the south of Armenia sold grain.').mentions).toEqual([
				['Karabakh', ['nagorno-karabakh']],
				['Armenia', ['armenia']]
			]);
		});
		it('sets aside a place inside an outlet’s name', () => {
			expect(direct('Russia Today and the Moscow Times reported from Baku.')).toEqual({
				mentions: [['Baku', ['baku']]],
				setAside: [
					['Russia', 'part of an organisation’s name', false],
					['Moscow', 'part of an organisation’s name', false]
				]
			});
			// An outlet named "<city> Signal" or "The <city> Independent" (real-news round 2).
			expect(direct('In a statement sent to Tbilisi Signal, the Yerevan Independent said Baku was calm.').setAside.map((s) => s[0])).toEqual(['Yerevan']);
			expect(direct('Public Radio of Armenia reported the news.')).toEqual({
				mentions: [],
				setAside: [['Armenia', 'part of an organisation’s name', false]]
			});
		});
		it('sets aside a place inside a company’s or a mission’s name ("X InfoCenter", "X Gas", "the Y Mission in X")', () => {
			expect(direct('Shusha InfoCenter said Armenia Gas and the Nordic Mission in Azerbaijan met in Baku.')).toEqual({
				mentions: [['Baku', ['baku']]],
				setAside: [
					['Shusha', 'part of an organisation’s name', false],
					['Armenia', 'part of an organisation’s name', false],
					['Azerbaijan', 'part of an organisation’s name', false]
				]
			});
		});
		it('sets aside a place inside a force’s own name ("the X Defence Army"), not in a state’s army ("the X Army")', () => {
			expect(direct('The Karabakh Defense Army and the Shusha Self-Defence Forces withdrew.')).toEqual({
				mentions: [],
				setAside: [
					['Karabakh', 'part of an organisation’s name', false],
					['Shusha', 'part of an organisation’s name', false]
				]
			});
			expect(direct('Units of the Azerbaijan Army moved in.').mentions).toEqual([['Azerbaijan', ['azerbaijan']]]);
		});
		it('reports a ridge or range named for a curated region as a compound, not the region', () => {
			expect(direct('Troops held the Karabakh ridge.').mentions).toEqual([]);
		});
		it('still finds the place when the outlet only reports from it', () => {
			expect(direct('A correspondent in Russia reported the news.').mentions).toEqual([['Russia', ['russia']]]);
		});
		it('reports nothing for "Speaking to Voice of America"', () => {
			const { mentions, unmatched, r } = run('Speaking to Voice of America, the resident was calm.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([]);
			expect(r.records).toEqual([]);
		});
		it('does not take "Armenian church" for a place', () => {
			const { mentions, unmatched } = run('Shelling damaged an Armenian church on Sunday.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([]);
		});
	});

	describe('compounds', () => {
		it('joins "Lachin (Berdzor) corridor" to the corridor of the article’s date, not the town', () => {
			expect(run('Traffic resumed on the Lachin (Berdzor) corridor on Monday.', '2023-05-01').mentions).toEqual([
				['Lachin (Berdzor) corridor', ['lachin-corridor-2022'], 'Lachin corridor', 'alias']
			]);
			expect(run('Traffic resumed on the Lachin (Berdzor) corridor on Monday.', '2021-05-01').mentions).toEqual([
				['Lachin (Berdzor) corridor', ['lachin-corridor-2020'], 'Lachin corridor', 'alias']
			]);
		});
		it('keeps the town (under both its names) when no head follows it', () => {
			expect(run('Refugees left Lachin (Berdzor) on Monday.').mentions).toEqual([
				['Lachin', ['lachin'], 'Lachin', 'name'],
				['Berdzor', ['lachin'], 'Berdzor', 'name']
			]);
		});
		it('joins "the Aghdam monitoring centre" to the centre, not the town', () => {
			expect(run('Officers met at the Aghdam monitoring centre.').mentions).toEqual([
				['Aghdam monitoring centre', ['monitoring-centre-aghdam'], 'Aghdam monitoring centre', 'alias']
			]);
		});
		it('gives "the 102nd military base in Gyumri" the base only', () => {
			expect(run('Troops from the 102nd military base in Gyumri arrived.').mentions).toEqual([
				['102nd military base in Gyumri', ['russian-102nd-base'], '102nd Military Base', 'alias']
			]);
		});
		it('reports an unknown "X–Y road" as one compound name, with neither town as a mention', () => {
			const { mentions, unmatched, r } = run('Residents drove along the Kapan–Goris road.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([['Kapan–Goris road', 'names a road, not the town: no curated feature']]);
			expect(r.unmatched[0]!.sentence).toBe('Residents drove along the Kapan–Goris road.');
			expect(r.records).toEqual([]);
		});
		it('picks the earlier corridor for "the old Goris–Stepanakert road", the current one otherwise', () => {
			expect(run('Trucks used the old Goris–Stepanakert road until August.', '2023-05-01').mentions).toEqual([
				['Goris–Stepanakert road', ['lachin-corridor-2020'], 'Goris–Stepanakert highway', 'alias']
			]);
			expect(run('Trucks used the Goris–Stepanakert road until August.', '2023-05-01').mentions).toEqual([
				['Goris–Stepanakert road', ['lachin-corridor-2022'], 'Goris–Stepanakert highway', 'alias']
			]);
		});
		it('"former" picks the version that had ended by the article’s date, "old" the first one', () => {
			const ids = (text: string, date: string) => run(text, date).mentions.map((m) => m[1]);
			expect(ids('Buses crossed the former contact line at dawn.', '2021-06-01')).toEqual([['line-of-contact-1994']]);
			expect(ids('Buses crossed the former contact line at dawn.', '2024-03-01')).toEqual([['line-of-contact-2020']]);
			// The 2022 road ends on 1 Oct 2023: in its last days "the former corridor" is that road, not the 2020 one.
			expect(ids('A checkpoint now stands on the former Lachin corridor.', '2023-09-26')).toEqual([['lachin-corridor-2022']]);
			expect(ids('Trucks used the old Lachin corridor.', '2023-09-26')).toEqual([['lachin-corridor-2020']]);
		});
		it('names a road by the two ends of a dashed chain, or reports the whole chain', () => {
			expect(run('Buses used the Goris-Kornidzor-Stepanakert highway.', '2021-05-01').mentions.map((m) => [m[0], m[1]])).toEqual([
				['Goris-Kornidzor-Stepanakert highway', ['lachin-corridor-2020']]
			]);
			const { mentions, unmatched } = run('The convoy took the Barda–Tartar–Aghdam road.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([['Barda–Tartar–Aghdam road', 'names a road, not the town: no curated feature']]);
			// A town the curated road does not pass names another road; and the last town alone is not the
			// road ("Laçın highway" would be a spelling of the curated "Lachin road").
			const other = run('Sappers cleared the Kalbajar–Lachin highway and the Kəlbəcər–Laçın highway.', '2023-10-20');
			expect(other.mentions).toEqual([]);
			expect(other.unmatched.map((u) => u[0])).toEqual(['Kalbajar–Lachin highway', 'Kəlbəcər–Laçın highway']);
			expect(run('Buses used the Goris–Lachin road.', '2021-05-01').mentions.map((m) => [m[0], m[1]])).toEqual([['Goris–Lachin road', ['lachin-corridor-2020']]]);
		});
		it('joins a base in a town, or at an airport near it, to the curated facility standing there', () => {
			const at = (text: string) => run(text, '2022-05-01').mentions.map((m) => [m[0], m[1]]);
			expect(at('Families slept at the main base in Khojaly.')).toEqual([['main base in Khojaly', ['peacekeeping-hq']]]);
			expect(at('Families slept at the contingent’s camp at the airport outside Khojaly.')).toEqual([
				['contingent’s camp at the airport outside Khojaly', ['peacekeeping-hq']]
			]);
			expect(at('The deployment point near Stepanakert airport filled up.')).toEqual([
				['deployment point near Stepanakert airport', ['peacekeeping-hq']]
			]);
			expect(at('Families slept at the base at the airport in Khodjalu.')).toEqual([['base at the airport in Khodjalu', ['peacekeeping-hq']]]);
			// A base near a town, or in a town 10 km off, is the facility standing there (one span).
			expect(at('Families slept at their base near Khojaly.')).toEqual([['base near Khojaly', ['peacekeeping-hq']]]);
			expect(at('Families slept at the base camp near Khodzhaly.')).toEqual([['base camp near Khodzhaly', ['peacekeeping-hq']]]);
			expect(at('Families slept at the base in Stepanakert.')).toEqual([['base in Stepanakert', ['peacekeeping-hq']]]);
			// A town farther off, a facility of no curated kind, a date before the base: the town stands.
			expect(at('Families slept at the base near Shusha.')).toEqual([['Shusha', ['shusha']]]);
			expect(at('Families slept at the hospital in Khojaly.')).toEqual([['Khojaly', ['khojaly']]]);
			expect(run('Families slept at the base near Khojaly.', '2020-10-01').mentions.map((m) => [m[0], m[1]])).toEqual([['Khojaly', ['khojaly']]]);
			// A curated facility's own name before "near" spans the town too.
			expect(at('Families slept at the peacekeepers’ headquarters near Khojaly.')).toEqual([['peacekeepers’ headquarters near Khojaly', ['peacekeeping-hq']]]);
			expect(at('The joint monitoring centre outside Agdam closed.')).toEqual([['joint monitoring centre outside Agdam', ['monitoring-centre-aghdam']]]);
			// A bare centre in a town is the curated centre standing there; a facility with its district is one span.
			expect(at('A ceremony was held at the center in Aghdam.')).toEqual([['center in Aghdam', ['monitoring-centre-aghdam']]]);
			// "by", "the" before the town, a capitalised facility, the Armenian name of the town.
			expect(at('Many sheltered at the base by the airport at Khojaly.')).toEqual([['base by the airport at Khojaly', ['peacekeeping-hq']]]);
			expect(at('A ceremony was held at the base at the Ivanyan airfield.')).toEqual([['base at the Ivanyan airfield', ['peacekeeping-hq']]]);
			expect(at('The Joint Center in Aghdam flew its last drone.')).toEqual([['Joint Center in Aghdam', ['monitoring-centre-aghdam']]]);
			// A curated facility's name before its purpose and site: one span with them, not the town too.
			expect(at('The Russian-Turkish center for monitoring the ceasefire near the town of Aghdam closed.')).toEqual([
				['Russian-Turkish center for monitoring the ceasefire near the town of Aghdam', ['monitoring-centre-aghdam']]
			]);
			expect(at('Officers at the Russian-Turkish monitoring centre in the Agdam district flew drones.')).toEqual([
				['Russian-Turkish monitoring centre in the Agdam district', ['monitoring-centre-aghdam']]
			]);
		});
		it('reports a centre or a camp in a town with no curated facility of its kind as one compound, never the town', () => {
			const { mentions, unmatched } = run('Registration went on at the humanitarian centre in Kornidzor and at a camp near Goris.', '2023-09-26');
			expect(mentions).toEqual([]);
			expect(unmatched.map((u) => u[0])).toEqual(['humanitarian centre in Kornidzor', 'camp near Goris']);
			// Another kind of centre, even in the town of the curated one.
			expect(run('Children were fed at the cultural centre in Aghdam.', '2022-05-01').unmatched.map((u) => u[0])).toEqual(['cultural centre in Aghdam']);
			// A monastery's region is a place of its own.
			expect(run('Monks left the Dadivank monastery in the Kalbajar region.', '2022-05-01').mentions.map((m) => m[0])).toEqual(['Dadivank monastery', 'Kalbajar']);
		});
		it('joins a town and a generic head to the one facility of that kind standing near the town', () => {
			const at = (text: string) => run(text, '2022-05-01').mentions.map((m) => [m[0], m[1]]);
			expect(at('Trucks left the Khojaly base at dawn.')).toEqual([['Khojaly base', ['peacekeeping-hq']]]);
			expect(at('Officers at the Agdam center logged two drones.')).toEqual([['Agdam center', ['monitoring-centre-aghdam']]]);
			expect(run('Trucks left the Shusha base at dawn.', '2022-05-01').unmatched).toEqual([['Shusha base', 'names a base, not the town: no curated feature']]);
		});
		it('joins a short form of a facility named before ("the joint centre"), not a bare "the centre"', () => {
			const at = (text: string) => run(text, '2022-05-01').mentions.map((m) => [m[0], m[1]]);
			expect(at('The Turkish-Russian joint monitoring centre opened. The joint centre has forty officers. The centre has drones.')).toEqual([
				['Turkish-Russian joint monitoring centre', ['monitoring-centre-aghdam']],
				['joint centre', ['monitoring-centre-aghdam']]
			]);
			expect(at('The joint centre has forty officers.')).toEqual([]);
		});
		it('reports a valley named for a town as a compound', () => {
			expect(run('Trucks drove through the Tartar valley.').unmatched).toEqual([['Tartar valley', 'names a valley, not the town: no curated feature']]);
		});
		it('reads the bracketed name first or second, and the road’s spellings', () => {
			expect(run('Trucks waited on the Berdzor (Lachin) corridor.').mentions).toEqual([
				['Berdzor (Lachin) corridor', ['lachin-corridor-2020'], 'Berdzor corridor', 'alias']
			]);
			for (const road of ['Goris-Stepanakert road', 'Stepanakert–Goris road']) {
				expect(run(`Trucks waited on the ${road}.`).mentions.map((m) => [m[0], m[1]]), road).toEqual([
					[road, ['lachin-corridor-2020']]
				]);
			}
		});
		it('joins a spelling of a curated compound as a variant', () => {
			expect(run('Trucks waited at the Laçın checkpoint.', '2023-06-01').mentions).toEqual([
				['Laçın checkpoint', ['hakari-bridge'], 'Lachin checkpoint', 'variant']
			]);
		});
		it('reports a town’s name before a river as a compound, not the town', () => {
			const { mentions, unmatched } = run('Fishermen camped on the Tartar river.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([['Tartar river', 'names a river, not the town: no curated feature']]);
		});
		it('keeps the town beside a compound that names something else', () => {
			expect(run('The Lachin corridor was closed. Lachin itself was quiet.').mentions).toEqual([
				['Lachin corridor', ['lachin-corridor-2020'], 'Lachin corridor', 'alias'],
				['Lachin', ['lachin'], 'Lachin', 'name']
			]);
		});
	});

	describe('spelling variants', () => {
		it('ties spellings no alias lists, with how = variant', () => {
			expect(run('Residents of Qubadlı, Gubadly and Kubatly returned.').mentions).toEqual([
				['Qubadlı', ['qubadli'], 'Qubadli', 'name'],
				['Gubadly', ['qubadli'], 'Gubadly', 'alias'],
				['Kubatly', ['qubadli'], 'Qubadli', 'variant']
			]);
			expect(run('Xocalı, Khojaly and Khodjaly were named.').mentions).toEqual([
				['Xocalı', ['khojaly'], 'Xocalı', 'alias'],
				['Khojaly', ['khojaly'], 'Khojaly', 'name'],
				['Khodjaly', ['khojaly'], 'Khojaly', 'variant']
			]);
			expect(run('Refugees returned to Dzhebrail.').mentions).toEqual([['Dzhebrail', ['jabrayil'], 'Jabrayil', 'variant']]);
		});
		it('ties Qarabağ (ğ, ı, ş, ə) to Karabakh, but not inside a club’s name', () => {
			expect(run('The last convoy left Qarabağ for Şuşa and Xankəndi.').mentions.map((m) => [m[0], m[1]])).toEqual([
				['Qarabağ', ['nagorno-karabakh']],
				['Şuşa', ['shusha']],
				['Xankəndi', ['stepanakert']]
			]);
			expect(run('Fans of Qarabağ FK cheered.').mentions).toEqual([]);
		});
		it('does not take a person for a variant', () => {
			expect(run('Mr Kubatly said nothing.').mentions).toEqual([]);
			expect(run('Kubatly said nothing about the road.').mentions).toEqual([]);
		});
		it('does not take "Span" for Spain', () => {
			expect(run('Workers met at the Span hotel bar.').mentions).toEqual([]);
		});
	});

	describe('a town the text places elsewhere', () => {
		const places: Record<string, { name: string; country: string; lon: number; lat: number }[]> = {
			martuni: [{ name: 'Martuni', country: 'AM', lon: 45.3, lat: 40.14 }],
			sevanik: [{ name: 'Sevanik', country: 'AM', lon: 45.15, lat: 40.26 }]
		};
		const geonames = { lookup: (k: string) => places[k] };
		it('reports a dateline town with another province, and its repeats, unless a curated area locates one', () => {
			const body = 'MARTUNI, Sevanik – Buses left Martuni at dawn. This Martuni is not the town in Nagorno-Karabakh, Martuni, on the front.';
			const a = articleOf(body, { date: '2022-09-20' });
			const r = extractArticle(a, matcher, { geonames });
			expect(r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids])).toEqual([
				['Nagorno-Karabakh', ['nagorno-karabakh']],
				['Martuni', ['martuni']]
			]);
			expect(r.unmatched.find((u) => u.name === 'MARTUNI')!.spans.map((s) => a.body.slice(s.start, s.end))).toEqual(['MARTUNI', 'Martuni', 'Martuni']);
		});
	});

	describe('the trace on records', () => {
		it('says for each place which words tied it, to which name, and how', () => {
			const { r } = run('Convoys went from Khankendi to Kubatly and Lachin.');
			expect(r.records.map((q) => [q.kind, q.text, q.places])).toEqual([
				['passage', 'Convoys went from Khankendi to Kubatly and Lachin.', ['stepanakert', 'qubadli', 'lachin']]
			]);
			expect(r.records[0]!.trace).toEqual([
				{ id: 'stepanakert', start: 18, end: 27, text: 'Khankendi', name: 'Khankendi', how: 'name' },
				{ id: 'qubadli', start: 31, end: 38, text: 'Kubatly', name: 'Qubadli', how: 'variant' },
				{ id: 'lachin', start: 43, end: 49, text: 'Lachin', name: 'Lachin', how: 'name' }
			]);
		});
		it('traces an alias and a compound', () => {
			const { r } = run('“The Lachin (Berdzor) corridor stays open,” the officer said in Gumri.', '2021-05-01');
			const q = r.records.find((x) => x.kind === 'quote')!;
			expect(q.text).toBe('The Lachin (Berdzor) corridor stays open,');
			expect(q.trace!.map((t) => [t.id, t.text, t.name, t.how])).toEqual([
				['lachin-corridor-2020', 'Lachin (Berdzor) corridor', 'Lachin corridor', 'alias'],
				['gyumri', 'Gumri', 'Gumri', 'alias']
			]);
		});
	});
});
