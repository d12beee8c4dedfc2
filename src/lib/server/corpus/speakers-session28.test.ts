// Session 28: quotes in a live blog's entry headings, whose words sum up the entry below them and were
// given, wrongly, to the speaker of the entry before (the run-on rule for a paragraph that is all quote).
// Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

const EARLIER_ENTRY = [
	'13:40',
	'Columns on the move',
	'The Defence Ministry said: “The columns moved on schedule and no incidents were recorded.”'
];

describe('speakers: session 28', () => {
	it('gives an entry heading’s quote to the first speaker of its entry, not the entry before', () => {
		expect(
			speakersOf(
				...EARLIER_ENTRY,
				'14:05',
				'“The town has no more beds”',
				'Arush Arushanyan, the mayor of Goris, said the schools were full. “Every gym and every school is a dormitory now,” he said.'
			)
		).toEqual([
			['The columns moved on schedule and no incidents were recorded.', 'Defence Ministry'],
			['The town has no more beds', 'Arush Arushanyan'],
			['Every gym and every school is a dormitory now,', 'Arush Arushanyan']
		]);
	});

	it('reads a label before the heading’s quote as the entry’s, whoever it names', () => {
		expect(
			speakersOf(
				...EARLIER_ENTRY,
				'09:15',
				'Resident of Barda: “We waited for this day”',
				'“Let them go in peace,” said Elchin Quliyev, a resident of Barda.'
			)
		).toEqual([
			['The columns moved on schedule and no incidents were recorded.', 'Defence Ministry'],
			['We waited for this day', 'Elchin Quliyev'],
			['Let them go in peace,', 'Elchin Quliyev']
		]);
	});

	it('leaves an entry heading nobody’s when the entry’s own quote with its words is nobody’s', () => {
		expect(
			speakersOf(
				...EARLIER_ENTRY,
				'14:22',
				'‘We are counting the explosions’',
				'A woman in Stepanakert reached by phone spoke from a basement. “We are counting the explosions as they come,” she said, asking not to be named.'
			)
		).toEqual([
			['The columns moved on schedule and no incidents were recorded.', 'Defence Ministry'],
			['We are counting the explosions', null],
			['We are counting the explosions as they come,', null]
		]);
	});

	it('leaves a main headline’s quote in words of its own nobody’s, as before', () => {
		expect(
			speakersOf(
				'“Nobody expects them to stay”: the mood in Baku',
				'Farhad Mammadov, a political analyst, said: “The mission will end in 2025 at the latest.”'
			)
		).toEqual([
			['Nobody expects them to stay', null],
			['The mission will end in 2025 at the latest.', 'Farhad Mammadov']
		]);
	});

	it('still runs a quote paragraph that ends on a comma on from the quote before', () => {
		expect(
			speakersOf(
				'Igor Konashenkov, the ministry’s spokesman, told reporters: “The convoy passed the corridor.”',
				'“Traffic on the road is moving without incident,”'
			)
		).toEqual([
			['The convoy passed the corridor.', 'Igor Konashenkov'],
			['Traffic on the road is moving without incident,', 'Igor Konashenkov']
		]);
	});
});
