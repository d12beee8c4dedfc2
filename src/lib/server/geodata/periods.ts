/**
 * Which named periods a dated thing belongs to, for the join (shared aliases are chosen by the
 * article's date) and the data step. The rule itself is the time model's (src/lib/time/model.ts):
 * a feature belongs to a period the model draws it in, a date to a period that holds it.
 * Adding a period to geodata/periods.json needs no code.
 */
import { dateIn, featureTime, isDrawn } from '../../time/model';
import type { Period } from './schema';

type PeriodRange = Pick<Period, 'id' | 'start' | 'end'>;

/**
 * Ids of the periods that the interval [validFrom, validTo] overlaps, in the order of `periods`.
 * Both ends are inclusive ISO dates; null or undefined means open (no start or no end recorded).
 */
export function periodsOf(
	validFrom: string | null | undefined,
	validTo: string | null | undefined,
	periods: readonly PeriodRange[]
): string[] {
	return periods
		.filter((p) => isDrawn(featureTime({ valid_from: validFrom, valid_to: validTo }, [p])))
		.map((p) => p.id);
}

/** Ids of the periods containing one date (an article's publication date). */
export function periodsOfDate(date: string, periods: readonly PeriodRange[]): string[] {
	return periods.filter((p) => dateIn(date, [p])).map((p) => p.id);
}
