import type { PageLoad } from './$types';

/**
 * A respondent's page: the personal link is the key, no account. It runs in the browser (the
 * request's own address counts for the link limits) and has its own compact header (`bare`).
 */
export const ssr = false;

export const load: PageLoad = ({ params }) => ({ token: params.token, bare: true });
