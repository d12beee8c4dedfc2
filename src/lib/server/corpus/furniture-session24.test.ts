// Session 24: page furniture real pages (read through the search tool's stored pages, not copied) carry
// that the rules left in: a "Subjects:" tag line and a reader appeal to "become our patron". Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

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

	it('keeps a live blog entry’s title under a time without a year, and a last sentence with a wire’s end mark', () => {
		expect(
			kept(
				'Live: the pull-out\n\n19 April, 18:10\nFerries stop at Kelvarn\n\nThe harbour office said the last ferry left at noon and no more would sail this week.',
				'Live: the pull-out'
			)
		).toContain('Ferries stop at Kelvarn');
		expect(why('Traffic around Kelvarn was stopped, witnesses said. -0-')).toBeNull();
	});

	it('reads a row of share links over the headline as two lines, not one wrapped paragraph', () => {
		expect(
			kept(
				'Share on Facebook | Share on Twitter | Share on WhatsApp\nFerry centre in Kelvarn starts work\n\nThe centre opened on Monday with a ceremony at the harbour, the ministry said.',
				'Ferry centre in Kelvarn starts work'
			)
		).toContain('Ferry centre in Kelvarn starts work');
	});

	it('skips the notes blogs, wires and radio sites print about the page', () => {
		for (const line of [
			'Comments are closed.',
			'This post is also available in: ქართული (Georgian) Русский (Russian)',
			'(Compiled by Harbour Post Lindmoor and Portvale bureaus; Editing by Lena Moss)',
			'Please contact us for subscription options.',
			'Want more analysis from HARBOUR? Harbour Pro is our premium service.',
			'Harbour transcripts are created on a rush deadline by a contractor.',
			'Transcript',
			'A Message from The Harbour Times: Dear readers, we need your help.'
		])
			expect(why(line), line).not.toBeNull();
		expect(why('The comments are closed to the public, the ministry said.')).toBeNull();
	});

	it('skips a menu of sections, a rubric with its day, a masthead in capitals and tags in another script', () => {
		for (const line of [
			'Politics | Economy | Society | Culture | Sports | Karabakh is ours!',
			'Politics | 19 September 2023 14:35',
			'RUSSIAN NEWS AGENCY',
			'THE HARBOUR JOURNAL.',
			'Нагорный Карабах',
			'TURAN Information Agency'
		])
			expect(why(line), line).not.toBeNull();
		expect(
			why('The ferry left at noon | the bridge stayed closed until the evening, the ministry said.')
		).toBeNull();
	});

	it('skips appeals and ad slots, and the links under "For more about …"', () => {
		for (const line of [
			'… we have a small favour to ask.',
			'Join the mailing list to receive daily email updates. Subscribe Now>',
			'This advertisement has not loaded yet, but your article continues below.'
		])
			expect(why(line), line).not.toBeNull();
		expect(
			kept(
				'The ferry left Kelvarn at noon, the harbour office said on Monday.\nFOR MORE ABOUT THE Kelvarn FERRY\n- 40 Here is what the harbour has promised\n- After the strike A guide to what comes next',
				'Ferry leaves Kelvarn'
			)
		).toEqual(['The ferry left Kelvarn at noon, the harbour office said on Monday.']);
	});
});
