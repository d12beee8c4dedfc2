/**
 * The match, visible: each quote in a place's popup says which words of the article tied it to
 * the place, and how (the feature's name, another name on record, a spelling variant).
 */
import { expect, test, waitForMap } from './fixtures';

test('the popup shows which words tied each quote to the place, aliases named as such', async ({ page }) => {
	await page.goto('/?place=shusha');
	await waitForMap(page);
	const panel = page.getByRole('region', { name: /Shusha/ });
	const matches = panel.getByTestId('match');
	await expect(matches.first()).toBeVisible();
	// The French seed writes “Choucha”: an alias of Shusha, and the popup says so.
	const alias = matches.filter({ hasText: '‘Choucha’ → Shusha' });
	await expect(alias).toHaveCount(1);
	await expect(alias).toHaveAttribute('data-how', 'alias');
	await expect(alias).toContainText('another name on record');
	// Every quote listed carries its match line: none is tied silently.
	await expect(matches).toHaveCount(await panel.getByTestId('quote').count());
});
