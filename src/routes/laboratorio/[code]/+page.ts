import type { PageLoad } from './$types';

/** The phone view lives in the browser: its token and unsent edits are in localStorage. */
export const ssr = false;

/** A phone's screen is for the room: no site header (`bare`), the page has its own compact one. */
export const load: PageLoad = ({ params }) => ({ code: params.code.toUpperCase(), bare: true });
