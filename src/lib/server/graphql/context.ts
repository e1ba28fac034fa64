import type { PermissionId } from '../auth/permissions';
import { authorize, GLOBAL, type Scope, type Viewer } from '../auth/policy';

/** What every resolver receives: the request id and who is asking (null: nobody signed in). */
export interface GraphQLContext {
	requestId: string;
	viewer: Viewer | null;
	/** The one authorization decision (auth/policy.ts), for checks inside a resolver. */
	authorize: (permission: PermissionId, scope?: Scope | readonly Scope[]) => void;
}

export function createContext(viewer: Viewer | null = null): GraphQLContext {
	return {
		requestId: crypto.randomUUID(),
		viewer,
		authorize: (permission, scope = GLOBAL) => authorize(viewer, permission, scope)
	};
}
