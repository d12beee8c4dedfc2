/** CSV cells for the downloads (the data step's full export and the page's export of the time shown). */

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvCell(value: string | number | null): string {
	let s = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
