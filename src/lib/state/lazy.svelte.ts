/**
 * What a page loads after its first view: a data file (the quotes, the features' notes) or code
 * (the popup, the story, the comparison). Loaded once, on the first `load()`; `error` is shown to
 * the reader, never swallowed. `prefetch()` loads it ahead of need, once the first view is done.
 */
export class Lazy<T> {
	value = $state.raw<T>() as T;
	ready = $state(false);
	error = $state<string | null>(null);
	#loader: () => Promise<T>;
	#promise: Promise<T> | null = null;
	/** Someone needs the content (not only a prefetch): a failure is theirs to see. */
	#wanted = false;

	constructor(loader: () => Promise<T>, initial: T) {
		this.#loader = loader;
		this.value = initial;
	}

	load(): void {
		void this.loaded().catch(() => {});
	}

	/**
	 * Loads it before anyone asks. A failure then is forgotten, not shown: nobody is waiting, and the
	 * reader's own `load()` tries again and says why if it fails too.
	 */
	prefetch(): void {
		void this.#start().catch(() => {});
	}

	/** Runs `use` with the content once it is loaded; a failure is kept in `error`, for the page to show. */
	whenLoaded(use: (value: T) => void): void {
		this.loaded().then(use, () => {});
	}

	/** The content, loading it first if needed (a download needs the quotes themselves). */
	loaded(): Promise<T> {
		this.#wanted = true;
		return this.#start();
	}

	#start(): Promise<T> {
		this.#promise ??= this.#loader().then(
			(value) => {
				this.value = value;
				this.ready = true;
				return value;
			},
			(err: unknown) => {
				if (this.#wanted) this.error = err instanceof Error ? err.message : String(err);
				else this.#promise = null;
				throw err;
			}
		);
		return this.#promise;
	}
}

/** The reader's first sign of reaching for something: a pointer moving, a key, a touch, a focus. */
const INTENT = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
/** How long after the map's first idle what the first click needs loads without a sign of intent. */
const QUIET_MS = 2500;

/**
 * Once the first view is done: loads what the reader's first click needs (the popup's code, the
 * quotes, the notes) at the reader's first sign of intent, or once the page has been quiet a while,
 * so the first popup does not wait for them and nothing competes with the map's own first load; never
 * when the reader's browser asks to save data.
 */
export function prefetchSoon(parts: readonly Pick<Lazy<unknown>, 'prefetch'>[]): void {
	if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
	// Twice is harmless: a part loads once (a failed prefetch is tried again, as a click would).
	const run = () => {
		clearTimeout(timer);
		for (const type of INTENT) removeEventListener(type, run, true);
		for (const part of parts) part.prefetch();
	};
	const timer = setTimeout(run, QUIET_MS);
	for (const type of INTENT) addEventListener(type, run, { capture: true, passive: true });
}
