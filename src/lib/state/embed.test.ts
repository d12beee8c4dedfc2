import { describe, expect, it } from 'vitest';
import { embedSnippet, mapUrls } from './embed';
import { parseViewParams } from './url';

describe('embed code', () => {
	const view = parseViewParams(
		new URLSearchParams('?from=2022-12-12&to=2023-04-23&place=shusha&compare=2020-12-01,2023-10-01'),
		[],
		new Set(['shusha'])
	);
	it('points at the view shown on the embed page, camera kept, and back at the full map', () => {
		const urls = mapUrls('https://example.org', '/map', { ...view, embed: true }, '#9/39.76/46.75');
		expect(urls.embed).toBe(
			'https://example.org/map/embed?from=2022-12-12&to=2023-04-23&compare=2020-12-01,2023-10-01&place=shusha#9/39.76/46.75'
		);
		expect(urls.full).toBe(
			'https://example.org/map/?from=2022-12-12&to=2023-04-23&compare=2020-12-01,2023-10-01&place=shusha#9/39.76/46.75'
		);
		expect(parseViewParams(new URL(urls.embed).searchParams, [], new Set(['shusha']))).toEqual(view);
		expect(mapUrls('', '', view, '').full).toBe(
			'/?from=2022-12-12&to=2023-04-23&compare=2020-12-01,2023-10-01&place=shusha'
		);
	});
	it('is an iframe with the URL escaped as an attribute', () => {
		const s = embedSnippet('https://example.org/?a=1&b="2"', 'Map <of> it');
		expect(s).toMatch(
			/^<iframe src="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;" title="Map &lt;of> it"/
		);
		expect(s).toMatch(/<\/iframe>$/);
	});
});
