// Speakers that session 8's blind set (holdout6) showed missing, each as a general rule on texts
// written for the test: a kind noun ("the channel", "the agency") standing for the name given with
// it before; a source after the quote ("…”, according to a statement from X") over the subject before it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { institutionsIn } from './speaker-names';
import { subjectAtEnd } from './attribution';

describe('a kind noun stands for the name the article gave with it', () => {
	it('resolves "the channel" to the channel named before, not to a ministry', () => {
		expect(
			speakersOf(
				'The Armenian Defence Ministry said nothing on Friday.',
				'The Telegram channel Voenkor Digest, which follows the army, posted a map. "Two posts were left empty," the channel wrote.'
			)
		).toEqual([['Two posts were left empty,', 'Voenkor Digest']]);
	});
	it('takes a name before the noun, and the noun inside a name', () => {
		expect(
			speakersOf(
				'The Kavkaz Uzel news agency sent a reporter. "The road is shut," the agency said.',
				'The Noyan Tapan Press Agency had asked the council. "We have no answer yet," the agency reported.'
			)
		).toEqual([
			['The road is shut,', 'Kavkaz Uzel'],
			['We have no answer yet,', 'Noyan Tapan Press Agency']
		]);
	});
	it('leaves "the channel" as written when no channel is named', () => {
		expect(
			speakersOf(
				'The Armenian Defence Ministry said nothing. "Two posts were left empty," the channel wrote.'
			)
		).toEqual([['Two posts were left empty,', 'channel']]);
	});
});

describe('"according to X" after a quote names its source', () => {
	it('gives the quote to the institution after it, not to the place in the subject before', () => {
		expect(
			speakersOf(
				'Officials in Goris maintained that the checkpoint was "a temporary measure agreed with the mission," according to a statement from the Armenian Interior Ministry.',
				'Observers in Stepanakert said the road was "open only to the convoys of the Red Cross," according to Ruben Vardanyan.'
			)
		).toEqual([
			['a temporary measure agreed with the mission,', 'Armenian Interior Ministry'],
			['open only to the convoys of the Red Cross,', 'Ruben Vardanyan']
		]);
	});
	it('does not take an outlet that only reports the words for their speaker', () => {
		expect(
			speakersOf(
				'Karen Mirzoyan said the pass was "closed to everyone since the morning," according to Reuters.'
			)
		).toEqual([['closed to everyone since the morning,', 'Karen Mirzoyan']]);
	});
});

describe('an institution named "of" something keeps its whole name', () => {
	it('keeps "and" inside a ministry\'s name, as the subject and when "the ministry" points back to it', () => {
		expect(
			speakersOf(
				'The Ministry of Labour and Social Protection said: "The payments will start in May."',
				'The Ministry of Education and Science said on Monday that the schools would open. "Teachers are ready," the ministry noted.'
			)
		).toEqual([
			['The payments will start in May.', 'Ministry of Labour and Social Protection'],
			['Teachers are ready,', 'Ministry of Education and Science']
		]);
	});
	it('does not run a ministry\'s name into another body or a person after "and"', () => {
		const names = (text: string) => institutionsIn(text).map((n) => n.name);
		expect(names('The Ministry of Defence and Armenia’s Foreign Ministry met.')).toEqual([
			'Ministry of Defence',
			'Armenia’s Foreign Ministry'
		]);
		expect(names('The Ministry of Foreign Affairs and Defence Minister Karen Abrahamyan met.')).toEqual([
			'Ministry of Foreign Affairs'
		]);
	});
	it('takes the body whose name ends "of the Republic of X" for the subject, not the republic', () => {
		expect(
			subjectAtEnd('The talks ended, the Presidential Administration of the Republic of Armenia ')?.name
		).toBe('Presidential Administration of the Republic of Armenia');
		// A person "of the" a body stays the person's business (subjectBefore's): no body is made of him.
		expect(subjectAtEnd('Colonel Arman Sargsyan of the General Staff ')?.name).toBe('General Staff');
		expect(
			speakersOf(
				'The talks ended at night, the Presidential Administration of the Republic of Armenia said on Wednesday.',
				'"The convoy will be let through," the statement said.'
			)
		).toEqual([
			['The convoy will be let through,', 'Presidential Administration of the Republic of Armenia']
		]);
	});
});

describe('"he said" after a quote over several paragraphs', () => {
	it('resolves to the person named with where he is from just before the quote', () => {
		expect(
			speakersOf(
				'Farmers wait by the road. One of them, Gurgen Sahakyan from Kapan, said the harvest was lost.',
				'"We sent the apricots to Stepanakert every summer. Nobody buys them now.',
				'"The trucks stand here and the fruit rots," he said.'
			)
		).toEqual([
			[
				'We sent the apricots to Stepanakert every summer. Nobody buys them now.\n"The trucks stand here and the fruit rots,',
				'Gurgen Sahakyan'
			]
		]);
	});
});

describe('a partial quote of four words or more after a speech-like verb', () => {
	it('goes to the subject of "thanked" or "praised", named in full before', () => {
		expect(
			speakersOf(
				'President Vahagn Khachaturyan met the envoy on Monday.',
				'Khachaturyan thanked the envoy for France\'s "steady and patient humanitarian help" in the winter. A French diplomat praised the "calm and careful work of the teams" on the road.'
			)
		).toEqual([
			['steady and patient humanitarian help', 'Vahagn Khachaturyan'],
			['calm and careful work of the teams', null]
		]);
	});
});
