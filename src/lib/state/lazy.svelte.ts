/**
 * What a page loads after its first view: a data file (the quotes, the features' notes) or code
 * (the popup, the story, the comparison). Loaded once, on the first `load()`; `error` is shown to
 * the reader, never swallowed.
 */
export class Lazy<T> {
	value = $state.raw<T>() as T;
	ready = $state(false);
	error = $state<string | null>(null);
	#loader: () => Promise<T>;
	#promise: Promise<T> | null = null;

	constructor(loader: () => Promise<T>, initial: T) {
		this.#loader = loader;
		this.value = initial;
	}

	load(): void {
		void this.loaded().catch(() => {});
	}

	/** Runs `use` with the content once it is loaded; a failure is kept in `error`, for the page to show. */
	whenLoaded(use: (value: T) => void): void {
		this.loaded().then(use, () => {});
	}

	/** The content, loading it first if needed (a download needs the quotes themselves). */
	loaded(): Promise<T> {
		this.#promise ??= this.#loader().then(
			(value) => {
				this.value = value;
				this.ready = true;
				return value;
			},
			(err: unknown) => {
				this.error = err instanceof Error ? err.message : String(err);
				throw err;
			}
		);
		return this.#promise;
	}
}
