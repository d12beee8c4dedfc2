// Session 26: a magazine's date line with the month cut short, the day's ordinal and where it was filed
// ("Apr 20th 2024 | Baku and Yerevan") was read as a caption, and the dek above it with it. Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furniture: session 26', () => {
	it('reads a date with the month cut short, an ordinal or where it was filed as a date line', () => {
		for (const line of [
			'Apr 20th 2024 | Portvale and Lindmoor',
			'Apr 20th 2024',
			'April 20, 2024 | Portvale',
			'Sept. 3, 2023'
		])
			expect(why(line)).toBe('date line');
		// A headline that starts with a month is no date line.
		expect(why('April brings the ferry back to Lindmoor')).not.toBe('date line');
	});

	it('keeps the dek above such a date line as the story’s', () => {
		const page = [
			'Ferry returns to Lindmoor',
			'The crews quietly bring the last boat back from Portvale',
			'Apr 20th 2024 | Portvale and Lindmoor',
			'Save | Share | Give',
			'WHEN THE FERRY sailed into Lindmoor in November, the quay was full of people who had waited for it all year.'
		].join('\n');
		expect(kept(page, 'Ferry returns to Lindmoor')).toEqual([
			'Ferry returns to Lindmoor',
			'The crews quietly bring the last boat back from Portvale',
			'WHEN THE FERRY sailed into Lindmoor in November, the quay was full of people who had waited for it all year.'
		]);
	});

	it('skips a French "Lire aussi |" link, a copyright after a domain or in Azerbaijani, and notes on who wrote it', () => {
		expect(why('Lire aussi | Au port de Lindmoor, le ferry est revenu')).toBe('“read more” link');
		expect(why('Harbour.am All rights reserved. When quoting, a reference to Harbour is mandatory.')).toBe(
			'copyright line'
		);
		expect(why('Müəllif hüquqları qorunur. Məlumatdan istifadə edərkən istinad mütləqdir.')).toBe(
			'copyright line'
		);
		expect(why('The author is a political analyst who writes on ferries.')).toBe('byline');
		expect(why('Anna Petrosyan reported from Portvale. Aram Vardanyan reported from Lindmoor, Lindia.')).toBe(
			'byline'
		);
		// Reporting about authors and reporters stays.
		expect(why('The author of the decree is a former harbour master, officials said.')).toBeNull();
		expect(
			why('Anna Petrosyan reported from Portvale that the ferry had left at dawn with forty people.')
		).toBeNull();
	});
});
