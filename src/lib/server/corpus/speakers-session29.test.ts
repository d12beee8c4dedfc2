// Session 29: attributions of official statements that real pages (read through the search tool's stored
// pages, not copied) use and the engine did not read: the verb before the statement ("notes a statement
// from X"), a message on a body's website, a Russian-style attribution between dashes inside the marks,
// and a court named before "the court said". Text written for the test.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './__fixtures__/speaker-run';

describe('speakers: session 29', () => {
	it('reads the issuer of a statement named after the verb', () => {
		expect(
			speakersOf(
				'Gas has not reached Stepanakert since Tuesday.',
				'“The engineers cannot yet say whether the supply was cut on purpose,” notes a statement from the Human Rights Defender’s office.'
			)
		).toEqual([
			[
				'The engineers cannot yet say whether the supply was cut on purpose,',
				'Human Rights Defender’s office'
			]
		]);
		expect(
			speakersOf('“No shots were fired at the post,” said a statement by the Lindian Defence Ministry.')
		).toEqual([['No shots were fired at the post,', 'Lindian Defence Ministry']]);
	});

	it('gives a message on a body’s website to the body, not to the website', () => {
		expect(
			speakersOf(
				'“Units entered the zone of responsibility of the contingent near Shusha,” according to a message on the website of the Russian Defence Ministry.'
			)
		).toEqual([
			['Units entered the zone of responsibility of the contingent near Shusha,', 'Russian Defence Ministry']
		]);
	});

	it('splits a quote at an attribution set between dashes inside the marks, and gives both parts its speaker', () => {
		expect(
			speakersOf(
				'Fighting stopped overnight.',
				'“A car carrying peacekeepers came under fire near Janyatag, – the Russian Ministry of Defence said in a statement. – The servicemen in it were killed.”'
			)
		).toEqual([
			['A car carrying peacekeepers came under fire near Janyatag,', 'Russian Ministry of Defence'],
			['The servicemen in it were killed.', 'Russian Ministry of Defence']
		]);
		// A dash clause that names no speaker leaves the quote whole and unattributed.
		expect(
			speakersOf('Fighting stopped overnight.', '“The road was open – for a day. – Then it closed again.”')
		).toEqual([['The road was open – for a day. – Then it closed again.', null]]);
	});

	it('gives "the court said" to the court named before', () => {
		expect(
			speakersOf(
				'The International Court of Justice issued its order on Thursday.',
				'Baku must "ensure unimpeded movement of persons, vehicles and cargo along the corridor in both directions," the court said.'
			)
		).toEqual([
			[
				'ensure unimpeded movement of persons, vehicles and cargo along the corridor in both directions,',
				'International Court of Justice'
			]
		]);
	});

	it('skips a clause opening with "When" for the main clause’s subject', () => {
		expect(
			speakersOf(
				'Kremlin spokesman Dmitry Peskov spoke to reporters.',
				'When asked where the blame lay, Peskov said: “It is hardly possible to say who is to blame here.”'
			)
		).toEqual([['It is hardly possible to say who is to blame here.', 'Dmitry Peskov']]);
		// "she" after a clause that addressed someone unnamed is that person, not the woman named before.
		expect(
			speakersOf(
				'Nara Sahakyan runs the clinic in Goris.',
				'When I asked one of the nurses how long it would last, she told me: “We can carry the sick out, but not the whole town.”'
			)
		).toEqual([['We can carry the sick out, but not the whole town.', null]]);
	});

	it('gives "said the head of X village" to the person the article introduced with those words', () => {
		expect(
			speakersOf(
				'The head of Lindar village, Zorik Abrahamyan, met the patrol on Monday.',
				'“The villagers cannot go to their fields any more,” said the head of Lindar village.'
			)
		).toEqual([['The villagers cannot go to their fields any more,', 'Zorik Abrahamyan']]);
		expect(
			speakersOf('“The villagers cannot go to their fields any more,” said the head of Lindar village.')
		).toEqual([['The villagers cannot go to their fields any more,', null]]);
	});

	it('never reads the object of "thanked" after a quote as its speaker', () => {
		expect(
			speakersOf(
				'The Joint Centre in Aghdam is closing.',
				'Defence Minister Zakir Hasanov earlier said centre "served peace and stability in the region," thanked Turkish and Russian officers'
			)
		).toEqual([['served peace and stability in the region,', 'Zakir Hasanov']]);
	});

	it('gives "someone in the government told me" to nobody, not to the government', () => {
		expect(
			speakersOf('Someone in the Lindian government told me: "We cannot rely on Moscow any more."')
		).toEqual([['We cannot rely on Moscow any more.', null]]);
	});

	it('keeps the place in a body’s own name, and reads a long appositive to the name before it', () => {
		expect(
			speakersOf(
				'The clashes went on overnight, the Artsakh Defense Army reported on Friday.',
				'"Its units are taking measures to repel the enemy," the statement read.'
			)
		).toEqual([['Its units are taking measures to repel the enemy,', 'Artsakh Defense Army']]);
		expect(
			speakersOf(
				'Hikmet Hajiyev, assistant to the President of Azerbaijan and head of the Foreign Policy Affairs Department of the Presidential Administration, wrote on X: “Lachin is home again.”'
			)
		).toEqual([['Lachin is home again.', 'Hikmet Hajiyev']]);
	});

	it('gives a heading’s quote, attributed by a role, to whom the body’s quote of the same words names', () => {
		expect(
			speakersOf(
				'The shelling went on all day.',
				'17.45 BST',
				"'We have been left alone,' says Lindian ombudsman",
				"Gegham Stepanyan, the human rights defender of the region, wrote on X that 27 people had been killed. 'We have been left alone. No one is stopping this,' he wrote."
			)
		).toEqual([
			['We have been left alone,', 'Gegham Stepanyan'],
			['We have been left alone. No one is stopping this,', 'Gegham Stepanyan']
		]);
	});

	it('reads a ticker’s "ministry says" as the ministry named before', () => {
		expect(
			speakersOf(
				'The Turkish Defense Ministry said on Tuesday that the joint centre would close.',
				'17:40',
				'Closing the centre in Aghdam is under way "in coordination with Russia and Azerbaijan," ministry says'
			)
		).toEqual([['in coordination with Russia and Azerbaijan,', 'Turkish Defense Ministry']]);
	});

	it('gives "Our President said" to the president the article named', () => {
		expect(
			speakersOf(
				'President Ilham Aliyev visited Shusha in May.',
				'Spokesman: Our President said during his visit that "this page of history is closed".'
			)
		).toEqual([['this page of history is closed', 'Ilham Aliyev']]);
	});
});
