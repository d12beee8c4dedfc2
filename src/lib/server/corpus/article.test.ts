import { describe, expect, it } from 'vitest';
import { ArticleError, formatArticle, MAX_BODY_BYTES, parseArticle, sha256 } from './article';

const enc = (s: string) => new TextEncoder().encode(s);
const ok = 'title: T\nsource: S\ndate: 2020-11-10\n\nBody “quoted” text.\n\nSecond paragraph.';
const fail = (bytes: Uint8Array) => () => parseArticle(bytes, 'x.txt');

describe('parseArticle', () => {
	it('reads the header and keeps the body byte-for-byte', () => {
		const a = parseArticle(enc(ok), 'x.txt');
		expect(a.meta).toMatchObject({ title: 'T', source: 'S', date: '2020-11-10', url: null, date_note: null });
		expect(a.body).toBe('Body “quoted” text.\n\nSecond paragraph.');
		expect(a.sha256).toBe(sha256(a.body));
		expect(a.meta.id).toBe('2020-11-10-s-t');
	});
	it('round-trips through formatArticle with the checksum recorded', () => {
		const a = parseArticle(enc(ok), 'x.txt');
		const again = parseArticle(enc(formatArticle(a.header, a.body)), 'y.txt', 'given-id');
		expect(again.body).toBe(a.body);
		expect(again.header.sha256).toBe(a.sha256);
		expect(again.meta.id).toBe('given-id');
	});
	it('refuses an empty file', () => {
		expect(fail(new Uint8Array())).toThrow(/file is empty/);
	});
	it('refuses a header with no blank line after it', () => {
		expect(fail(enc('title: T\nsource: S\ndate: 2020-11-10\nBody starts here.'))).toThrow(
			/no blank line after the header/
		);
		expect(fail(enc('title: T\nsource: S\ndate: 2020-11-10'))).toThrow(/no blank line/);
	});
	it('refuses a missing or impossible date', () => {
		expect(fail(enc('title: T\nsource: S\n\nBody.'))).toThrow(/missing header "date"/);
		expect(fail(enc('title: T\nsource: S\ndate: 2023-02-30\n\nBody.'))).toThrow(/not a real calendar date/);
		expect(fail(enc('title: T\nsource: S\ndate: 9 Oct 2023\n\nBody.'))).toThrow(/YYYY-MM-DD/);
	});
	it('refuses an unknown or repeated header key', () => {
		expect(fail(enc('title: T\nsource: S\ndate: 2020-11-10\nauthor: X\n\nBody.'))).toThrow(
			/unknown header key "author"/
		);
		expect(fail(enc('title: T\ntitle: U\nsource: S\ndate: 2020-11-10\n\nBody.'))).toThrow(/appears twice/);
	});
	it('refuses bytes that are not UTF-8, saying where', () => {
		const bytes = new Uint8Array([...enc('title: T\nsource: S\ndate: 2020-11-10\n\nCaf'), 0xe9, 0x20, 0x41]);
		expect(fail(bytes)).toThrow(/not valid UTF-8 \(first bad byte at offset 40\)/);
	});
	it('refuses a body over the size limit', () => {
		const big = 'title: T\nsource: S\ndate: 2020-11-10\n\n' + 'a'.repeat(MAX_BODY_BYTES + 1);
		expect(fail(enc(big))).toThrow(/over the limit/);
	});
	it('refuses an empty body and an edited body', () => {
		expect(fail(enc('title: T\nsource: S\ndate: 2020-11-10\n\n  \n'))).toThrow(
			/body after the header is empty/
		);
		const a = parseArticle(enc(ok), 'x.txt');
		const edited = formatArticle(a.header, a.body).replace('Second', 'Third');
		expect(fail(enc(edited))).toThrow(ArticleError);
		expect(fail(enc(edited))).toThrow(/the body was edited/);
	});
	it('accepts CRLF headers and keeps CRLF in the body', () => {
		const a = parseArticle(
			enc('title: T\r\nsource: S\r\ndate: 2020-11-10\r\n\r\nLine one.\r\nLine two.'),
			'x.txt'
		);
		expect(a.body).toBe('Line one.\r\nLine two.');
	});
});
