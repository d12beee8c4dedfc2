/**
 * Figure 4 (period toggle → the frame that draws the new view, place popup open) and the
 * panning fps of figure 6. Each action is timed inside the page, from performance.now() just
 * before it to the first map `render` after which every data source is loaded (a filter change
 * re-tiles a source, and the frames drawn meanwhile still show the old view) or to the first
 * frame showing the popup, with the map idle in between. The same style change on the bare
 * baseline map gives this machine's floor: the time MapLibre takes to draw any next frame.
 */
import type { Page } from 'playwright-core';

type BenchMap = {
	once(ev: string, cb: () => void): void;
	loaded(): boolean;
	panBy(offset: [number, number], opts: { duration: number; easing: (t: number) => number }): void;
	on(ev: string, cb: () => void): void;
	off(ev: string, cb: () => void): void;
	isSourceLoaded(id: string): boolean;
	getSource(id: string): unknown;
	setPaintProperty(layer: string, name: string, value: unknown): void;
	jumpTo(opts: { center: [number, number]; zoom: number }): void;
};

/** `n` toggles of the 2020 period checkbox (off, on, off …); ms from click to the frame drawing the new view. */
export function timeToggles(page: Page, n: number): Promise<number[]> {
	return timeFrames(page, n, 'toggle');
}

/** `n` changes of the land colour on the baseline map; ms from the change to the next frame. */
export function timeRepaints(page: Page, n: number): Promise<number[]> {
	return timeFrames(page, n, 'repaint');
}

function timeFrames(page: Page, n: number, action: 'toggle' | 'repaint'): Promise<number[]> {
	return page.evaluate(
		async ([n, action]) => {
			const map = (window as unknown as { __map: BenchMap }).__map;
			const box = document.querySelector<HTMLInputElement>('[data-testid="period-2020"]');
			if (action === 'toggle' && !box) throw new Error('no period-2020 toggle');
			// The site's one data source (src/lib/map/curated.ts); the baseline has none.
			const sources = ['curated'].filter((id) => map.getSource(id));
			const idle = () =>
				new Promise<void>((r) => {
					if (map.loaded()) setTimeout(r, 50);
					else map.once('idle', () => r());
				});
			const drawn = () =>
				new Promise<number>((r) => {
					const check = () => {
						if (!sources.every((id) => map.isSourceLoaded(id))) return;
						map.off('render', check);
						r(performance.now());
					};
					map.on('render', check);
				});
			const out: number[] = [];
			for (let i = 0; i < n; i++) {
				await idle();
				const t0 = performance.now();
				const frame = drawn();
				if (action === 'toggle') box!.click();
				else map.setPaintProperty('basemap-land', 'fill-color', i % 2 ? '#f4f1ea' : '#f4f1eb');
				const t = await Promise.race([frame, new Promise<number>((r) => setTimeout(() => r(NaN), 3000))]);
				out.push(t - t0);
			}
			await idle();
			if (box && !box.checked) box.click();
			return out;
		},
		[n, action] as const
	);
}

/** Open the popup of each place in turn from the index; ms from click to the frame that shows it whole. */
export function timePopups(page: Page, ids: string[]): Promise<number[]> {
	return page.evaluate(async (ids) => {
		const out: number[] = [];
		const frame = () =>
			new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
		const until = async (test: () => boolean) => {
			const end = performance.now() + 3000;
			while (!test() && performance.now() < end) await new Promise((r) => setTimeout(r, 1));
		};
		for (const id of ids) {
			const button = document.querySelector<HTMLElement>(`[data-testid="index-${id}"]`);
			if (!button) continue;
			await new Promise((r) => setTimeout(r, 150));
			const t0 = performance.now();
			button.click();
			// Until the card has its quotes and sources (the first popup fetches them).
			await until(
				() => !!document.querySelector(`[data-testid="details"][data-feature="${id}"][aria-busy="false"]`)
			);
			const t = await frame();
			out.push(t - t0);
			document.querySelector<HTMLElement>('[data-testid="details"] button.close')?.click();
			await until(() => !document.querySelector('[data-testid="details"]'));
		}
		return out;
	}, ids);
}

/** Frames drawn per second while panning east, then back, for `seconds` (map idle before). */
export function panFps(page: Page, seconds: number, center: [number, number], zoom: number): Promise<number> {
	return page.evaluate(
		async ([seconds, center, zoom]) => {
			const map = (window as unknown as { __map: BenchMap }).__map;
			map.jumpTo({ center, zoom });
			await new Promise<void>((r) => map.once('idle', () => r()));
			let frames = 0;
			const count = () => frames++;
			map.on('render', count);
			const t0 = performance.now();
			const half = (seconds * 1000) / 2;
			map.panBy([600, 0], { duration: half, easing: (t) => t });
			await new Promise((r) => setTimeout(r, half));
			map.panBy([-600, 0], { duration: half, easing: (t) => t });
			await new Promise((r) => setTimeout(r, half));
			map.off('render', count);
			return frames / ((performance.now() - t0) / 1000);
		},
		[seconds, center, zoom] as const
	);
}
