/** "Stepanakert (Khankendi)": both names of a contested place, the press's English one first. */
export function displayLabel(name: string, contested?: string | null): string {
	return contested ? `${name} (${contested})` : name;
}
