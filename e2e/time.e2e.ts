/**
 * One time model: on the built site, for every curated feature and several selections of time,
 * the map's feature state (what it draws, how, and what it counts) and the popup (its "When" line,
 * its note, its quotes) must agree. Features are opened by in-page links (a client-side navigation,
 * as a reader following a link within the site), so the map is loaded once per selection.
 */
import type { Page } from '@playwright/test';
import type { TimeState } from '../src/lib/time/model';
import { STATE_LABEL } from '../src/lib/time/state-label';
import { expect, test, waitForMap } from './fixtures';

const DRAWN = new Set(['standing', 'established', 'dismantled']);

async function openByLink(page: Page, href: string) {
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		a.textContent = 'open';
		a.id = 'e2e-link';
		document.body.append(a);
		a.click();
		a.remove();
	}, href);
}

const selections = ['', 'period=2020,2023', 'period=2024', 'from=2021-01-01&to=2022-12-31'];

for (const selection of selections) {
	test(`map state and popup agree for every feature (${selection || 'the whole mission'})`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		await page.goto(`/?${selection}`);
		await waitForMap(page);
		const ids = await page.evaluate(async () => {
			const map = (await (await fetch('/data/map.json')).json()) as { features: Record<string, unknown> };
			return Object.keys(map.features);
		});
		expect(ids.length).toBeGreaterThan(80);
		const details = page.getByTestId('details');
		const seen = new Set<string>();
		for (const id of ids) {
			await openByLink(page, `/?${selection ? `${selection}&` : ''}place=${id}`);
			await expect(details).toHaveAttribute('data-feature', id);
			await expect(details).toHaveAttribute('aria-busy', 'false');
			const state = await page.evaluate(
				(id) =>
					window.__map!.getFeatureState({ source: 'curated', id }) as {
						time: TimeState;
						on: boolean;
						count: number;
					},
				id
			);
			seen.add(state.time);
			await expect(details, id).toHaveAttribute('data-time', state.time);
			await expect(details.getByTestId('time-status'), id).toContainText(STATE_LABEL[state.time]);
			expect(state.on, id).toBe(DRAWN.has(state.time));
			if (!state.on) {
				await expect(details.getByTestId('off-note'), id).toBeVisible();
				expect(state.count, `${id} is not drawn: nothing counted`).toBe(0);
			} else await expect(details.getByTestId('off-note'), id).toHaveCount(0);
			if (state.count > 0)
				await expect(details.getByTestId('quote-count'), id).toHaveText(new RegExp(`^${state.count} `));
			else await expect(details.getByTestId('quote'), id).toHaveCount(0);
		}
		// Each selection shows more than one state (the check can fail).
		expect(seen.size, [...seen].join(', ')).toBeGreaterThan(1);
	});
}
