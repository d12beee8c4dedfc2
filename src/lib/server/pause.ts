/**
 * Test hook for the kill tests (store.ts, scripts/lib/publish.ts): with TEST_PAUSE_AT=<stage>, a
 * process says "paused at <stage>" on stderr and sleeps there, so a test can SIGKILL it at exactly
 * that point of a write. Unset in every real run, where this returns at once.
 */
export function pauseAt(stage: string): void {
	if (process.env.TEST_PAUSE_AT !== stage) return;
	process.stderr.write(`paused at ${stage}\n`);
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
