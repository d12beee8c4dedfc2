// Quotes whose marks are mixed: a single-marked quote inside a straight one, a curly quote closed by
// a straight mark before its attribution. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { findQuotes, quotesIn } from './quotes';

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

describe('guillemets closed by a curly mark', () => {
	it('closes «… at a ” typed before its attribution, so the next paragraph’s quote is its own', () => {
		const body =
			'«The road closed and the children cannot return,” Vardanyan said.\n“I have asked the guards for help.”';
		const paras = [
			{ start: 0, end: body.indexOf('\n'), index: 0, furniture: false },
			{ start: body.indexOf('\n') + 1, end: body.length, index: 1, furniture: false }
		];
		const { own } = findQuotes(body, paras);
		expect(own.flat().map((q) => body.slice(q.start, q.end))).toEqual([
			'The road closed and the children cannot return,',
			'I have asked the guards for help.'
		]);
	});
});

describe('a quote over paragraphs typed without the continuation’s opening mark', () => {
	const quotesOf = (...lines: string[]) => {
		const body = lines.join('\n');
		let at = 0;
		const paras = lines.map((l, index) => {
			const p = { start: at, end: at + l.length, index, furniture: false };
			at += l.length + 1;
			return p;
		});
		return findQuotes(body, paras)
			.own.flat()
			.map((q) => body.slice(q.start, q.end));
	};

	it('runs on to the first mark of a later paragraph when it closes before an attribution', () => {
		expect(
			quotesOf(
				'"You want the guards to say they failed? That they signed in another time?',
				'The harbour signed it to keep the boats safe. That is the mandate," he emphasized.'
			)
		).toEqual([
			'You want the guards to say they failed? That they signed in another time?\nThe harbour signed it to keep the boats safe. That is the mandate,'
		]);
	});

	it('ends with its paragraph when the next one opens a quote of its own', () => {
		expect(
			quotesOf(
				'"You want the guards to say they failed?',
				'The harbour master disagreed. "That is the mandate," he said.'
			)
		).toEqual(['You want the guards to say they failed?', 'That is the mandate,']);
	});
});
