import { expect, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

/** The map pages' test helpers, shared by the browser tests of /mappa. */
export const AMBITO = 'ambito-ambito-distrettuale-cremasco';
export const CREMA_ISTAT = '019035';

/** Polls with room for a busy machine (two cores shared with the build and Neo4j). */
export const poll = <T>(fn: () => Promise<T>, options = { timeout: 15_000 }) =>
	expect.poll(fn, options);
export const mapUrl = (query = '') => `${inject('appUrl')}/mappa${query}`;
export const drawnNodes = async (p: Page) =>
	Number(await p.locator('[data-testid="map-canvas"]').getAttribute('data-drawn-nodes'));
export const summaryNodes = async (p: Page) =>
	Number(
		(await p.locator('[data-testid="map-summary"]').innerText()).split(' ')[0]!.replace(/\./g, '')
	);
export const status = (p: Page) => p.locator('[data-testid="map-status"]').innerText();

/** Waits for the canvas to have drawn and the force layout to have settled. */
export async function mapReady(p: Page) {
	await poll(() => drawnNodes(p), { timeout: 30_000 }).toBeGreaterThan(0);
	await poll(() => status(p), { timeout: 30_000 }).not.toMatch(/Calcolo|Computing/);
}

/** GraphQL as the signed-in browser context (its cookies), for facts to compare the page with. */
export async function gqlAs<T>(
	context: BrowserContext,
	/** a query's text, or an operation of the pages (`graphql()`) */
	query: string | { toString(): string },
	variables: Record<string, unknown> = {}
): Promise<T> {
	const response = await context.request.post(`${inject('appUrl')}/graphql`, {
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			'x-trama-csrf': '1'
		},
		data: { query: query.toString(), variables }
	});
	const body = (await response.json()) as { data?: T; errors?: unknown[] };
	if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
	return body.data;
}

export interface Pixels {
	width: number;
	height: number;
	/** RGBA, row by row */
	data: Uint8Array;
}

/** A PNG's pixels, decoded by the page's own browser (no image library in the tests). */
export async function pngPixels(p: Page, png: Buffer): Promise<Pixels> {
	const { width, height, rgba } = await p.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.width;
		canvas.height = img.height;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		let binary = '';
		for (let i = 0; i < d.length; i += 0x8000)
			binary += String.fromCharCode(...d.subarray(i, i + 0x8000));
		return { width: img.width, height: img.height, rgba: btoa(binary) };
	}, png.toString('base64'));
	return { width, height, data: new Uint8Array(Buffer.from(rgba, 'base64')) };
}

/** Pixels of clearly saturated colour (the map's palette; white, greys and black are not). */
export function colouredCount({ data }: Pixels): number {
	let n = 0;
	for (let i = 0; i < data.length; i += 4)
		if (
			Math.max(data[i]!, data[i + 1]!, data[i + 2]!) -
				Math.min(data[i]!, data[i + 1]!, data[i + 2]!) >
			60
		)
			n++;
	return n;
}
