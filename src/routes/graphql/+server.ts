import type { RequestEvent, RequestHandler } from './$types';
import { dev } from '$app/environment';
import { createYoga } from 'graphql-yoga';
import { schema } from '$lib/server/graphql/schema';
import { createContext, type GraphQLContext } from '$lib/server/graphql/context';

const yoga = createYoga<RequestEvent, GraphQLContext>({
	schema,
	graphqlEndpoint: '/graphql',
	graphiql: dev,
	landingPage: false,
	maskedErrors: !dev,
	context: () => createContext(),
	fetchAPI: { Response }
});

const handle: RequestHandler = (event) => yoga.handleRequest(event.request, event);

export { handle as GET, handle as POST, handle as OPTIONS };
