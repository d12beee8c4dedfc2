/**
 * The precision classes of a curated position and what each promises. Kept apart from schema.ts
 * so the pages can read them without shipping the validator (valibot) to the browser.
 */
export const PRECISIONS = ['exact', 'approx', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** What each precision class promises, in kilometres (shown in the legend and the about page). */
export const PRECISION_KM: Record<Precision, number> = { exact: 1, approx: 5, schematic: 10 };
