// A place inside an organisation's or a mission's own name is no mention. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { isOrganisation } from './organisations';

const inside = (body: string, name: string) => {
	const start = body.indexOf(name);
	return isOrganisation(body, { start, end: start + name.length });
};

describe('isOrganisation', () => {
	it('takes the town after "the X Embassy in" or "Consulate General in" as part of the mission’s name', () => {
		expect(inside('The Norvalian Embassy in Yerevan said the visas were ready.', 'Yerevan')).toBe(true);
		expect(inside('The Norvalian Consulate General in Gyumri closed early.', 'Gyumri')).toBe(true);
		expect(inside('The Nordic Mission in Armenia met in Goris.', 'Armenia')).toBe(true);
	});
	it('leaves a place that only follows a lowercase word, or the town a mission meets in', () => {
		expect(inside('The ambassador stayed in Yerevan for talks.', 'Yerevan')).toBe(false);
		expect(inside('The Nordic Mission in Armenia met in Goris.', 'Goris')).toBe(false);
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
});
