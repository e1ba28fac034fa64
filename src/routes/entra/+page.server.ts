import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Codes are letters and digits (the room's screen shows them in capitals); spaces typed are dropped. */
const CODE = /^[A-Z0-9-]{3,32}$/;

/** A workshop participant's way in from the home page: the code typed leads to the room's phone view. */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('codice');
	const code = (typed ?? '').replace(/\s+/g, '').toUpperCase();
	if (CODE.test(code)) redirect(303, `/laboratorio/${encodeURIComponent(code)}`);
	return { typed: typed ?? '', invalid: typed !== null };
};
