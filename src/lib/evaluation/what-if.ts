import type { WhatIfQuery } from '$lib/graphql/graphql';

/**
 * The "what if" form's shape, shared by the panel that draws it and the page action that reads it
 * (issue 16): what was asked is echoed back, so the panel shows the same choices after the answer.
 */
export interface WhatIfTried {
	added: string[];
	removed: string[];
	/** Partner id → the role tried (only roles that differ from the current one are sent). */
	roles: Record<string, string>;
	leps: string[];
	coDesign: string;
	budget: string;
	grant: string;
}

/** The form before any try. */
export const NOTHING_TRIED: WhatIfTried = {
	added: [],
	removed: [],
	roles: {},
	leps: [],
	coDesign: '',
	budget: '',
	grant: ''
};

/** A partner's role select is named `role:<actor id>` (empty value = unchanged). */
export const WHAT_IF_ROLE_PREFIX = 'role:';
export const whatIfRoleField = (actorId: string) => `${WHAT_IF_ROLE_PREFIX}${actorId}`;

/** The answer to a try, as the page's query reads it. */
export type WhatIfResult = WhatIfQuery['whatIf'];
