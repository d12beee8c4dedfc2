import { describe, expect, it } from 'vitest';
import { markRuns } from './mark';
import { countText } from './text';

describe('the search match, marked', () => {
	it('marks each match as written, folded like the search (case, diacritics)', () => {
		expect(markRuns('Şuşa and SHUSHA, Shusha.', 'shusha')).toEqual([
			{ text: 'Şuşa and ', mark: false },
			{ text: 'SHUSHA', mark: true },
			{ text: ', ', mark: false },
			{ text: 'Shusha', mark: true },
			{ text: '.', mark: false }
		]);
		expect(markRuns('Galuzin said', 'galuzin')[0]).toEqual({ text: 'Galuzin', mark: true });
		expect(markRuns('nothing here', 'x')).toEqual([{ text: 'nothing here', mark: false }]);
		expect(markRuns('no query', '  ')).toEqual([{ text: 'no query', mark: false }]);
	});
});

describe('plurals', () => {
	it('follows English plural rules: never "1 places"', () => {
		expect(countText(1, 'place')).toBe('1 place');
		expect(countText(0, 'place')).toBe('0 places');
		expect(countText(2, 'quote')).toBe('2 quotes');
		expect(countText(1, 'passage')).toBe('1 passage');
	});
});

describe('speakers', () => {
	it('writes a description as one, not as a name', async () => {
		const { speakerText } = await import('./text');
		expect(speakerText('Mikhail Galuzin')).toBe('Mikhail Galuzin');
		expect(speakerText('Defense Ministry')).toBe('Defense Ministry');
		expect(speakerText('ministry')).toBe('said by ministry');
		expect(speakerText('senior U.S. official')).toBe('said by senior U.S. official');
	});
});
