// Speakers that session 9's blind set (holdout7) showed missing, each as a general rule on texts
// written for the test: who a relative clause, a kind noun, a document, a digest's label or a
// translation gives the words to, and the unnamed people who stay nobody.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { subjectAtEnd, subjectBefore } from './attribution';
import { headSubject, tailSubject } from './quote-speaker';

describe('the subject of a clause', () => {
	it('gives "X, who told reporters that … “…”" to X', () => {
		expect(subjectBefore('On the sidelines, the mayor met Harbour Minister Anna Petrosyan, who ')).toBe(
			'Anna Petrosyan'
		);
		expect(
			speakersOf(
				'The mayor met Harbour Minister Anna Petrosyan, who told reporters that the ferry would run "for as long as the river allows".',
				'The council met Aram Karapetyan, who called the deal "the hardest choice of my life, but the only one left to us".'
			)
		).toEqual([
			['for as long as the river allows', 'Anna Petrosyan'],
			['the hardest choice of my life, but the only one left to us', 'Aram Karapetyan']
		]);
	});
	it('does not take the place the people of a place are named by for the subject', () => {
		expect(subjectAtEnd('Residents of neighbouring Portvale ')).toBeNull();
		expect(subjectAtEnd('The people of Portvale ')).toBeNull();
		expect(subjectAtEnd('Anna Petrosyan of Portvale ')).toEqual({
			name: 'Anna Petrosyan of Portvale',
			at: 0
		});
		expect(
			speakersOf(
				'Residents of neighbouring Portvale say the guards have been calling on them through loudspeakers to leave. The river ombudsman, Anna Petrosyan, said the calls were meant to spread panic.',
				'"People are being told every night that their boats will be taken," she wrote on Facebook. "This is terror."'
			)
		).toEqual([
			['People are being told every night that their boats will be taken,', 'Anna Petrosyan'],
			['This is terror.', 'Anna Petrosyan']
		]);
	});
});

describe('an unnamed person stays nobody', () => {
	it('after the quote ("said one farmer") and before it ("As one officer put it")', () => {
		expect(tailSubject(', said one farmer, who declined to give his name.')).toBe('one farmer');
		expect(
			speakersOf(
				'Lindmoor says the strikers are river activists and that the quay is open to “humanitarian” boats. The council has said little.',
				'“The guards are there, but they are not doing anything,” said one farmer, who declined to give his name for fear of losing his permit.',
				'In Goris the ferrymen are increasingly described as "observers" of the strike. As one Russian officer put it to me in Lindmoor last year, "we are here to watch, not to fight".'
			)
		).toEqual([
			['The guards are there, but they are not doing anything,', null],
			['we are here to watch, not to fight', null]
		]);
	});
});

describe('a kind noun or a press service stands for the body named before', () => {
	it('resolves "the organization" and "the group" to the body named before', () => {
		expect(
			speakersOf(
				'The Harbour Ministry said nothing on Friday.',
				'In Portvale, the Ferrymen’s Committee of the Western Region urged the council to act. “Every day that the quay stays closed puts lives at risk,” the organization said, “and silence is no longer an option.”',
				'The River Rescue Association wrote to the mayor. “Every day counts,” the group said.'
			)
		).toEqual([
			[
				'Every day that the quay stays closed puts lives at risk,',
				'Ferrymen’s Committee of the Western Region'
			],
			['and silence is no longer an option.', 'Ferrymen’s Committee of the Western Region'],
			['Every day counts,', 'River Rescue Association']
		]);
	});
	it('resolves "the press service" to the fullest form named before', () => {
		expect(
			speakersOf(
				'GORIS, 15 March. Ferry crews have begun exercises on the river, the press service of the Western River Fleet reported on Wednesday.',
				'"Special attention is paid to night crossings," the press service said.'
			)
		).toEqual([
			['Special attention is paid to night crossings,', 'press service of the Western River Fleet']
		]);
	});
});

describe('who a document, a digest label or a translation gives the words to', () => {
	it('gives "According to the council’s readout, she “…”" to her, not to the readout', () => {
		expect(headSubject('According to the council’s readout, she ')).toBe('she');
		expect(
			speakersOf(
				'On Thursday, Anna Petrosyan called Aram Karapetyan to apologize. According to the council’s readout, she “expressed deep regret over the accident” and promised an inquiry.'
			)
		).toEqual([['expressed deep regret over the accident', 'Anna Petrosyan']]);
	});
	it('gives "Name: «…»" to the name, not a genre label', () => {
		expect(headSubject('🔸 11:15 — The Harbour Authority: ')).toBe('Harbour Authority');
		expect(headSubject('Le Monde: ')).toBe('Le Monde');
		expect(headSubject('Interview: ')).toBeNull();
		expect(headSubject('In Portvale: ')).toBeNull();
		expect(headSubject('The mayor spoke for an hour and said many things: ')).not.toBe(
			'The mayor spoke for an hour and said many things'
		);
	});
	it('gives a quote introduced by a colon after a name (no speech verb), and its translation, to that name', () => {
		expect(
			speakersOf(
				'Harbour Minister Anna Petrosyan posts on X, in French:',
				'«Le fleuve est fermé. Je me suis entretenue avec le maire.»',
				'That is: "The river is closed. I have spoken with the mayor." The council has called a meeting.'
			)
		).toEqual([
			['Le fleuve est fermé. Je me suis entretenue avec le maire.', 'Anna Petrosyan'],
			['The river is closed. I have spoken with the mayor.', 'Anna Petrosyan']
		]);
	});
});

// Session 10's blind set (holdout8): attributions the engine read wrong, each as a general rule.
describe('speakers of participles, descriptions before a name, and unnamed sources', () => {
	it('gives "X offered …, saying “…”" and "X issued a statement saying “…”" to X, not a place named in between', () => {
		expect(
			speakersOf(
				'Harbour Minister Anna Petrosyan offered on Monday to host talks between Portvale and Lindmoor, saying the river needed “a peace that outlasts the floods.”',
				'The Lindmoor Ferry Authority issued a short statement saying only that it was “looking into the matter.”'
			)
		).toEqual([
			['a peace that outlasts the floods.', 'Anna Petrosyan'],
			['looking into the matter.', 'Lindmoor Ferry Authority']
		]);
	});
	it('takes the name after "said the <description>, " and a translation’s ", - said X"', () => {
		expect(tailSubject(' said the transport adviser to the harbour mayor, Aram Karapetyan.')).toBe(
			'Aram Karapetyan'
		);
		expect(tailSubject(', - said Karapetyan to journalists.')).toBe('Karapetyan');
	});
	it('keeps "said a Red Cross worker" and "ministry sources told" unnamed', () => {
		expect(tailSubject(' said a Red Cross worker at the quay, who asked not to be named.')).toBe(
			'a Red Cross worker'
		);
		expect(tailSubject(' ministry sources told reporters in Lindmoor.')).toBe('a source');
		expect(
			speakersOf(
				'The Harbour Ministry opened the quay.',
				'"The work is done," ministry sources told reporters.'
			)
		).toEqual([['The work is done,', null]]);
	});
});
