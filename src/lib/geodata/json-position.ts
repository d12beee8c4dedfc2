/**
 * Where JSON text first goes wrong, as line and column. Node's JSON.parse gives a position for some
 * errors only (and none for `[,]`), so a curator would otherwise get a file name and no line.
 */

const WS = /[ \t\n\r]/;

/** Offset of the first syntax error in `text`, or -1 if the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const ws = () => {
		while (i < text.length && WS.test(text[i]!)) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text.charCodeAt(i) < 0x20) fail();
			i += text[i] === '\\' ? 2 : 1;
		}
		if (i >= text.length) fail();
		i++;
	};
	const number = () => {
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
		if (!m) fail();
		i += m![0].length;
	};
	const list = (close: string, item: () => void) => {
		i++;
		ws();
		if (text[i] === close) return void i++;
		for (;;) {
			item();
			ws();
			if (text[i] === ',') i++;
			else if (text[i] === close) return void i++;
			else fail();
		}
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			list('}', () => {
				ws();
				if (text[i] !== '"') fail();
				string();
				ws();
				if (text[i] !== ':') fail();
				i++;
				value();
			});
		} else if (c === '[') list(']', value);
		else if (c === '"') string();
		else if (c === 't') literal('true');
		else if (c === 'f') literal('false');
		else if (c === 'n') literal('null');
		else number();
	};
	try {
		value();
		ws();
		return i < text.length ? i : -1;
	} catch (at) {
		return typeof at === 'number' ? Math.min(at, text.length) : 0;
	}
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
