// Session 19: people found once and then named another way. A surname alone after the full name
// ("Back on the bench, Grigoryan was waiting. “…,” she said") is that person, so a pronoun finds them
// there and not someone named in between; a name inside a longer one ("President Recep Tayyip Erdoğan")
// is no second person; "for" before a name is no role ("the Center for Human Development"); a title
// alone ("According to the Prime Minister") is no person; a document quoted on ("the post continued",
// "the statement read" after "In a statement …, she said") is its writer's; titles before a name
// ("Analyst X"), "Rear Adm." and a source who "refused to give her name"; a quote inside reported speech
// ("X wrote that “…,” before Y acknowledged"). Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: one person, named again', () => {
	it('takes "she" to the person a lone surname named, not to someone named in between', () => {
		expect(
			speakersOf(
				'GORIS — Lusine Abrahamyan sat on the steps of the town hall with two bags.\n\nThe agency said aid was coming, and its director, Anna Weber, was due on Monday. "We will send what we can," she told reporters.\n\nLater, Abrahamyan was still waiting for her brother. "We are going to Yerevan," she said.'
			)
		).toEqual([
			['We will send what we can,', 'Anna Weber'],
			['We are going to Yerevan,', 'Lusine Abrahamyan']
		]);
	});

	it('keeps a three-word name whole when a given name inside it was read as a name of two', () => {
		expect(
			speakersOf(
				'President Recep Tayyip Erdoğan and his counterpart met on Tuesday in the city.\n\n"This is a day of friendship," Erdoğan said at a press conference.'
			)
		).toEqual([['This is a day of friendship,', 'Recep Tayyip Erdoğan']]);
	});

	it('reads no role in "for": the institution after it is no person', () => {
		expect(
			speakersOf(
				'An analyst, Tigran Melkonyan of the Institute for Regional Studies in Yerevan, disagreed. "The mission was never meant to last," he told us.'
			)
		).toEqual([['The mission was never meant to last,', 'Tigran Melkonyan']]);
	});

	it('keeps a surname alone rather than take a demonym and a title for its given names', () => {
		expect(
			speakersOf(
				'QUESTION: President Aliyev said on Sunday that the protest was "a legitimate reaction of the public to the mining." Do you agree?\n\nA call with Azerbaijani President Aliyev followed.'
			)
		).toEqual([['a legitimate reaction of the public to the mining.', 'Aliyev']]);
	});

	it('reads no person in a title alone ("According to the Prime Minister"): "he" is the one named before', () => {
		expect(
			speakersOf(
				'"Nobody asked us," Pashinyan said in parliament.\n\nAccording to the Prime Minister, the contingent did not do its work.\n\n"We must draw conclusions," he noted.'
			)
		).toEqual([
			['Nobody asked us,', 'Pashinyan'],
			['We must draw conclusions,', 'Pashinyan']
		]);
	});
});

describe('speakers: a document quoted on', () => {
	it('gives "the post continued" to the writer of the quote before', () => {
		expect(
			speakersOf(
				'"I have signed the document, and it is painful for me," Vardan Sahakyan wrote on Facebook.\n\n"This is not a victory, but it is not the end," the post continued.'
			)
		).toEqual([
			['I have signed the document, and it is painful for me,', 'Vardan Sahakyan'],
			['This is not a victory, but it is not the end,', 'Vardan Sahakyan']
		]);
	});

	it('gives "the statement read" to the one who spoke "in a statement"', () => {
		expect(
			speakersOf(
				'Regional ombudsman Armine Petrosyan called it a disaster. In a statement sent to reporters, she said that children were stuck on the road. "Their parents are waiting for them," the statement read.'
			)
		).toEqual([['Their parents are waiting for them,', 'Armine Petrosyan']]);
	});
});

describe('speakers: titles, abbreviations and sources who stay unnamed', () => {
	it('drops a title before a name ("Analyst X", "Administrator X") and reads no person in "General Staff"', () => {
		expect(
			speakersOf(
				'Analyst Tigran Melkonyan of a Yerevan institute said the chapter was closed. "The mission ended long ago," Melkonyan told us.\n\nRuritania\'s deputy chief of General Staff, Colonel General Pavel Orlov, praised the centre. "All the tasks were solved," he said.'
			)
		).toEqual([
			['The mission ended long ago,', 'Tigran Melkonyan'],
			['All the tasks were solved,', 'Pavel Orlov']
		]);
	});

	it('reads "Rear Adm." as no end of a sentence, and "refused to give her name" as a source unnamed', () => {
		expect(
			speakersOf(
				'"The centre has closed," Rear Adm. Orhan Yildiz told reporters.\n\nSona Petrosyan, 41, spoke first. "We are staying," she said.\n\n"They saved us," she said, and refused to give her name.'
			)
		).toEqual([
			['The centre has closed,', 'Orhan Yildiz'],
			['We are staying,', 'Sona Petrosyan'],
			['They saved us,', null]
		]);
	});
});

describe('speakers: a quote inside reported speech', () => {
	it('takes the one who "wrote that" the quote, not the subject of the clause after it ("before Y …")', () => {
		expect(
			speakersOf(
				'Shushan Melkonyan, a spokeswoman for the ministry, wrote on Facebook that "the fighting for the town continues," before Arman Sargsyan, the leader, acknowledged that it was lost.'
			)
		).toEqual([['the fighting for the town continues,', 'Shushan Melkonyan']]);
	});
});
