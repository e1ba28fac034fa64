import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser (see README). */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
}
