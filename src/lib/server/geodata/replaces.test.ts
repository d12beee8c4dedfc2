import { describe, expect, it } from 'vitest';
import { feat, expectOne, run } from './__fixtures__/helpers';
import { loadGeodata } from './load';

const LINES = 'geodata/lines.geojson';

/** A second corridor road that took over from the fixture's `corridor` on the day it closed. */
function withNewRoad(
	d: ReturnType<typeof import('./__fixtures__/minimal').minimal>,
	props: Record<string, unknown> = {}
) {
	const old = feat(d.lines, 'corridor');
	d.lines.features.push({
		...old,
		properties: {
			...old.properties,
			id: 'corridor-new',
			name: 'New corridor',
			aliases: ['New road'],
			valid_from: '2022-08-30',
			valid_to: '2023-10-01',
			replaces: 'corridor',
			...props
		}
	} as unknown as (typeof d.lines.features)[number]);
}

describe('replaces: a feature that took over from another', () => {
	it('accepts a later road replacing an earlier one', () => {
		expect(run((d) => withNewRoad(d)).errors).toEqual([]);
	});
	it('names an unknown id', () => {
		expectOne(
			run((d) => withNewRoad(d, { replaces: 'no-such-road' })),
			{
				file: LINES,
				feature: 'corridor-new',
				field: 'properties.replaces',
				message: /"no-such-road", which is not a curated feature/
			}
		);
	});
	it('refuses another kind, itself, an open end and an overlap', () => {
		expectOne(
			run((d) => withNewRoad(d, { replaces: 'zone' })),
			{
				file: LINES,
				feature: 'corridor-new',
				field: 'properties.replaces',
				message: /"zone" is a zone; a corridor can only replace a corridor/
			}
		);
		expectOne(
			run((d) => withNewRoad(d, { replaces: 'corridor-new' })),
			{
				file: LINES,
				feature: 'corridor-new',
				field: 'properties.replaces',
				message: /cannot replace itself/
			}
		);
		expectOne(
			run((d) => withNewRoad(d, { valid_from: '2021-01-01' })),
			{
				file: LINES,
				feature: 'corridor-new',
				field: 'properties.replaces',
				message: /ends on 2022-08-30, after this feature begins \(2021-01-01\)/
			}
		);
		expectOne(
			run((d) => {
				withNewRoad(d);
				delete feat(d.lines, 'corridor').properties.valid_to;
			}),
			{ file: LINES, feature: 'corridor-new', field: 'properties.replaces', message: /has no valid_to/ }
		);
	});
	it('links the Lachin corridor’s 2022 road to its 2020 road in geodata/', () => {
		const { geodata, errors } = loadGeodata('geodata');
		expect(errors).toEqual([]);
		const road = geodata!.lines.features.find((f) => f.properties.id === 'lachin-corridor-2022');
		expect(road?.properties.replaces).toBe('lachin-corridor-2020');
	});
});
