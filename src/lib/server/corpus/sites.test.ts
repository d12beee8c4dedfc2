// A compass word and a unit's head around a place name make another unit. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { unitAround } from './town-qualifiers';

const unit = (body: string, name: string) => {
	const start = body.indexOf(name);
	const u = unitAround(body, { start, end: start + name.length });
	return u && body.slice(u.start, u.end);
};

describe('unitAround', () => {
	it('takes "West Armenia" before "and X provinces" as a unit sharing the plural head', () => {
		expect(unit('Shells fell on farms in West Armenia and Lori provinces last week.', 'Armenia')).toBe(
			'West Armenia'
		);
		expect(unit('Farmers in North Georgia province sold grain.', 'Georgia')).toBe('North Georgia province');
	});
	it('leaves "Eastern" and a name with no unit head after "and X"', () => {
		expect(unit('Shells fell in Eastern Armenia and Lori provinces.', 'Armenia')).toBe(null);
		expect(unit('Trade between South Armenia and Lori grew.', 'Armenia')).toBe(null);
	});
});
