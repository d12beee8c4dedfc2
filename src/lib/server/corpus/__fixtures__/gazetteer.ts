/**
 * A small inline gazetteer shaped like geodata/ (schema.ts), so the corpus tests don't depend on
 * the curated files; the seed tests also run against geodata/ when it is there.
 */
import type { Geodata, LineFeature, PlaceFeature } from '../../../data/types';

const src = [{ title: 'fixture', url: 'https://example.org/' }];

function place(
	id: string,
	name: string,
	aliases: string[],
	contested_name: string | null = null
): PlaceFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [46.7, 39.8] },
		properties: { id, name, contested_name, aliases, kind: 'city', precision: 'exact', sources: src }
	};
}

function line(id: string, name: string, aliases: string[]): LineFeature {
	return {
		type: 'Feature',
		geometry: {
			type: 'LineString',
			coordinates: [
				[46.5, 39.5],
				[46.9, 40.1]
			]
		},
		properties: { id, name, aliases, kind: 'line of contact', precision: 'schematic', sources: src }
	};
}

export const fixtureGeodata: Geodata = {
	periods: [
		{ id: 'war-2020', label: '2020 war', start: '2020-09-27', end: '2020-11-10', description: 'fixture' },
		{
			id: 'deployment-2020',
			label: 'Deployment',
			start: '2020-11-10',
			end: '2020-12-31',
			description: 'fixture'
		},
		{ id: 'offensive-2023', label: '2023', start: '2023-09-19', end: '2023-10-31', description: 'fixture' }
	],
	places: {
		type: 'FeatureCollection',
		features: [
			place('stepanakert', 'Stepanakert', ['Khankendi', 'Xankəndi', 'Степанакерт'], 'Khankendi'),
			place('shusha', 'Shusha', ['Shushi', 'Şuşa', 'Choucha', 'Chouchi'], 'Shushi'),
			place('gyumri', 'Gyumri', ['Gumri', 'Leninakan']),
			place('baku', 'Baku', ['Bakı']),
			place('yerevan', 'Yerevan', ['Erevan']),
			place('moscow', 'Moscow', ['Moskva']),
			place('nagorno-karabakh', 'Nagorno-Karabakh', ['Karabakh', 'Artsakh', 'Nagorny Karabakh']),
			place('armenia', 'Armenia', []),
			place('azerbaijan', 'Azerbaijan', [])
		]
	},
	lines: {
		type: 'FeatureCollection',
		features: [
			line('line-of-contact-2020', 'Line of contact', ['line of contact', 'contact line']),
			line('lachin-corridor', 'Lachin corridor', ['Lachin road'])
		]
	},
	posts: { type: 'FeatureCollection', features: [] },
	postCounts: []
};
