/**
 * A data file the page loads after its first view (the quotes, the features' notes): loaded
 * once, on the first `load()`; `error` is shown to the reader, never swallowed.
 */
export class LazyFile<T> {
	value = $state.raw<T>() as T;
	ready = $state(false);
	error = $state<string | null>(null);
	#loader: () => Promise<T>;
	#started = false;

	constructor(loader: () => Promise<T>, initial: T) {
		this.#loader = loader;
		this.value = initial;
	}

	load(): void {
		if (this.#started) return;
		this.#started = true;
		this.#loader()
			.then((value) => {
				this.value = value;
				this.ready = true;
			})
			.catch((err: unknown) => {
				this.error = err instanceof Error ? err.message : String(err);
			});
	}
}
