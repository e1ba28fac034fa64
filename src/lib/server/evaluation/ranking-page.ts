import { VersionedCache } from '../db/versioned-cache';
import type { RunOperation } from '../../graphql-client';
import {
	loadBusyActors,
	loadChoices,
	loadRanking,
	namesOfAmbiti,
	type DeskChoice,
	type RankingScope
} from '../../evaluation/desk';
import { criterionColumns, tableRows } from '../../evaluation/ranking';
import type { RankingSheet } from '../../evaluation/ranking-view';

/**
 * The evaluator's desk as of the graph's data version (db/versioned-cache.ts): the calls and rubrics
 * to choose from, and each ranking's rows with what its page shows beside them. The regional
 * ranking's 3,000 evaluations were run through GraphQL and turned into rows on every request; a warm
 * page now reads the version, then filters, sorts and sends the rows it draws (ranking-view.ts). Any write (a project, a partner, an actor, an evaluation, a
 * rubric) changes the version, so the next request computes them again: a kept ranking is never
 * older than the data.
 *
 * Nothing in a ranking depends on who reads it (its fields' rule is the same for every reader, and
 * the page checks it before asking): the key is the ranking's scope, which the viewer's assigned
 * calls choose (desk.ts rankingScope). The computation goes through the page's GraphQL operations.
 */
const choicesCache = new VersionedCache<DeskChoice>(1);
/** Sheets weigh their rows: at most two regional rankings' worth, however many calls'. */
const sheetCache = new VersionedCache<RankingSheet>({
	maxEntries: 8,
	maxWeight: 6_000,
	weigh: (sheet) => sheet.rows.length
});

export function deskChoices(run: RunOperation): Promise<DeskChoice> {
	return choicesCache.get('choices', () => loadChoices(run));
}

export function rankingSheet(run: RunOperation, scope: RankingScope): Promise<RankingSheet> {
	const key = JSON.stringify([scope.regional, scope.callId, scope.rubricId, scope.triennio]);
	return sheetCache.get(key, async () => {
		const [{ entries, failures }, busyActors, names] = await Promise.all([
			loadRanking(run, scope),
			loadBusyActors(run, scope),
			scope.regional ? namesOfAmbiti(run) : null
		]);
		return {
			columns: criterionColumns(entries),
			rows: tableRows(entries),
			failures,
			busyActors,
			ambitoNames: names ?? {}
		};
	});
}
