// Garbage in the URL gives the default view. Parsing is pure, so every case is checked here; the
// browser suite (e2e/resilience.e2e.ts) keeps the few that need a page: markup that must not run,
// a request line near the server's limit, a camera hash.
import { describe, expect, it } from 'vitest';
import { parseViewParams } from './url';

const periods = ['2020', '2023', '2024'];
const ids = new Set(['shusha', 'stepanakert']);
const whole = { periods: [], range: null, place: null };
const parse = (path: string) =>
	parseViewParams(new URL(path, 'http://127.0.0.1/').searchParams, periods, ids);

describe('garbage in the URL gives the default view', () => {
	const cases: [string, string][] = [
		['a script in period', `/?period=${encodeURIComponent('<script>window.__pwned=1</script>')}`],
		['raw markup in period', `/?period=<img src=x onerror=window.__pwned=1>`],
		['a path in place', '/?place=../../'],
		['an encoded path in place', '/?place=..%2F..%2Fdata%2Fmap.json'],
		['prototype keys in place', '/?place=__proto__&period=constructor'],
		['a huge period', `/?period=${'2020,'.repeat(1_500)}`],
		['a huge place', `/?place=${'a'.repeat(8_000)}`],
		['broken percent-encoding', '/?period=%E0%A4%A&place=%ZZ'],
		['repeated and empty keys', '/?place=&place=shusha-nope&period=,,,'],
		['an impossible range', '/?from=2023-02-30&to=2023-13-01'],
		['a reversed range', '/?from=2024-01-01&to=2020-01-01'],
		['a range out of the calendar the site knows', '/?from=0001-01-01&to=9999-12-31'],
		['a script in place', '/?place=javascript:alert(1)']
	];
	it.each(cases)('%s', (_, path) => expect(parse(path)).toEqual(whole));

	it('the check can fail: a good URL is not the default view', () => {
		expect(parse('/?period=2023&place=shusha')).not.toEqual(whole);
	});
});
