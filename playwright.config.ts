import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = (await findChromium()) ?? undefined;
// E2E_PORT lets a second checkout or a concurrent run use another port. A server already on the
// port is an error, not silently reused (it may be another checkout's): E2E_REUSE=1 opts in.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	// SwiftShader renders WebGL on the CPU; two workers on two cores were no faster.
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	outputDir: 'test-results',
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		// Build first: the server serves build/, which a fresh clone does not have.
		command: 'npm run build && node scripts/serve-build.mjs',
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: process.env.E2E_REUSE === '1',
		timeout: 180_000
	}
});
