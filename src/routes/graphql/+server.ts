import type { RequestHandler } from './$types';
import { endpointYoga } from '$lib/server/graphql/endpoint';
import { REQUEST_BODY_LIMIT_BYTES } from '$lib/server/transfer/import/limits';
import { requestTooLargeMessage } from '$lib/server/transfer/import/file-errors';

const handle: RequestHandler = (event) => {
	// adapter-node refuses a larger body too (BODY_SIZE_LIMIT, same number), but in English.
	const length = Number(event.request.headers.get('content-length'));
	if (length > REQUEST_BODY_LIMIT_BYTES) {
		const message = requestTooLargeMessage(length);
		return Response.json(
			{ errors: [{ message: `${message.it} / ${message.en}`, extensions: { code: 'BAD_INPUT' } }] },
			{ status: 413 }
		);
	}
	return endpointYoga.handleRequest(event.request, event);
};

export { handle as GET, handle as POST, handle as OPTIONS };
