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
});
