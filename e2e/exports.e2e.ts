/** The home page's downloads follow the time shown and say which time it was. */
import { readFileSync } from 'node:fs';
import { expect, test, waitForMap } from './fixtures';

test('the GeoJSON and CSV downloads hold what the map draws in the time shown', async ({ page }) => {
	await page.goto('/?period=2024');
	await waitForMap(page);
	const [geo] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-geojson').click()
	]);
	expect(geo.suggestedFilename()).toBe('karabakh-peacekeepers-2024-04-17_2024-06-12.geojson');
	const data = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
	expect(data.metadata.time_shown).toContain('2024');
	const ids: string[] = data.features.map((f: { properties: { id: string } }) => f.properties.id);
	// Lines, areas and posts, not only places; nothing the map does not draw then.
	expect(ids).toEqual(
		expect.arrayContaining(['monitoring-centre-aghdam', 'peacekeeping-hq', 'nkao-boundary', 'shusha'])
	);
	expect(ids.some((id) => id.startsWith('observation-post'))).toBe(false);
	expect(ids).not.toContain('lachin-corridor-2022');

	await page.getByTestId('time-mission').click();
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	expect(csv.suggestedFilename()).toBe('karabakh-peacekeepers-2020-09-27_2024-06-12.csv');
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.split('\r\n')[0]).toMatch(/^time_shown,feature,group,time_state,/);
	expect(text).toContain('the whole mission (');
	expect(text).toMatch(/observation-post-north-01,post,dismantled/);
});
