// Speakers the press leaves unnamed, and how far an attribution's words reach: rules found on the
// blind holdout11 set (session 12), each tested on texts written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('an unnamed person of a place speaks for nobody, not for the place', () => {
	it('"One resident of X told me" and "One woman in X told me" give no speaker', () => {
		expect(
			speakersOf(
				'We drove on. One resident of Bardavan told me, “The trucks come every night and nobody stops them.”'
			)
		).toEqual([['The trucks come every night and nobody stops them.', null]]);
		expect(
			speakersOf('Most are glad. One woman in Kovsar told me, "Now the orchard is ours again."')
		).toEqual([['Now the orchard is ours again.', null]]);
	});
	it('a later "he" after an unnamed commander stays unknown, not the village named before', () => {
		expect(
			speakersOf(
				'One villager near Bardavan said little. A commander I met in the town was careful. “Talks are under way,” he said, and nothing more.'
			)
		).toEqual([['Talks are under way,', null]]);
	});
	it('a named person of a place still speaks ("Anna Petrosyan, a resident of X, said")', () => {
		expect(speakersOf('“We stayed until the end,” said Anna Petrosyan, a resident of Bardavan.')).toEqual([
			['We stayed until the end,', 'Anna Petrosyan']
		]);
	});
});

describe('the words that make a speaker anonymous belong to the paragraph', () => {
	it('"on condition of anonymity" in the paragraph before does not unname the next speaker', () => {
		expect(
			speakersOf(
				'A source in the harbour office, speaking on condition of anonymity, said the quays in the north had been cleared first. "It goes in stages. Everything is agreed with the other side," the source said.',
				'Not everyone is pleased with the pace. "They should have gone last year, as soon as the strike was over," said Lilit Avagyan, a teacher from the port who came back this spring.'
			)
		).toEqual([
			['It goes in stages. Everything is agreed with the other side,', null],
			['They should have gone last year, as soon as the strike was over,', 'Lilit Avagyan']
		]);
	});
});

describe('a person named with where they work', () => {
	it('"said Lilit de Vaan of Harbour Watch": the person, the workplace left to the role', () => {
		expect(speakersOf('"It is a small gesture," said Lilit de Vaan of Harbour Watch.')).toEqual([
			['It is a small gesture,', 'Lilit de Vaan']
		]);
	});
	it('a body named with "of" keeps its whole name ("the Supreme Court of Harbours")', () => {
		expect(
			speakersOf(
				'The Supreme Court of Harbours has ordered the port to "keep every quay open to all boats" along the coast road.'
			)
		).toEqual([['keep every quay open to all boats', 'Supreme Court of Harbours']]);
	});
	it('"Mr Avagyan" without a full stop is the person named before in full', () => {
		expect(
			speakersOf(
				'Harbour Minister Aram Avagyan said the quay stays shut. "There is no question of it," Mr Avagyan told reporters.'
			)
		).toEqual([['There is no question of it,', 'Aram Avagyan']]);
	});
});

describe('back-references and late attributions', () => {
	it('"the police said" points back to the police force named before', () => {
		expect(
			speakersOf(
				'The Portia Police said the crew had a permit. “The work was agreed in advance,” the police said in a statement.'
			)
		).toEqual([['The work was agreed in advance,', 'Portia Police']]);
	});
	it('"…” of the port, the ministry said Wednesday, as anger grew": the attribution before a clause of its own', () => {
		expect(
			speakersOf(
				'The Harbour Ministry met the unions. The crews are "doing everything possible to end the strike" at the port, the Harbour Ministry said Wednesday, as anger grew in the town.'
			)
		).toEqual([['doing everything possible to end the strike', 'Harbour Ministry']]);
	});
	it('an unnamed subject right after a quote ("…” A commander I met was careful. “…,” he said) is who "he" is', () => {
		expect(
			speakersOf(
				'Lilit Avagyan: An officer at the post near Bardavan told the farmers, “We are here to watch, not to fight.” A commander I met in the town was careful. “Talks are under way,” he said.'
			)
		).toEqual([
			['We are here to watch, not to fight.', null],
			['Talks are under way,', null]
		]);
	});
});

describe('unnamed people that holdout12 (session 13) showed given a name', () => {
	it('a relative who speaks is nobody, not the man named in the paragraph before ("she said")', () => {
		expect(
			speakersOf(
				'Harbour Minister Davit Aramyan called the mayor to apologise.',
				'A relative of one of the crew, who spoke to us, said the men had been returning. “They were stopped at the pier,” she said.'
			)
		).toEqual([['They were stopped at the pier,', null]]);
	});
	it('people writing on a platform are not the platform ("Bloggers on Telegram called it “…”")', () => {
		expect(
			speakersOf(
				'Harbour bloggers on Telegram called the closure “a disgrace for the whole port” and asked why.'
			)
		).toEqual([['a disgrace for the whole port', null]]);
	});
});

describe('a lead that quotes an institution before naming it', () => {
	it('"…”, the ministry noted" under the headline, the ministry named in the next paragraph: that ministry', () => {
		expect(
			speakersOf(
				'Ferries cross to the island again — ministry',
				'The crews “continue to carry out their tasks on the route to ensure supplies”, the ministry noted',
				'LINDMOOR, May 3. The Harbour Ministry said on Friday that two ferries had crossed.'
			)
		).toEqual([['continue to carry out their tasks on the route to ensure supplies', 'Harbour Ministry']]);
	});
});
