/**
 * Period membership follows from dates alone, so adding a period to geodata/periods.json needs no
 * code: the UI, the join and the data step all ask this module.
 */
import type { Period } from './schema';

type PeriodRange = Pick<Period, 'id' | 'start' | 'end'>;

/**
 * Ids of the periods that the interval [validFrom, validTo] overlaps, in the order of `periods`.
 * Both ends are inclusive ISO dates; null or undefined means open (no start or no end recorded).
 * ISO dates compare correctly as strings, so no Date parsing is needed.
 */
export function periodsOf(
	validFrom: string | null | undefined,
	validTo: string | null | undefined,
	periods: readonly PeriodRange[]
): string[] {
	return periods
		.filter((p) => (validFrom == null || validFrom <= p.end) && (validTo == null || validTo >= p.start))
		.map((p) => p.id);
}

/** Ids of the periods containing one date (an article's publication date). */
export function periodsOfDate(date: string, periods: readonly PeriodRange[]): string[] {
	return periodsOf(date, date, periods);
}
