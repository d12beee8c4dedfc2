import { base } from '$app/paths';

/** Fetches one of the data step's files from the site itself, with an error that names it. */
export async function fetchData<T>(fetch: typeof globalThis.fetch, file: string): Promise<T> {
	const url = `${base}/data/${file}`;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
	try {
		return (await response.json()) as T;
	} catch {
		throw new Error(`Could not read ${url}: not valid JSON`);
	}
}
