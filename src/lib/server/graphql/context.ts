/** What every resolver receives. Accounts and roles (issue 4) add the signed-in user here. */
export interface GraphQLContext {
	requestId: string;
}

export function createContext(): GraphQLContext {
	return { requestId: crypto.randomUUID() };
}
