// Session 24: page furniture real pages (read through the search tool's stored pages, not copied) carry
// that the rules left in: a "Subjects:" tag line and a reader appeal to "become our patron". Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';

describe('furniture: session 24', () => {
	it('skips a subjects tag line', () => {
		expect(why('Subjects: RussiaAzerbaijanKarabakh')).not.toBeNull();
		expect(why('Subjects of the talks were the road and the water.')).toBeNull();
	});

	it('skips an appeal to become the outlet’s patron', () => {
		expect(why('Support HP or become our patron!')).not.toBeNull();
		expect(why('Support the readers or become a member.')).not.toBeNull();
		expect(why('Villagers asked the mayor to support them or become their patron.')).toBeNull();
	});
});
