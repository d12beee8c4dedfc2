// Session 47: lines holdout78, holdout79 and two probes of real pages showed kept as reporting though they are a
// page's chrome, or skipped though they are reporting. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { why } from './__fixtures__/furniture-run';
import { paragraphs } from './extract';

describe('furniture: session 47', () => {
	it.each([
		['By Vera Lind, special correspondent in Portvale', 'byline'],
		['Lev Darvin and Vera Lind |10.05.2024 - Update : 10.05.2024', 'byline'],
		[
			'Nous utilisons des cookies pour vous offrir la meilleure expérience. Accepter | Paramétrer',
			'cookie notice'
		],
		[
			'Translated from the French. Translation automatically assisted, reviewed by the editors.',
			'editor’s note'
		],
		['This article was machine translated from Dornian and edited by our staff.', 'disclaimer'],
		['This article is reserved for subscribers. 87% remaining to read.', 'paywall notice'],
		['Subscribe: €1 for the first month, without commitment.', 'paywall notice'],
		['Harbour Post is blocked in Dornia. Learn how to bypass the blocking.', 'paywall notice'],
		["Editor's Picks", 'page chrome'],
		['This article originally appeared in German in issue 12/2021 of the Harbour Post.', 'editor’s note'],
		[
			"Vera Lind is the Harbour Post's bureau chief in Portvale. She has reported from the coast since 2015.",
			'author’s note'
		],
		[
			'Lev Darvin is a columnist for Harbour Post. A veteran journalist, he was an adviser to the mayor.',
			'author’s note'
		],
		[
			'* Translator\'s note: the original writes "Kelvarne". The town is called Kelvarn in Dornian.',
			'disclaimer'
		],
		['Oxunub: 21 407', 'view count'],
		['EUROPE', 'section label'],
		['Published Nov. 12, 2020 Updated Nov. 13, 2020, 6:02 a.m. ET', 'time stamp'],
		['Time to read 4 min.', 'page chrome'],
		['Listen · 4:12', 'page chrome'],
		['*Columnist at Harbour Post and research fellow in foreign policy', 'author’s note'],
		['Independent journalism in Dornian and English. Your donation helps us continue.', 'page chrome']
	])('%s → %s', (line, reason) => {
		expect(why(line)).toBe(reason);
	});

	it('keeps a wrapped last paragraph whole when a "Most read" list follows it with no blank line', () => {
		const body = [
			'The ferry strike, the longest since the port opened, stranded several',
			'thousand people. Dornian boats had come within a few',
			'kilometres of Portvale before the truce, and storms had hit',
			'Kelvarn and Lindmoor on the northern side of the bay.',
			'(Reporting by Lev Darvin; Editing by Vera Lind)',
			'Correction: An earlier version of this story misstated the date of the strike.',
			'Our Standards: The Harbour Post Trust Principles.',
			'Most read',
			'1. Harbour council faces protests after ferry deal',
			'2. Fish prices steady as boats return to Lindmoor',
			'© 2020 Harbour Post. All rights reserved.'
		].join('\n');
		const laid = paragraphs(body, 'Ferry strike ends').map((p) => [
			body.slice(p.start, p.end),
			p.why ?? null
		]);
		expect(laid[0]).toEqual([body.split('\n').slice(0, 4).join('\n'), null]);
		expect(laid.slice(1).every(([, reason]) => reason !== null)).toBe(true);
	});

	it('takes a name alone under the headline, over the story or its date, for the byline', () => {
		const body = [
			'Harbour Post',
			'Society | Coast | Investigations',
			'October 10, 2023',
			'Karo Dornick, the teacher from Kelvarn (1951–2023)',
			'Vera Lind',
			'Karo Dornick, who taught history in Kelvarn for 45 years, died in Portvale on Sunday.',
			'His daughter said he stopped eating after they crossed the bridge.'
		].join('\n\n');
		const reasons = paragraphs(body, 'Karo Dornick, the teacher from Kelvarn').map((p) => [
			body.slice(p.start, p.end),
			p.why ?? null
		]);
		expect(reasons[4]).toEqual(['Vera Lind', 'byline']);
		expect(reasons[5]![1]).toBeNull();
	});
});
