import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const executablePath = (await findChromium()) ?? undefined;
// E2E_PORT lets a second checkout or a concurrent run use another port.
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
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--ignore-gpu-blocklist',
				// Only this stops Chromium's own lookups (component updater, accounts) in a closed network.
				'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-domain-reliability',
				'--disable-sync',
				'--no-first-run',
				'--no-pings'
			]
		}
	},
	webServer: {
		// Build first: the server serves build/, which a fresh clone does not have.
		command: 'npm run build && node scripts/serve-build.mjs',
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
