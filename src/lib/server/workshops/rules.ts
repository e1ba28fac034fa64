import type { Scope } from '../auth/policy';
import { placed, str, strs, type Args, type OperationRule } from '../auth/rules';
import { findWorkshop } from './workshop-queries';
import { normalizeCode } from './tokens';

/** A workshop is run within its Ambito; an unknown workshop gets a scope only 'all' grants pass. */
const workshopScope = async (args: Args): Promise<Scope> => {
	const id = str(args.workshopId);
	const w = id
		? await findWorkshop({ id })
		: await findWorkshop({ code: normalizeCode(str(args.code) ?? '') });
	return placed({ ambitoIds: w ? [w.ambitoId] : [], ownerId: null });
};

/** Facilitators in the workshop's Ambito (by `workshopId` or `code`). */
export const RUN_WORKSHOP: OperationRule = { permission: 'workshop.run', scope: workshopScope };

/** Listing workshops: the Ambito asked for, or all of the facilitator's. */
export const LIST_WORKSHOPS: OperationRule = {
	permission: 'workshop.run',
	scope: (args, { viewer }) =>
		placed({
			ambitoIds: args.ambitoId ? strs([args.ambitoId]) : [...(viewer?.ambitoIds ?? [])],
			ownerId: null
		})
};

/** A participant acts in the one workshop their token belongs to. */
export const IN_OWN_WORKSHOP: OperationRule = {
	permission: 'workshop.contribute',
	scope: (_args, { viewer }) => ({ kind: 'workshop', workshopId: viewer?.workshopIds[0] ?? '' })
};
