// Finds a Chromium for the browser tests, in the order the README promises:
// $CHROMIUM_PATH, the system `chromium`, then Playwright's own browsers.
// Run as a script (`node scripts/chromium.mjs`), it also installs Debian's `chromium`
// when none is found and we are root on Debian; it never downloads a browser build itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Flags for every Chromium the project drives (tests, benchmark): WebGL in software, and no
 * background lookups — only the host-resolver rule stops Chromium's own requests (component
 * updater, accounts) in a closed network. Don't add --disable-features: Playwright passes its
 * own and Chromium keeps only the last.
 */
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-domain-reliability',
	'--disable-sync',
	'--no-first-run',
	'--no-pings'
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** @param {string} name */
function onPath(name) {
	try {
		return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
	} catch {
		return null;
	}
}

async function playwrightBrowser() {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

/** @returns {Promise<string | null>} the path of a usable Chromium, or null */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	const system = onPath('chromium') ?? SYSTEM_CANDIDATES.find((p) => existsSync(p));
	if (system) return system;
	return playwrightBrowser();
}

const HOW_TO =
	'No Chromium found. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.';

async function main() {
	if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
		console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ${HOW_TO}`);
		process.exit(1);
	}
	let found = await findChromium();
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!found && isRoot && existsSync('/etc/debian_version')) {
		console.log('No Chromium found; installing Debian package `chromium` with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env
		});
		found = await findChromium();
	}
	if (!found) {
		console.error(HOW_TO);
		process.exit(1);
	}
	console.log(`Chromium: ${found}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
