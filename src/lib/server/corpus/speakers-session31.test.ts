// Session 31: who "he" or "the driver" stands for when a sentence opens with its subject and puts words
// between it and its verb ("X, meanwhile, toured …", "X, whose son serves …, is less sure"), and a quote
// from a column's unnamed reader. Found on holdout46; text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 31', () => {
	it('takes the subject of a sentence with an interruption before its verb as the one "he" stands for', () => {
		expect(
			speakersOf(
				'Defence Minister Arman Tevosyan received his counterpart Oleg Markin in the capital.',
				'Markin returned home on Sunday night. Tevosyan, meanwhile, toured the border units. “We are ready for anything,” he told local television.'
			)
		).toEqual([['We are ready for anything,', 'Arman Tevosyan']]);
	});

	it('gives a descriptor with no role to fit to the subject of its own paragraph, past a relative clause', () => {
		expect(
			speakersOf(
				'Two brothers sit by the pharmacy. Levon Sargsyan, 70, drove a bus for decades; Hrant Sargsyan, 68, drove lorries.',
				'“They will not stay for ever,” Levon said.',
				'Hrant, whose grandson serves at the border, is not so sure. “They have other worries now,” the lorry driver said.'
			)
		).toEqual([
			['They will not stay for ever,', 'Levon Sargsyan'],
			['They have other worries now,', 'Hrant Sargsyan']
		]);
	});

	it('takes the name after an opening descriptor and before a second aside as the subject', () => {
		expect(
			speakersOf(
				'One of the protesters, Ani Petrosyan, a nurse, said the base should close. “Why are they still here?” she asked.',
				'The head of the Lori regional administration, Lilit Hovhannisyan, also a woman in a town where few hold office, was more careful. “Everyone may protest within the law,” she told a local paper.'
			)
		).toEqual([
			['Why are they still here?', 'Ani Petrosyan'],
			['Everyone may protest within the law,', 'Lilit Hovhannisyan']
		]);
	});

	it('keeps an opening adverb or a town from being read as the subject', () => {
		expect(
			speakersOf(
				'Foreign Minister Arman Tevosyan spoke to reporters.',
				'Later, in the capital, officials were quieter. “Nothing has been decided,” he said.'
			)
		).toEqual([['Nothing has been decided,', 'Arman Tevosyan']]);
	});

	it('leaves a quote from a column’s unnamed reader without a speaker', () => {
		expect(
			speakersOf(
				'Prime Minister Nikol Pashinyan has said the mission failed. “They did not do their job,” he said.',
				'A reader from Fresno, a retired pharmacist, put it more bluntly. “We trusted them for thirty years,” he wrote.'
			)
		).toEqual([
			['They did not do their job,', 'Nikol Pashinyan'],
			['We trusted them for thirty years,', null]
		]);
	});

	it('gives "she said" to the title the paragraph opens with, read as that title would be', () => {
		expect(
			speakersOf(
				'The first buses left the capital at dawn.',
				'Ani Sargsyan, Lindia’s Minister of Social Affairs, met them at the depot. ‘The state will stand by them,’ she told reporters.',
				'Mariam Hakobyan, a volunteer who rode with the convoy, said the road was calm. ‘The children kept asking if we were home,’ she said.',
				'The minister, for her part, asked families to register first. ‘We cannot send buses for people we do not know about,’ she said.'
			)
		).toEqual([
			['The state will stand by them,', 'Ani Sargsyan'],
			['The children kept asking if we were home,', 'Mariam Hakobyan'],
			['We cannot send buses for people we do not know about,', 'Ani Sargsyan']
		]);
		// A delegate named by the country they speak for, as a meeting's summary names them.
		expect(
			speakersOf(
				'The Council met at the request of Lindia.',
				'The representative of Portia said the road had been closed for a week. “This is a siege, not a protest,” he said.'
			)
		).toEqual([['This is a siege, not a protest,', 'representative of Portia']]);
	});

	it('reads a title’s region as no speaker, and a body’s city as no part of its name', () => {
		expect(
			speakersOf(
				'Briefing the Council, Mira Jansen, Assistant Secretary-General for Europe, Central Asia and the Americas, said the Secretariat was concerned. “We call on the sides to talk,” she said.'
			)
		).toEqual([['We call on the sides to talk,', 'Mira Jansen']]);
		expect(
			speakersOf(
				'The Defence Ministry of Lindia and its Emergencies Ministry sent help.',
				'“Civilians are sheltering at the bases,” the Defence Ministry in Moscow said.'
			)
		).toEqual([['Civilians are sheltering at the bases,', 'Defence Ministry']]);
	});

	it('gives a quote after "Name, <short aside>:" to that name', () => {
		expect(
			speakersOf(
				'The answer from the capital never changes. Markin, in June: “We are in touch with all sides.” Petrova, a week later: “The mission is being fulfilled.” Which mission?'
			)
		).toEqual([
			['We are in touch with all sides.', 'Markin'],
			['The mission is being fulfilled.', 'Petrova']
		]);
	});

	it('gives "it said" to the body the paragraph last attributes words to', () => {
		expect(
			speakersOf(
				'Troops entered the town of Sarn, a news agency reported, citing the Ministry of Defence of Lindia.',
				'The command of the peacekeeping force had been told in advance, and the handover went calmly, the ministry added. “Our units are securing the area,” it said.'
			)
		).toEqual([['Our units are securing the area,', 'Ministry of Defence of Lindia']]);
		expect(
			speakersOf(
				'Engineers of the Lindian Emergencies Ministry arrive next week.',
				'The press service of the contingent said patrols worked along the road day and night. “Every vehicle is checked,” it said.'
			)
		).toEqual([['Every vehicle is checked,', 'press service of the contingent']]);
	});

	it('reads a body named with a relative clause before its verb as the subject "it" stands for', () => {
		expect(
			speakersOf(
				'The flags came down at the centre. The Lindian Defence Ministry, which had consulted Azerbaijan’s defence ministry and the Russian side beforehand, announced the closure in a short statement. “The centre has done its work,” it said.'
			)
		).toEqual([['The centre has done its work,', 'Lindian Defence Ministry']]);
	});

	it('reads "cited X as telling Y that “…”" as X’s words, and a person after a fund’s name', () => {
		expect(
			speakersOf(
				'Deputy minister Arman Tevosyan met the Lindian envoy Oleg Markin.',
				'A ministry statement cited Tevosyan as telling Markin that “the borders are not for sale.”'
			)
		).toEqual([['the borders are not for sale.', 'Arman Tevosyan']]);
		expect(
			speakersOf(
				'Founder of Harbour Relief Fund Ivan Sorokin said the fund had sent trucks. "We are getting ready," he added.'
			)
		).toEqual([['We are getting ready,', 'Ivan Sorokin']]);
	});
});
