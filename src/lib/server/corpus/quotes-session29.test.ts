// Session 29: official statements relayed by Russian and Azerbaijani outlets in English, as real pages
// (read through the search tool's stored pages, not copied) set them: a statement over several paragraphs
// whose continuations open with no mark, a closing mark typed after its space, a paragraph whose opening
// mark was forgotten. Text written for the test; places invented or curated.
import { describe, expect, it } from 'vitest';
import { keptQuotes } from './__fixtures__/quotes-kept';

const quotes = keptQuotes;

describe('quotes: session 29', () => {
	it('runs a statement on through continuations with no opening mark to its closing mark and attribution', () => {
		expect(
			quotes(
				'The contingent published its daily report on Monday.',
				'“Patrols were carried out along four routes in the Martuni and Askeran districts.',
				'To keep the civilians safe, the ceasefire regime is observed at every post,” the report states.',
				'No violations were recorded.'
			)
		).toEqual([
			'Patrols were carried out along four routes in the Martuni and Askeran districts.\nTo keep the civilians safe, the ceasefire regime is observed at every post,'
		]);
	});

	it('closes a statement at a closing mark typed after its space, and takes none of the attribution', () => {
		expect(
			quotes(
				'“We note with regret that the command still prints invented names on its maps.',
				'We ask the command to use the names of Aghdara and Khojavend , ”the defence department said.',
				'The command did not reply.'
			)
		).toEqual([
			'We note with regret that the command still prints invented names on its maps.\nWe ask the command to use the names of Aghdara and Khojavend ,'
		]);
	});

	it('opens a quote at the paragraph’s start when its first mark closes speech before the attribution', () => {
		expect(
			quotes(
				'The spokeswoman commented on the talks.',
				'In the new conditions we think it important to go on with the dialogue between Baku and Stepanakert,” Maria Zakharova said.'
			)
		).toEqual([
			'In the new conditions we think it important to go on with the dialogue between Baku and Stepanakert,'
		]);
		// Not after a quote already in the paragraph, nor at a mark with no attribution after it.
		expect(
			quotes(
				'He called the plan “a dead end for all of us,” and left. Then it was over, he said,” she added.'
			)
		).toEqual(['a dead end for all of us,']);
		expect(quotes('The sign said Welcome to Lindport,” in two languages.')).toEqual([]);
	});
});
