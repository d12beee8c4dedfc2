import { loadQuotes } from '$lib/data/load';
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
		loadQuotes(fetch)
			.then((list) => {
				this.list = list;
				this.ready = true;
			})
			.catch((err: unknown) => {
				this.error = err instanceof Error ? err.message : String(err);
			});
	}
}
