import { describe, expect, it } from 'vitest';
import { isHttpUrl, isIsoDate, isSlug } from './rules';

describe('the rules of form', () => {
	it('takes real calendar days only', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		for (const bad of ['2023-02-29', '2023-2-01', '2023-13-01', '20230201', ' 2023-02-01', ''])
			expect(isIsoDate(bad), bad).toBe(false);
	});

	it('takes http(s) links only, without spaces or hidden characters', () => {
		expect(isHttpUrl('https://example.org/a?b=1')).toBe(true);
		expect(isHttpUrl('HTTP://example.org/')).toBe(true);
		for (const bad of [
			'javascript:alert(1)',
			'ftp://example.org/',
			'http://exa mple.org/',
			'https://example.org/\u202egnp.exe',
			'https://'
		])
			expect(isHttpUrl(bad), bad).toBe(false);
	});

	it('takes lowercase ASCII slugs', () => {
		expect(isSlug('line-of-contact-2020')).toBe(true);
		for (const bad of ['Shusha', 'shusha-', '-shusha', 'a--b', 'şuşa', ''])
			expect(isSlug(bad), bad).toBe(false);
	});
});
