import type { Handle, ServerInit } from '@sveltejs/kit';
import { closeDriver, connect } from '$lib/server/db/driver';
import { parseLang } from '$lib/i18n';

/** One driver per process: opened and checked at start, closed when adapter-node shuts down. */
export const init: ServerInit = async () => {
	const { version } = await connect();
	console.log(`Neo4j ${version} collegato / connected`);
	process.once('sveltekit:shutdown', () => void closeDriver());
};

export const handle: Handle = async ({ event, resolve }) => {
	const lang = parseLang(event.cookies.get('lang'));
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%trama.lang%', lang)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	return response;
};
