/**
 * Pages as a person gets them, in Debian's Chromium (playwright-core, as the browser tests do), signed
 * in with the bench user's session cookie. Times are from the navigation's start (performance.now()
 * in the page), split with Navigation Timing into server (first byte), download and the client's part.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser';
import { percentile, round } from '../stats';

interface NavigationTimes {
	firstByteMs: number;
	responseEndMs: number;
	domContentLoadedMs: number;
	loadMs: number;
	htmlBytes: number;
}

const navigationTimes = (page: Page) =>
	page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			firstByteMs: nav.responseStart,
			responseEndMs: nav.responseEnd,
			domContentLoadedMs: nav.domContentLoadedEventEnd,
			loadMs: nav.loadEventEnd,
			htmlBytes: nav.transferSize
		};
	});

/** Median of each field over the runs. */
function medians<T extends object>(runs: T[]): { [K in keyof T]: number | null } {
	const keys = Object.keys(runs[0] ?? {}) as Array<keyof T>;
	return Object.fromEntries(
		keys.map((k) => [
			k,
			round(percentile(runs.map((r) => Number(r[k])).filter(Number.isFinite), 50))
		])
	) as { [K in keyof T]: number | null };
}

export async function withSignedInBrowser<T>(
	base: string,
	cookie: string,
	work: (open: (path: string) => Promise<Page>, browser: Browser) => Promise<T>
): Promise<T> {
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const [name, ...value] = cookie.split('=');
		await context.addCookies([{ name: name!, value: value.join('='), url: base }]);
		const open = async (path: string) => {
			const page = await context.newPage();
			await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
			return page;
		};
		return await work(open, browser);
	} finally {
		await browser.close();
	}
}

/**
 * The map page of one Ambito: navigation → the network drawn on the canvas (the map's
 * `data-drawn-nodes` turns positive: cytoscape drew the seed layout), and → the force layout settled
 * (the status no longer says "Calcolo…"). One warm-up load, then `runs` loads, each in a new tab.
 */
export async function mapPageInBrowser(
	base: string,
	cookie: string,
	ambitoId: string,
	runs: number
) {
	return withSignedInBrowser(base, cookie, async (open) => {
		const samples: Array<NavigationTimes & { drawnMs: number; settledMs: number; nodes: number }> =
			[];
		for (let i = 0; i <= runs; i++) {
			const page = await open(`/mappa?ambito=${encodeURIComponent(ambitoId)}`);
			const drawn = await page.waitForFunction(
				() => {
					const canvas = document.querySelector('[data-testid="map-canvas"]');
					const nodes = Number(canvas?.getAttribute('data-drawn-nodes') ?? 0);
					return nodes > 0 ? { at: performance.now(), nodes } : null;
				},
				undefined,
				{ polling: 'raf', timeout: 180_000 }
			);
			const { at: drawnMs, nodes } = (await drawn.jsonValue())!;
			const settled = await page.waitForFunction(
				() => {
					const status = document.querySelector('[data-testid="map-status"]')?.textContent ?? '';
					return /Calcolo|Computing/.test(status) ? null : performance.now();
				},
				undefined,
				{ polling: 100, timeout: 180_000 }
			);
			const settledMs = (await settled.jsonValue())!;
			const nav = await navigationTimes(page);
			if (i > 0) samples.push({ ...nav, drawnMs, settledMs, nodes });
			await page.close();
		}
		return {
			ambitoId,
			runs,
			viewport: '1280x800',
			medians: medians(samples),
			drawnMsEach: samples.map((s) => round(s.drawnMs, 0)),
			nodesDrawn: samples[0]?.nodes ?? null
		};
	});
}

/** A page without a canvas (the regional ranking): navigation → load event, `runs` loads after a warm-up. */
export async function pageInBrowser(base: string, cookie: string, path: string, runs: number) {
	return withSignedInBrowser(base, cookie, async (open) => {
		const samples: NavigationTimes[] = [];
		for (let i = 0; i <= runs; i++) {
			const page = await open(path);
			await page.waitForLoadState('load', { timeout: 180_000 });
			// Hydration runs after the load event: wait for the page to be idle for a frame.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
			const nav = await navigationTimes(page);
			if (i > 0) samples.push(nav);
			await page.close();
		}
		return { path, runs, medians: medians(samples) };
	});
}
