// Session 23: a headline that gives its speaker and the topic before a colon ("Zakharova on the
// withdrawal: ‘…’"), and a speaker who "keeps repeating" or "repeated" the words. Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 23', () => {
	it('gives a headline’s quote to the one named before "on" and the topic', () => {
		expect(
			speakersOf(
				'Orlova on the pull-out: ‘The soldiers did what was asked of them’\n\nForeign ministry spokeswoman Vera Orlova spoke to reporters on Thursday.'
			)
		).toEqual([['The soldiers did what was asked of them', 'Vera Orlova']]);
		// A plural before "on" is a group the headline describes, not a speaker.
		expect(speakersOf('Farmers on the border road: ‘We have nowhere to sell the grapes’')).toEqual([
			['We have nowhere to sell the grapes', null]
		]);
	});

	it('reads "keeps repeating that" and "repeated" as speech verbs', () => {
		expect(
			speakersOf(
				'The Transport Ministry keeps repeating that "the road is open to every lorry that has papers," but the queue grows.'
			)
		).toEqual([['the road is open to every lorry that has papers,', 'Transport Ministry']]);
		expect(speakersOf('"We will not leave the pass," Lev Orlov repeated.')).toEqual([
			['We will not leave the pass,', 'Lev Orlov']
		]);
	});

	it('reads the subject before the verb, not an object after it or an interview named in between', () => {
		expect(
			speakersOf(
				'Spokeswoman Vera Orlova, speaking in Moscow, warned Yerevan against "steps that would harm old friendships for good".'
			)
		).toEqual([['steps that would harm old friendships for good', 'Vera Orlova']]);
		expect(
			speakersOf(
				'Foreign Minister Lev Orlov went further in an interview with Kommersant, telling the paper that "no soldier of ours will fire on a sovereign army".'
			)
		).toEqual([['no soldier of ours will fire on a sovereign army', 'Lev Orlov']]);
		expect(
			speakersOf('Anna Petrosyan likes to say that the monitors "have never once looked the other way".')
		).toEqual([['have never once looked the other way', 'Anna Petrosyan']]);
	});

	it('gives words an agency relays to the one who spoke them before the quote', () => {
		expect(
			speakersOf(
				'At the ceremony, the commander, General Lev Orlov, said the force had "kept the peace for three and a half years," Reuters reported.'
			)
		).toEqual([['kept the peace for three and a half years,', 'Lev Orlov']]);
		// With no one before the quote, the agency is the source.
		expect(speakersOf('"The last column has left," Reuters reported.')).toEqual([
			['The last column has left,', 'Reuters']
		]);
	});

	it('names a person a feature introduces by a first name: after "spoke to", "named", a kin noun', () => {
		expect(
			speakersOf(
				'Minister Lev Orlov wrote that the supply was cut.\n\nThe paper spoke to Gurgen, a 34-year-old driver who has been stuck at the border for a week. «I call my wife every evening,» he says.'
			)
		).toEqual([['I call my wife every evening,', 'Gurgen']]);
		expect(
			speakersOf('«They died here, in our land,» said a woman named Anahit, who had come with her daughter.')
		).toEqual([['They died here, in our land,', 'Anahit']]);
		expect(
			speakersOf(
				'Sergeant Ivan Petrov was 31. «He said it was a quiet posting,» his widow Olga told the paper.'
			)
		).toEqual([['He said it was a quiet posting,', 'Olga']]);
	});

	it('gives "the priest" to the priest named between commas before an irregular verb', () => {
		expect(
			speakersOf(
				'On Sunday a priest, Father Hovhannes Hovhannisyan, read the last liturgy.\n\n"We will stay as long as they let us stay," the priest told the agency.'
			)
		).toEqual([['We will stay as long as they let us stay,', 'Hovhannes Hovhannisyan']]);
	});

	it('names one who gave only a first name in a tail, withheld the surname in brackets, or came after an age', () => {
		expect(
			speakersOf(
				'"We took the icons from the church," a former resident of the village who gave his name only as Samvel told the paper.'
			)
		).toEqual([['We took the icons from the church,', 'Samvel']]);
		expect(
			speakersOf(
				'Minister Lev Orlov told reporters the decision was taken.\n\nA retired officer who served there in 2021, Sergei (he asked us not to give his surname), believes the mission lost its meaning. "We were sent to separate two armies," he said.'
			)
		).toEqual([['We were sent to separate two armies,', 'Sergei']]);
		expect(
			speakersOf(
				'In the village, 64-year-old Seyran Gasparyan watched the columns from his roof.\n\n"We could see the town all our lives," he said.'
			)
		).toEqual([['We could see the town all our lives,', 'Seyran Gasparyan']]);
	});

	it('never lets "she" stand for a radio station the article names', () => {
		expect(
			speakersOf(
				'Radio Svoboda has established the names of five of them. Kovgan’s sister, Natalya, told Radio Svoboda that he had called home. "He said it was getting tense," she said.'
			)
		).toEqual([['He said it was getting tense,', 'Natalya']]);
	});

	it('reads "MP" as a title before a name, and "the diplomat" as the unnamed one introduced in a city', () => {
		expect(
			speakersOf(
				'Opposition MP Lev Orlov told reporters the government was wrong.\n\nThe ruling party’s MP Anna Petrosyan took the opposite view. "We were told the presence was our guarantee," she wrote on Facebook.'
			)
		).toEqual([['We were told the presence was our guarantee,', 'Anna Petrosyan']]);
		expect(
			speakersOf(
				'Lev Orlov said the talks went well.\n\nA western diplomat in Moscow said the monastery was safe. "It is a test case," the diplomat said.'
			)
		).toEqual([['It is a test case,', null]]);
	});

	it('gives a body named with "Its" to the country named just before it', () => {
		expect(
			speakersOf(
				'Azerbaijan had agreed to delay the handover by ten days. Its defence ministry said on Wednesday that its units had entered the district.\n\n"The district has been returned," the ministry said in a statement.'
			)
		).toEqual([['The district has been returned,', "Azerbaijan's defence ministry"]]);
	});
});
