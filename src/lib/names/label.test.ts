import { describe, expect, it } from 'vitest';
import { displayLabel } from './label';

describe('display label', () => {
	it('labels contested places with both names', () => {
		expect(displayLabel('Stepanakert', 'Khankendi')).toBe('Stepanakert (Khankendi)');
		expect(displayLabel('Baku', null)).toBe('Baku');
	});
});
