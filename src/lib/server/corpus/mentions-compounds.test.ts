// Compounds: a corridor, a road, a centre or a base named with a town, joined to the feature the
// phrase names rather than to the town in it, or reported whole. The inline fixture has no
// facilities, so these run against the curated geodata/. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { curatedGeodata, joinedText } from './__fixtures__/article-text';
import { matcherFor } from './join';

const real = curatedGeodata;

describe.runIf(real)('place mentions against geodata/', () => {
	const matcher = matcherFor(real!);
	const run = (body: string, date?: string) => joinedText(matcher, body, date);

	describe('compounds', () => {
		it('joins "Lachin (Berdzor) corridor" to the corridor of the article’s date, not the town', () => {
			expect(
				run('Traffic resumed on the Lachin (Berdzor) corridor on Monday.', '2023-05-01').mentions
			).toEqual([['Lachin (Berdzor) corridor', ['lachin-corridor-2022'], 'Lachin corridor', 'alias']]);
			expect(
				run('Traffic resumed on the Lachin (Berdzor) corridor on Monday.', '2021-05-01').mentions
			).toEqual([['Lachin (Berdzor) corridor', ['lachin-corridor-2020'], 'Lachin corridor', 'alias']]);
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
		it('joins the Russian ministry’s “line of combat contact” to the line of contact of the article’s date', () => {
			expect(run('Units crossed the line of combat contact at dawn.', '2023-09-19').mentions).toEqual([
				['line of combat contact', ['line-of-contact-2020'], 'line of combat contact', 'alias']
			]);
		});
		it('reports a dashed chain from a curated town through names no feature has as one road, the town too', () => {
			const { mentions, unmatched } = run(
				'Patrols drove the Stepanakert-Vantor-Kellow road at night.',
				'2022-12-01'
			);
			expect(mentions).toEqual([]);
			expect(unmatched.map((u) => u[0])).toEqual(['Stepanakert-Vantor-Kellow road']);
		});
		it('takes the two states that run a facility, joined by a dash, into its name', () => {
			expect(
				run('Officers left the Türkiye-Russia Joint Monitoring Center in Ağdam on Friday.', '2024-04-20')
					.mentions
			).toEqual([
				[
					'Türkiye-Russia Joint Monitoring Center in Ağdam',
					['monitoring-centre-aghdam'],
					'joint monitoring centre',
					'alias'
				]
			]);
			// A dashed pair with no facility after it stays two places.
			expect(run('Türkiye-Russia talks resumed on Friday.', '2024-04-20').mentions.map((m) => m[0])).toEqual([
				'Türkiye',
				'Russia'
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
			expect(ids('Buses crossed the former contact line at dawn.', '2021-06-01')).toEqual([
				['line-of-contact-1994']
			]);
			expect(ids('Buses crossed the former contact line at dawn.', '2024-03-01')).toEqual([
				['line-of-contact-2020']
			]);
			// The 2022 road ends on 1 Oct 2023: in its last days "the former corridor" is that road, not the 2020 one.
			expect(ids('A checkpoint now stands on the former Lachin corridor.', '2023-09-26')).toEqual([
				['lachin-corridor-2022']
			]);
			expect(ids('Trucks used the old Lachin corridor.', '2023-09-26')).toEqual([['lachin-corridor-2020']]);
		});
		it('names a road by the two ends of a dashed chain, or reports the whole chain', () => {
			expect(
				run('Buses used the Goris-Kornidzor-Stepanakert highway.', '2021-05-01').mentions.map((m) => [
					m[0],
					m[1]
				])
			).toEqual([['Goris-Kornidzor-Stepanakert highway', ['lachin-corridor-2020']]]);
			const { mentions, unmatched } = run('The convoy took the Barda–Tartar–Aghdam road.');
			expect(mentions).toEqual([]);
			expect(unmatched).toEqual([
				['Barda–Tartar–Aghdam road', 'names a road, not the town: no curated feature']
			]);
			// A town the curated road does not pass names another road; and the last town alone is not the
			// road ("Laçın highway" would be a spelling of the curated "Lachin road").
			const other = run(
				'Sappers cleared the Kalbajar–Lachin highway and the Kəlbəcər–Laçın highway.',
				'2023-10-20'
			);
			expect(other.mentions).toEqual([]);
			expect(other.unmatched.map((u) => u[0])).toEqual(['Kalbajar–Lachin highway', 'Kəlbəcər–Laçın highway']);
			expect(
				run('Buses used the Goris–Lachin road.', '2021-05-01').mentions.map((m) => [m[0], m[1]])
			).toEqual([['Goris–Lachin road', ['lachin-corridor-2020']]]);
		});
		it('reports a valley named for a town as a compound', () => {
			expect(run('Trucks drove through the Tartar valley.').unmatched).toEqual([
				['Tartar valley', 'names a valley, not the town: no curated feature']
			]);
		});
		it('reads the bracketed name first or second, and the road’s spellings', () => {
			expect(run('Trucks waited on the Berdzor (Lachin) corridor.').mentions).toEqual([
				['Berdzor (Lachin) corridor', ['lachin-corridor-2020'], 'Berdzor corridor', 'alias']
			]);
			for (const road of ['Goris-Stepanakert road', 'Stepanakert–Goris road']) {
				expect(
					run(`Trucks waited on the ${road}.`).mentions.map((m) => [m[0], m[1]]),
					road
				).toEqual([[road, ['lachin-corridor-2020']]]);
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
		it('reads where a facility stands said with a participle, and a facility named before its head (holdout10)', () => {
			const at = (text: string) => run(text, '2022-05-01').mentions.map((m) => [m[0], m[1]]);
			expect(at('Nobody asked the Russian military base stationed in Gyumri to leave.')).toEqual([
				['Russian military base stationed in Gyumri', ['russian-102nd-base']]
			]);
			expect(at('The new facility in Aghdam has forty officers.')).toEqual([
				['new facility in Aghdam', ['monitoring-centre-aghdam']]
			]);
			expect(run('A storage facility in Aghdam was built.', '2022-05-01').unmatched.map((u) => u[0])).toEqual(
				['storage facility in Aghdam']
			);
			expect(at('It is the only Russian military facility in the South Caucasus.')).toEqual([
				['South Caucasus', ['south-caucasus']]
			]);
			// The monastery has its own name: the town after it is the town.
			expect(at('Monks at the Dadivank (Khudavang) monastery in Kalbajar stayed.').map((m) => m[0])).toEqual([
				'Dadivank',
				'Khudavang',
				'Kalbajar'
			]);
			// An office named by its owner is a building in the town (settled in session 16): the town is the
			// mention; near a town it is a site outside it.
			expect(at('Patients of the ICRC office in Stepanakert waited.')).toEqual([
				['Stepanakert', ['stepanakert']]
			]);
			expect(run('Patients of the ICRC office near Stepanakert waited.').unmatched.map((u) => u[0])).toEqual([
				'ICRC office near Stepanakert'
			]);
			expect(at('The office in Stepanakert said so.')).toEqual([['Stepanakert', ['stepanakert']]]);
		});
		it('keeps the town beside a compound that names something else', () => {
			expect(run('The Lachin corridor was closed. Lachin itself was quiet.').mentions).toEqual([
				['Lachin corridor', ['lachin-corridor-2020'], 'Lachin corridor', 'alias'],
				['Lachin', ['lachin'], 'Lachin', 'name']
			]);
		});
	});
});
