// Session 50: speakers a blind set and four probes of real pages showed lost or given the wrong form.
// Paragraphs written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';
import { peopleIn } from './speaker-people';
import { tidyRole } from './speaker-roles';

describe('speakers: session 50', () => {
	it('finds a person named before ", assistant to …"', () => {
		expect(
			peopleIn(
				'Karo Dornick, assistant to the President of Dornia, told reporters that Portvale had warned.'
			).map((n) => n.name)
		).toContain('Karo Dornick');
	});

	it('gives "he said" to the assistant named in the sentence before, not to a victim named earlier', () => {
		expect(
			speakersOf(
				'The ministry said the raid killed a fisherman, Anush Darvin, near Kelvarn.',
				'Karo Dornick, assistant to the President of Dornia and head of the Harbour Affairs Department, told reporters that the government had warned repeatedly. “The boats must leave the bay, and that is not a matter for talks,” he said.'
			)
		).toEqual([['The boats must leave the bay, and that is not a matter for talks,', 'Karo Dornick']]);
	});

	it.each([
		['The U.N. refugee agency', 'U.N. refugee agency'],
		['The UN refugee agency', 'UN refugee agency']
	])('gives "the agency said" to %s named before it', (body, speaker) => {
		expect(
			speakersOf(
				'Vera Lind, the head of the U.S. Agency for Harbour Development, met fishermen in Kelvarn.',
				`${body} said it was ready to help. “We are sending staff and supplies to Portvale,” the agency said in a statement.`
			)
		).toEqual([['We are sending staff and supplies to Portvale,', speaker]]);
	});

	it('gives "it wrote" to the channel the paragraph names with its kind', () => {
		expect(
			speakersOf(
				'The Harbour Rescue Committee said in a report that the service was fragile.',
				'A popular Telegram channel, Dornick, was blunter: “The crews stand between two fires,” it wrote.'
			)
		).toEqual([['The crews stand between two fires,', 'Dornick']]);
	});

	it.each([
		['Speaking later on radio, the analyst went further:', 'Karo Dornick'],
		['The analyst was blunter:', 'Karo Dornick']
	])('gives a quote after "%s" to the one named with that noun', (head, speaker) => {
		expect(
			speakersOf(
				'Karo Dornick, an analyst in Portvale, said the ferry deal was clear.',
				`${head} “If the crews stay in Kelvarn, the question will arise sooner or later.”`
			)
		).toEqual([['If the crews stay in Kelvarn, the question will arise sooner or later.', speaker]]);
	});

	it('gives no one a quote after "The rest was simple:"', () => {
		expect(speakersOf('The rest was simple: “The boats must leave.”')).toEqual([
			['The boats must leave.', null]
		]);
	});

	it('gives a post set as text under its header to the post’s author', () => {
		expect(
			speakersOf(
				'16:05',
				'Our correspondent in Portvale, on X:',
				'Vera Lind @veralind · 20 Sep 2023 · 16:01 · 48K views',
				'“At Kelvarn, the last village before the coast road. No traffic coming out.”',
				'15:20'
			)
		).toEqual([['At Kelvarn, the last village before the coast road. No traffic coming out.', 'Vera Lind']]);
	});

	it.each(['last year', 'earlier this month', 'on Tuesday'])('leaves "%s" out of a body’s name', (when) => {
		expect(
			speakersOf(
				`A report by the Harbour Research Foundation ${when} warned that “the bay is turning into a front line”.`
			)
		).toEqual([['the bay is turning into a front line', 'Harbour Research Foundation']]);
	});

	it('gives a post under its header to its author, over the paragraph before that introduces the thread', () => {
		expect(
			speakersOf(
				'Our correspondent in Kelvarn, who spent the evening near the bay, posted a thread on X as the news came in:',
				'Vera Lind @veralind · 16 Nov 2021 · 19:41',
				'“Ambulances keep arriving at the Kelvarn hospital from the coast road.”'
			)
		).toEqual([['Ambulances keep arriving at the Kelvarn hospital from the coast road.', 'Vera Lind']]);
	});

	it('gives "the ombudsman wrote" to the one introduced as the Human Rights Defender', () => {
		expect(
			speakersOf(
				'Boats crossed the line on Thursday, the Human Rights Defender of Dornia, Karo Dornick, said in a report.',
				'Foreign Ministry spokeswoman Vera Lind told reporters that the crews were working. “We call for restraint,” Lind said.',
				'Returning to the subject on Saturday, the ombudsman wrote, in translation: “The people of Kelvarn spent the night in the cold.”'
			)
		).toEqual([
			['We call for restraint,', 'Vera Lind'],
			['The people of Kelvarn spent the night in the cold.', 'Karo Dornick']
		]);
	});

	it.each([
		[
			'Harbour Watch has published its annual Ferries of the World report.',
			'“Kelvarn suffered the steepest drop,” the report states.'
		],
		[
			'Harbour Watch has published its annual Ferries of the World report.',
			'The report noted that the bay lost most “as a result of the blockade”.'
		],
		[
			'The ferry strike entered its third week.',
			'Harbour Watch’s earlier report noted that a ferry service “can only run when the parties want it”.'
		]
	])('gives the report’s words to the body that published it: %s', (before, line) => {
		expect(speakersOf(before, line).map(([, who]) => who)).toEqual(['Harbour Watch']);
	});

	it('gives no country a report by its possessive: “Georgia’s report”', () => {
		expect(
			speakersOf('Georgia’s report noted that the bay “is closed to all”.').map(([, who]) => who)
		).not.toContain('Georgia');
	});

	it('gives "the Secretary of State tweeted" to the one named with that title', () => {
		expect(
			speakersOf(
				'U.S. Secretary of State Vera Lind spoke with Dornian Prime Minister Lev Darvin on Monday.',
				'“Glad to speak with the prime minister,” the Secretary of State tweeted after the call.'
			)
		).toEqual([['Glad to speak with the prime minister,', 'Vera Lind']]);
	});

	it('gives a quote to the one "quoted expressing hope", named with an appositive before', () => {
		expect(
			speakersOf(
				'Karo Dornick, the head of the Harbour Service in Kelvarn, was quoted expressing hope that the bay “will be guarded as well by our colleagues.”'
			)
		).toEqual([['will be guarded as well by our colleagues.', 'Karo Dornick']]);
	});

	it('keeps the name in apposition as the one quoted: “The ambassador, Vera Lind, was quoted as saying”', () => {
		expect(
			speakersOf(
				'The Dornian ambassador in Portvale, Vera Lind, was quoted by Harbour News as saying that the service had been “a unique example of cooperation”.'
			)
		).toEqual([['a unique example of cooperation', 'Vera Lind']]);
	});

	it('leaves a dateline with a double hyphen out of a role: "PORTVALE -- Dornian President"', () => {
		expect(tidyRole('PORTVALE -- Dornian President')).toBe('Dornian President');
	});

	it.each([
		'Lev Darvin from the Kelvarn District has noted that “if the housing issue is solved, the fishermen will return”.',
		'Lev Darvin from Kelvarn has noted that “if the housing issue is solved, the fishermen will return”.'
	])('gives the words to the person, not the place he is from: %s', (text) => {
		expect(speakersOf(text)).toEqual([
			['if the housing issue is solved, the fishermen will return', 'Lev Darvin']
		]);
	});

	it('gives "the statement said" to the body in the fullest form the article gives it, not to its bare noun', () => {
		expect(
			speakersOf(
				'The Ministry of Fisheries and Harbours of the Republic of Dornia has issued a statement on the boats in Kelvarn.',
				'STATEMENT OF THE MINISTRY OF FISHERIES AND HARBOURS',
				'1. Illegal fishing continues in the bay.',
				'2. The Ministry demands that the fishing be stopped at once.',
				'“Dornia reserves the right to protect its waters,” the statement said.'
			)
		).toEqual([
			[
				'Dornia reserves the right to protect its waters,',
				'Ministry of Fisheries and Harbours of the Republic of Dornia'
			]
		]);
	});
});
