import { fetchData } from '$lib/data/fetch';
import { DATA_FILES } from '$lib/data/site-data';
import type { QuoteRecord } from '$lib/data/types';

/** The quotes, loaded once after the first paint; `error` is shown as a banner. */
export class QuoteStore {
	list = $state.raw<QuoteRecord[]>([]);
	ready = $state(false);
	error = $state<string | null>(null);
	#started = false;

	load(): void {
		if (this.#started) return;
		this.#started = true;
		fetchData<QuoteRecord[]>(fetch, DATA_FILES.quotes)
			.then((list) => {
				this.list = list;
				this.ready = true;
			})
			.catch((err: unknown) => {
				this.error = err instanceof Error ? err.message : String(err);
			});
	}
}
