// The Ambito of Crema and another one, read from the real territory the tests' database holds.
import type { BrowserContext } from 'playwright-core';
import { graphqlAs } from './browser-session';

export const CREMA = '019035';

export interface AroundCrema {
	ambitoName: string;
	ambitoId: string;
	otherAmbitoId: string;
	/** The ISTAT codes of the Comuni of Crema's Ambito. */
	cremaComuni: string[];
	/** A Comune of another Ambito. */
	otherComune: string;
}

export async function aroundCrema(context: BrowserContext): Promise<AroundCrema> {
	const territory = await graphqlAs<{
		territory: {
			ats: Array<{ ambiti: Array<{ id: string; name: string; comuni: { istat: string }[] }> }>;
		};
	}>(context, `{ territory { ats { ambiti { id name comuni { istat } } } } }`);
	const ambiti = territory.territory.ats.flatMap((a) => a.ambiti);
	const crema = ambiti.find((a) => a.comuni.some((c) => c.istat === CREMA))!;
	const other = ambiti.find((a) => a !== crema && a.comuni.length > 0)!;
	return {
		ambitoName: crema.name,
		ambitoId: crema.id,
		otherAmbitoId: other.id,
		cremaComuni: crema.comuni.map((c) => c.istat),
		otherComune: other.comuni[0]!.istat
	};
}
