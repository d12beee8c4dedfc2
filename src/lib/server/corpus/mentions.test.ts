// Place mentions: organisation names set aside, spelling variants, a town placed elsewhere and the
// trace on records (compounds: mentions-compounds.test.ts). The inline fixture has
// no facilities, so these run against the curated geodata/. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata, joinedText } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
import { findMentions } from './mentions';
import { capitalisedRuns } from './scan';
import { variantIndex } from './variants';

const real = curatedGeodata;

describe.runIf(real)('place mentions against geodata/', () => {
	const matcher = matcherFor(real!);
	const variants = variantIndex([...matcher.entries.values()]);

	const run = (body: string, date?: string) => joinedText(matcher, body, date);
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
			expect(direct('Quoting Reuters-Armenia, the paper wrote from Baku.').mentions).toEqual([
				['Baku', ['baku']]
			]);
		});
		it('reports a unit named with a compass word and a country as one compound, not the country', () => {
			expect(direct('Farmers in West Armenia province sold grain; South Armenia region too.')).toEqual({
				mentions: [],
				setAside: [
					['West Armenia province', 'names an administrative unit, not the place: no curated feature', true],
					['South Armenia region', 'names an administrative unit, not the place: no curated feature', true]
				]
			});
			expect(direct('Farmers in West Armenya province sold grain.').setAside).toEqual([
				['West Armenya province', 'names an administrative unit, not the place: no curated feature', true]
			]);
			expect(
				direct('Farmers in the Karabakh economic region and in the south of Armenia sold grain.').mentions
			).toEqual([
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
			expect(
				direct(
					'In a statement sent to Tbilisi Signal, the Yerevan Independent said Baku was calm.'
				).setAside.map((s) => s[0])
			).toEqual(['Yerevan']);
			expect(direct('Public Radio of Armenia reported the news.')).toEqual({
				mentions: [],
				setAside: [['Armenia', 'part of an organisation’s name', false]]
			});
		});
		it('sets aside a place inside a company’s or a mission’s name ("X InfoCenter", "X Gas", "the Y Mission in X")', () => {
			expect(
				direct('Shusha InfoCenter said Armenia Gas and the Nordic Mission in Azerbaijan met in Baku.')
			).toEqual({
				mentions: [['Baku', ['baku']]],
				setAside: [
					['Shusha', 'part of an organisation’s name', false],
					['Armenia', 'part of an organisation’s name', false],
					['Azerbaijan', 'part of an organisation’s name', false]
				]
			});
		});
		it('sets aside a place inside a force’s own name ("the X Defence Army", "the X Army"), not in "X’s army"', () => {
			expect(direct('The Karabakh Defense Army and the Shusha Self-Defence Forces withdrew.')).toEqual({
				mentions: [],
				setAside: [
					['Karabakh', 'part of an organisation’s name', false],
					['Shusha', 'part of an organisation’s name', false]
				]
			});
			expect(direct('Units of the Azerbaijan Army moved in.').mentions).toEqual([]);
			expect(direct('Units of Azerbaijan’s army moved in.').mentions).toEqual([
				['Azerbaijan', ['azerbaijan']]
			]);
		});
		it('reports a ridge or range named for a curated region as a compound, not the region', () => {
			expect(direct('Troops held the Karabakh ridge.').mentions).toEqual([]);
		});
		it('still finds the place when the outlet only reports from it', () => {
			expect(direct('A correspondent in Russia reported the news.').mentions).toEqual([
				['Russia', ['russia']]
			]);
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
			expect(run('Refugees returned to Dzhebrail.').mentions).toEqual([
				['Dzhebrail', ['jabrayil'], 'Jabrayil', 'variant']
			]);
		});
		it('ties Qarabağ (ğ, ı, ş, ə) to Karabakh, but not inside a club’s name', () => {
			expect(
				run('The last convoy left Qarabağ for Şuşa and Xankəndi.').mentions.map((m) => [m[0], m[1]])
			).toEqual([
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
			const body =
				'MARTUNI, Sevanik – Buses left Martuni at dawn. This Martuni is not the town in Nagorno-Karabakh, Martuni, on the front.';
			const a = articleOf(body, { date: '2022-09-20' });
			const r = extractArticle(a, matcher, { geonames });
			expect(r.mentions.map((m) => [a.body.slice(m.start, m.end), m.ids])).toEqual([
				['Nagorno-Karabakh', ['nagorno-karabakh']],
				['Martuni', ['martuni']]
			]);
			expect(
				r.unmatched.find((u) => u.name === 'MARTUNI')!.spans.map((s) => a.body.slice(s.start, s.end))
			).toEqual(['MARTUNI', 'Martuni', 'Martuni']);
		});
	});

	describe('the trace on records', () => {
		it('says for each place which words tied it, to which name, and how', () => {
			const { r } = run('Convoys went from Khankendi to Kubatly and Lachin.');
			expect(r.records.map((q) => [q.kind, q.text, q.places])).toEqual([
				[
					'passage',
					'Convoys went from Khankendi to Kubatly and Lachin.',
					['stepanakert', 'qubadli', 'lachin']
				]
			]);
			expect(r.records[0]!.trace).toEqual([
				{ id: 'stepanakert', start: 18, end: 27, text: 'Khankendi', name: 'Khankendi', how: 'name' },
				{ id: 'qubadli', start: 31, end: 38, text: 'Kubatly', name: 'Qubadli', how: 'variant' },
				{ id: 'lachin', start: 43, end: 49, text: 'Lachin', name: 'Lachin', how: 'name' }
			]);
		});
		it('traces an alias and a compound', () => {
			const { r } = run(
				'“The Lachin (Berdzor) corridor stays open,” the officer said in Gumri.',
				'2021-05-01'
			);
			const q = r.records.find((x) => x.kind === 'quote')!;
			expect(q.text).toBe('The Lachin (Berdzor) corridor stays open,');
			expect(q.trace!.map((t) => [t.id, t.text, t.name, t.how])).toEqual([
				['lachin-corridor-2020', 'Lachin (Berdzor) corridor', 'Lachin corridor', 'alias'],
				['gyumri', 'Gumri', 'Gumri', 'alias']
			]);
		});
	});
});
