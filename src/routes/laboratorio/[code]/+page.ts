import type { PageLoad } from './$types';

/** The phone view lives in the browser: its token and unsent edits are in localStorage. */
export const ssr = false;

export const load: PageLoad = ({ params }) => ({ code: params.code.toUpperCase() });
