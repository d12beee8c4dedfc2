// What holdout14 (session 15) showed passing as reporting: an advertising slot, a bare "Latest" bar,
// an agency's dateline alone, a fact box, an outlet's name with its edition, a date with its time,
// a wire's closing credits, and link headlines under "Related:" or "More news" without blank lines.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { kept, why } from './__fixtures__/furniture-run';

describe('furnitureReason: lines holdout14 showed', () => {
	it.each([
		['Advertising', 'page chrome'],
		['PORTVALE, March 3. /ARKA/.', 'date line'],
		[
			'Harbour Post reference: the ferry line was opened in 1998 and carries about 400 cars a day.',
			'fact box'
		],
		['Duvar English', 'byline'],
		['Meydan TV', 'byline'],
		['03.12.2021 / 09:40', 'time stamp'],
		[
			'Petrosyan reported from Riga, Latvia. Associated Press writer Lena Moss in London contributed.',
			'byline'
		],
		['Petrosyan reported from Riga, Latvia.', 'byline']
	])('%s → %s', (line, reason) => expect(why(line)).toBe(reason));

	it('keeps reporting that only looks like those lines', () => {
		expect(why('The harbour master said advertising on the pier would stop.')).toBeNull();
		expect(
			why('Reuters reported from the pier that the ferry had left before dawn, with 40 cars on board.')
		).toBeNull();
		expect(why('Duvar English reported the story first.')).toBeNull();
	});
});

describe('paragraphs: link headlines under a label, one line each', () => {
	const lead = 'The ferry returned to Lindmoor on Friday after a week of storms, the harbour office said.';

	it('takes headlines under "Related:" for links, though they are of one width', () => {
		const body = [
			lead,
			'',
			'Related:',
			'Portvale and Lindmoor trade blame over the broken pier',
			'Harbour council calls for an immediate stop to all traffic',
			'Storm warning lifted for the northern coast on Monday',
			'Photos | Fishermen mend their nets after the storm'
		].join('\n');
		expect(kept(body, 'Ferry returns to Lindmoor')).toEqual([lead]);
	});

	it('still reads a wrapped paragraph whose lines open with names as one paragraph', () => {
		const body = [
			lead,
			'',
			'"Our crews could be there within days. But it has to be the wish of',
			'Portvale and of Lindmoor, not something imposed on them from outside,"',
			'the harbour master said on Friday in a statement to the press agency.'
		].join('\n');
		expect(kept(body, 'Ferry returns to Lindmoor')).toHaveLength(2);
	});

	it('takes the headline under "More news" and a bare "Latest" bar for links', () => {
		const body = [
			lead,
			'',
			'Latest',
			'Harbour council meets on Monday',
			'',
			'More news',
			'Portvale mayor: the pier will reopen in spring'
		].join('\n');
		expect(kept(body, 'Ferry returns to Lindmoor')).toEqual([lead]);
	});
});
