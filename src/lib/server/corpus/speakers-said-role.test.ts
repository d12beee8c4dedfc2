// "…,” said <who> <name>": the verb first, then a description before the name. holdout9 (session 13)
// showed the shapes wrong; each is tested on texts written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('the verb, a body and its role, then the name', () => {
	it('gives "said Harbour Office spokesman Aram Vardanyan" to the person, not the office', () => {
		expect(
			speakersOf(
				'“The quay stays open,” said Harbour Office spokesman Aram Vardanyan when asked about the ferries.'
			)
		).toEqual([['The quay stays open,', 'Aram Vardanyan']]);
	});
	it('reads the name after a comma ("said the Lindish Ministry spokeswoman, Lilit Avagyan")', () => {
		expect(
			speakersOf('“No boat was stopped,” said the Lindish Ministry spokeswoman, Lilit Avagyan.')
		).toEqual([['No boat was stopped,', 'Lilit Avagyan']]);
	});
	it('keeps the body when no name follows its role ("said Lindish officials")', () => {
		expect(speakersOf('“The quay stays open,” said the Harbour Office on Monday.')).toEqual([
			['The quay stays open,', 'Harbour Office']
		]);
	});
});

describe('the verb, then who the person is, then the name', () => {
	it('gives "said one of the fishermen, Davit Aramyan" to the person', () => {
		expect(speakersOf('«We are not blocking the quay», said one of the fishermen, Davit Aramyan.')).toEqual([
			['We are not blocking the quay', 'Davit Aramyan']
		]);
	});
	it('gives "said 62-year-old Lilit Avagyan" to the person', () => {
		expect(
			speakersOf(
				'“We left with what we could carry,” said 62-year-old Lilit Avagyan, who came from the harbour.'
			)
		).toEqual([['We left with what we could carry,', 'Lilit Avagyan']]);
	});
});
