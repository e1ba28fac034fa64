import type { PermissionId } from '../auth/permissions';
import { authorize, GLOBAL, type Scope, type Viewer } from '../auth/policy';

/** What every resolver receives: the request id and who is asking (null: nobody signed in). */
export interface GraphQLContext {
	requestId: string;
	viewer: Viewer | null;
	/** The client's address, for per-address limits (null when unknown, as in tests). */
	clientAddress: string | null;
	/** The one authorization decision (auth/policy.ts), for checks inside a resolver. */
	authorize: (permission: PermissionId, scope?: Scope | readonly Scope[]) => void;
}

export function createContext(
	viewer: Viewer | null = null,
	clientAddress: string | null = null
): GraphQLContext {
	return {
		requestId: crypto.randomUUID(),
		viewer,
		clientAddress,
		authorize: (permission, scope = GLOBAL) => authorize(viewer, permission, scope)
	};
}
