// Quotes whose marks are mixed: a single-marked quote inside a straight one, a curly quote closed by
// a straight mark before its attribution. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { quotesIn } from './quotes';

/** The text of each quote of a one-paragraph text (terms left out). */
const texts = (t: string) => quotesIn(t, 0, t.length).map((x) => t.slice(x.start, x.end));

describe('mixed marks', () => {
	it('closes a single-marked quote inside a straight one at its own mark before "they said", not the outer one', () => {
		const t = `"For years they told us, 'Let us solve this. Let us not wait,' they said. Whose quay is it?" Vardanyan said.`;
		expect(texts(t)).toEqual([
			"For years they told us, 'Let us solve this. Let us not wait,' they said. Whose quay is it?"
		]);
	});

	it('closes a curly quote at a straight mark typed before its attribution, and opens the next at the straight one after', () => {
		const t = `“They are so kind," Vardanyan told the paper. "I bring them tea in the morning. They never take it.”`;
		expect(texts(t)).toEqual(['They are so kind,', 'I bring them tea in the morning. They never take it.']);
	});

	it('keeps a straight mark inside a curly quote when no attribution follows it', () => {
		const t = `“The sign said "closed" all week, and nobody came,” Vardanyan said.`;
		expect(texts(t)).toEqual(['The sign said "closed" all week, and nobody came,']);
	});
});
