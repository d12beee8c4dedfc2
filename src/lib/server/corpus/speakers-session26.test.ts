// Session 26: speakers that real pages (read through the search tool's stored pages, not copied) gave
// wrongly: a name after "said another …", verbs in the present ("laments") and "proclaimed", kin named
// by whose they are ("her brother"), and a body named after the message its words were stated in.
// Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 26', () => {
	it('gives the name after "said another councillor,"', () => {
		expect(
			speakersOf(
				'Aram Vardanyan, a councillor, spoke to reporters on Monday.',
				'“They are digging in on the hill above the school,” said another councillor, Lilit Harutyunyan.'
			)
		).toEqual([['They are digging in on the hill above the school,', 'Lilit Harutyunyan']]);
	});

	it('knows "laments" and "proclaimed"', () => {
		expect(
			speakersOf('“No country speaks for us any more, nobody at all,” laments Grigor, a retired teacher.')
		).toEqual([['No country speaks for us any more, nobody at all,', 'Grigor']]);
		expect(
			speakersOf('“We returned to the town after many long years,” Aliyev proclaimed in a post on X.')
		).toEqual([['We returned to the town after many long years,', 'Aliyev']]);
	});

	it('never gives the words of "her brother" to the woman just named', () => {
		const rima = ['I am so happy that they are finally here,', 'Rima Elizbaryan'];
		expect(
			speakersOf(
				'“I am so happy that they are finally here,” Rima Elizbaryan said. Her brother said: “I always knew they would come back alive.”'
			)
		).toEqual([rima, ['I always knew they would come back alive.', null]]);
		expect(
			speakersOf(
				'“I am so happy that they are finally here,” Rima Elizbaryan said. “I always knew they would come back alive,” said her brother.'
			)
		).toEqual([rima, ['I always knew they would come back alive,', null]]);
	});

	it('gives words "stated in the message released by" a body to that body', () => {
		expect(
			speakersOf(
				'Nikol Pashinyan spoke in parliament on Tuesday.',
				'“In some places the other side moved forward without waiting for the agreed changes,” was stated in the message released by the National Security Service on March 30.'
			)
		).toEqual([
			[
				'In some places the other side moved forward without waiting for the agreed changes,',
				'National Security Service'
			]
		]);
	});

	it('reads "as X put it", a ticker\'s "URGENT: X:" and "speaks of"', () => {
		expect(
			speakersOf(
				'The ministry was clear: “Our crews did everything they could in the storm,” as Aram Vardanyan put it.'
			)
		).toEqual([['Our crews did everything they could in the storm,', 'Aram Vardanyan']]);
		expect(
			speakersOf('URGENT: Lilit Harutyunyan: “The ferry is being withdrawn by decision of the council”')
		).toEqual([['The ferry is being withdrawn by decision of the council', 'Lilit Harutyunyan']]);
		expect(
			speakersOf(
				'Aram Vardanyan, the harbour master, speaks of a decision “taken at the highest level” and thanks the crews.'
			)
		).toEqual([['taken at the highest level', 'Aram Vardanyan']]);
	});

	it('keeps a body named "General Staff" whole, and a given name in apposition after the verb', () => {
		expect(speakersOf('“Its tasks are fulfilled,” the Lindish General Staff says.')).toEqual([
			['Its tasks are fulfilled,', 'Lindish General Staff']
		]);
		expect(
			speakersOf(
				'“They stopped the war. What else can I say?” said a pensioner, Gayane, who came back on Thursday.'
			)
		).toEqual([['They stopped the war. What else can I say?', 'Gayane']]);
	});

	it('knows a given name after a kin\'s noun with no commas ("Hovik\'s neighbour Anahit stood")', () => {
		expect(
			speakersOf(
				'In the village, a man who gave his name as Hovik was pouring petrol on the floor.',
				'Back in the village, Hovik’s neighbour Anahit stood beside a pile of belongings. “We have lived here for 28 years,” she said.'
			)
		).toEqual([['We have lived here for 28 years,', 'Anahit']]);
		// A capitalised word there that is no given name is left alone.
		expect(
			speakersOf('Her neighbour Portvale stood beside the quay. “We have lived here for 28 years,” she said.')
		).toEqual([['We have lived here for 28 years,', null]]);
	});
});
