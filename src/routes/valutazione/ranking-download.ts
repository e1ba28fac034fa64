import type { RequestEvent } from '@sveltejs/kit';
import { runWith } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { loadChoices, loadRanking, namesOfAmbiti, rankingScope } from '$lib/evaluation/desk';
import { rankingTable } from '$lib/evaluation/ranking-table';
import { slugify } from '$lib/text';

/** The ranking the page shows (same URL parameters, same GraphQL query), as a table and a file name. */
export async function rankingForDownload(event: RequestEvent) {
	const viewer = requirePage(event.locals.viewer, 'network.read', event.url);
	const run = runWith(event.fetch);
	const choices = await loadChoices(run);
	const scope = rankingScope(event.url.searchParams, choices, viewer.callIds);
	const [ranking, ambitoNames] = await Promise.all([loadRanking(run, scope), namesOfAmbiti(run)]);
	const table = rankingTable(ranking.entries, ambitoNames);
	const what = scope.regional
		? `regione${scope.triennio ? `-${scope.triennio}` : ''}`
		: (scope.callId ?? 'bando');
	return { table, baseName: `graduatoria-${slugify(what)}-${scope.rubricId}` };
}

export function attachment(body: BodyInit, type: string, fileName: string): Response {
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}
