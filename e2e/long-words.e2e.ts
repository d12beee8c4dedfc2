// Text from articles is shown as it is: a quote may hold one word of thousands of characters (a
// pasted URL, a garbled line). It must wrap in the popup and the list, never widen the page.
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const LONG = 'x'.repeat(5_000);

/** Serve the real quotes with the first of Shusha's text replaced by one very long word. */
async function withLongWord(page: Page) {
	await page.route('**/data/quotes.json', async (route) => {
		const quotes = (await (await route.fetch()).json()) as { places: string[]; text: string }[];
		const first = quotes.find((q) => q.places.includes('shusha'));
		if (!first) throw new Error('the data has no quote tied to Shusha');
		first.text = `Before ${LONG} after`;
		await route.fulfill({ json: quotes });
	});
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const width of [375, 1280]) {
	test(`a 5,000-character word wraps in the popup and the list at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await withLongWord(page);
		await page.goto('/?place=shusha');
		await waitForMap(page);
		const quote = page.getByTestId('details').getByTestId('quote').filter({ hasText: LONG });
		await expect(quote).toBeVisible();
		expect(await pageWidth(page)).toBeLessThanOrEqual(width);
		expect((await quote.boundingBox())!.width).toBeLessThanOrEqual(width);

		// The list is prerendered with its quotes in the page: the long word goes into its text.
		await page.goto('/list');
		const listed = page.getByTestId('quote').first();
		await listed
			.locator('bdi')
			.first()
			.evaluate((el, word) => (el.textContent = `Before ${word} after`), LONG);
		await expect(listed).toContainText(LONG);
		expect(await pageWidth(page)).toBeLessThanOrEqual(width);
		expect((await listed.boundingBox())!.width).toBeLessThanOrEqual(width);
	});
}
