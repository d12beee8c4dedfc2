/**
 * Where the popup sits, in pixels, read from the CSS that places it (app.css: `--sheet-width`,
 * `--sheet-inset`, `--sheet-phone-height`, `--sheet-layout`). One set of constants for the card's
 * CSS and the camera that keeps the opened feature beside it: they cannot drift apart.
 */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A CSS length as written in a custom property ("26rem", "45vh", "12px") in pixels. */
export function cssLength(value: string, remPx: number, viewportHeight: number): number {
	const m = /^\s*(-?[\d.]+)(px|rem|vh)?\s*$/.exec(value);
	if (!m) return 0;
	const n = Number(m[1]);
	return m[2] === 'rem' ? n * remPx : m[2] === 'vh' ? (n * viewportHeight) / 100 : n;
}

/** The room the popup takes from the map element: the card on the right, or the sheet below. */
export function sheetPadding(mapEl: HTMLElement): Padding {
	const root = getComputedStyle(document.documentElement);
	const rem = parseFloat(root.fontSize) || 16;
	const len = (name: string) => cssLength(root.getPropertyValue(name), rem, window.innerHeight);
	const rect = mapEl.getBoundingClientRect();
	// What of the map is scrolled out of the window above does not count as free.
	const top = Math.min(rect.height, Math.max(0, -rect.top));
	if (root.getPropertyValue('--sheet-layout').trim() === 'bottom') {
		const sheetTop = window.innerHeight - len('--sheet-phone-height');
		return {
			top,
			left: 0,
			right: 0,
			bottom: Math.min(rect.height - top, Math.max(0, rect.bottom - sheetTop))
		};
	}
	// The card is `min(--sheet-width, 100% - 4rem)` wide, `--sheet-inset` from the map's right edge.
	const width = Math.min(len('--sheet-width'), rect.width - 4 * rem);
	return { top, left: 0, bottom: 0, right: width + len('--sheet-inset') };
}

/** A bottom sheet: the map must be scrolled into the window for the feature to show above it. */
export function sheetAtBottom(): boolean {
	return getComputedStyle(document.documentElement).getPropertyValue('--sheet-layout').trim() === 'bottom';
}
