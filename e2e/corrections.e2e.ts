/**
 * A quote the editors corrected (corpus/corrections.json) says so where readers meet it: in the
 * list (the same QuoteItem as the popup) and on its mark in the reader.
 */
import { expect, test } from './fixtures';

const ARTICLE = '2020-10-31-wire-russia-ready-to-help-yerevan';
const QUOTE_START = 1688;

test('the list and the reader mark the corrected quote, and only it', async ({ page }) => {
	await page.goto('/list');
	await page.getByRole('searchbox').fill('Armenian diplomacy');
	const quote = page
		.getByTestId('quote')
		.filter({ hasText: 'The Armenian Prime Minister has asked' })
		.first();
	await expect(quote.getByTestId('corrected')).toHaveText('Corrected by the editors: speaker');
	await expect(quote).toContainText('Armenian diplomacy');

	await page.goto(`/articles/${ARTICLE}#q-${QUOTE_START}`);
	const mark = page.locator('mark', { has: page.locator(`[id="q-${QUOTE_START}"]`) });
	await expect(mark.getByTestId('corrected')).toHaveText('corrected by the editors');
	await expect(page.getByTestId('corrected')).toHaveCount(1);
});
