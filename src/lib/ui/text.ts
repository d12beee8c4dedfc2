/** Words for counts, kinds and speakers: for the popup, the list, the reader and the map's summary. */
const PLURAL = new Intl.PluralRules('en');
/** Made once: `toLocaleString` builds a formatter per call, ~0.1 ms each, on every count a period switch redraws. */
const NUMBER = new Intl.NumberFormat('en');

/** "1 place", "2 places": English plural rules (Intl.PluralRules), never "1 places". */
export function countText(n: number, one: string, other = `${one}s`): string {
	return `${NUMBER.format(n)} ${PLURAL.select(n) === 'one' ? one : other}`;
}

/** A kind as the start of a line: "Line of contact", never CSS's "Line Of Contact". */
export function kindText(kind: string): string {
	return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** "Mikhail Galuzin", "Defense Ministry" name someone; "senior U.S. official", "ministry" only describe. */
export function isSpeakerName(speaker: string): boolean {
	return /^\p{Lu}/u.test(speaker);
}

/** A speaker as the reader's tags and the quote's credit write it: a description is not a name. */
export function speakerText(speaker: string): string {
	return isSpeakerName(speaker) ? speaker : `said by ${speaker}`;
}
