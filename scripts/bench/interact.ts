/**
 * Figure 4 (period toggle → next frame, place popup open) and the panning fps of figure 6. Each
 * action is timed inside the page, from performance.now() just before it to the map's next
 * `render` (toggle) or the first frame showing the popup, with the map idle in between.
 */
import type { Page } from 'playwright-core';

type BenchMap = {
	once(ev: string, cb: () => void): void;
	loaded(): boolean;
	panBy(offset: [number, number], opts: { duration: number; easing: (t: number) => number }): void;
	on(ev: string, cb: () => void): void;
	off(ev: string, cb: () => void): void;
	jumpTo(opts: { center: [number, number]; zoom: number }): void;
};

/** `n` toggles of the 2020 period checkbox (off, on, off …); ms from click to the next map render. */
export function timeToggles(page: Page, n: number): Promise<number[]> {
	return page.evaluate(async (n) => {
		const map = (window as unknown as { __map: BenchMap }).__map;
		const box = document.querySelector<HTMLInputElement>('[data-testid="period-2020"]');
		if (!box) throw new Error('no period-2020 toggle');
		const idle = () =>
			new Promise<void>((r) => {
				if (map.loaded()) setTimeout(r, 50);
				else map.once('idle', () => r());
			});
		const out: number[] = [];
		for (let i = 0; i < n; i++) {
			await idle();
			const t0 = performance.now();
			const rendered = new Promise<number>((r) => map.once('render', () => r(performance.now())));
			box.click();
			const t = await Promise.race([rendered, new Promise<number>((r) => setTimeout(() => r(NaN), 3000))]);
			out.push(t - t0);
		}
		await idle();
		if (!box.checked) box.click();
		return out;
	}, n);
}

/** Open the popup of each place in turn from the index; ms from click to the frame that shows it. */
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
			await until(() => !!document.querySelector(`[data-testid="details"][data-feature="${id}"]`));
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
