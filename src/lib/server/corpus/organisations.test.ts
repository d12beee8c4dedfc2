// A place inside an organisation's or a mission's own name is no mention. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { isOrganisation } from './organisations';

const inside = (body: string, name: string) => {
	const start = body.indexOf(name);
	return isOrganisation(body, { start, end: start + name.length });
};

describe('isOrganisation', () => {
	it('takes the place after "the X Mission in" as part of the mission’s name', () => {
		expect(inside('The Nordic Mission in Armenia met in Goris.', 'Armenia')).toBe(true);
	});
	it('leaves the town an embassy or a consulate stands in (a building in the town, eval/README)', () => {
		expect(inside('The Norvalian Embassy in Yerevan said the visas were ready.', 'Yerevan')).toBe(false);
		expect(inside('The Norvalian Consulate General in Gyumri closed early.', 'Gyumri')).toBe(false);
	});
	it('leaves a place that only follows a lowercase word, or the town a mission meets in', () => {
		expect(inside('The ambassador stayed in Yerevan for talks.', 'Yerevan')).toBe(false);
		expect(inside('The Nordic Mission in Armenia met in Goris.', 'Goris')).toBe(false);
	});
	it('leaves a place after "Today" opening a sentence, and keeps "Norvalia Today" an outlet', () => {
		expect(inside('Today Lindmoor is free.', 'Lindmoor')).toBe(false);
		expect(inside('The war is over. “Today Lindmoor is free,” he said.', 'Lindmoor')).toBe(false);
		expect(inside('The interview was given to Norvalia Today on Monday.', 'Norvalia')).toBe(true);
	});
	it('takes a country after an outlet’s brand as part of its edition’s name', () => {
		expect(inside('Later, Sputnik Azerbaijan wrote that the road was shut.', 'Azerbaijan')).toBe(true);
		expect(inside('Officials told TASS Armenia on Friday.', 'Armenia')).toBe(true);
	});
	it('leaves a country after an outlet’s sentence, or the army that moved into it', () => {
		expect(inside('The army moved into Armenia at dawn.', 'Armenia')).toBe(false);
		expect(inside('Reported by TASS. Armenia denied it.', 'Armenia')).toBe(false);
		expect(inside('Sputnik Armenia’s editor was in Gyumri.', 'Armenia')).toBe(false);
	});
	it('takes a place in an outlet’s name before a possessive, and in a party’s name before its head', () => {
		expect(inside('Maps posted by the Norvale Observer’s team showed the road.', 'Norvale')).toBe(true);
		expect(inside('The chairman of the Armenia of Tomorrow party spoke in Goris.', 'Armenia')).toBe(true);
		expect(inside('Members of the Bright Armenia party met in Goris.', 'Armenia')).toBe(true);
		expect(inside('The Free Armenia Movement held a rally.', 'Armenia')).toBe(true);
	});
	it('leaves a place before a lowercase "party" with no name around it, and a town the party met in', () => {
		expect(inside('Students in Armenia party on weekends.', 'Armenia')).toBe(false);
		expect(inside('Members of the Bright Armenia party met in Goris.', 'Goris')).toBe(false);
		expect(inside('The Army of Armenia moved to Goris.', 'Goris')).toBe(false);
	});
	it('takes a country before a channel number as the channel ("told NORVALIA 24", "Norvalia 1 showed"), not a score', () => {
		expect(inside('A doctor told NORVALIA 24 by phone that the wards were full.', 'NORVALIA')).toBe(true);
		expect(inside('On Monday Norvalia 1 showed the convoy.', 'Norvalia')).toBe(true);
		expect(inside('Armenia 1.5 million people', 'Armenia')).toBe(false);
	});
	it('takes a place before "Police" as the force’s own name', () => {
		expect(inside('The Portia Police said the road was open.', 'Portia')).toBe(true);
	});
	it('leaves a state named "of the Republic of X" inside its body’s name a mention', () => {
		expect(
			inside(
				'Two deminers of the Mine Action Agency of the Republic of Azerbaijan were hurt.',
				'Republic of Azerbaijan'
			)
		).toBe(false);
	});
});
