import { toRankingRows } from './ranking';
import { statusLabel } from './format';
import type { RankingEntry } from './types';

export type RankingCell = string | number | null;

/**
 * The ranking as one table for CSV and XLSX: Italian headers, one column per criterion of the
 * rubric, numbers as numbers (each format writes them its own way), rows in ranking order, Ambiti
 * by name.
 */
export function rankingTable(
	entries: readonly RankingEntry[],
	/** Ambiti by name (an id not in it is shown as it is). */
	ambitoNames: Readonly<Record<string, string>> = {}
): {
	headers: string[];
	rows: RankingCell[][];
} {
	const criteria = entries[0]?.scorecard.criteria ?? [];
	const headers = [
		'Posizione',
		'ID progetto',
		'Progetto',
		'Bando',
		'Triennio',
		'Ambiti',
		'Totale',
		...criteria.map((c) => `${c.id}. ${c.label.it} (peso ${c.weight})`),
		'Quota del peso valutata',
		'Stato',
		'Criteri corretti',
		'Dati modificati dopo la valutazione',
		'Dati fittizi'
	];
	const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
	const rows = toRankingRows(entries).map((row, i) => {
		const entry = entries[i]!;
		return [
			row.rank,
			row.projectId,
			row.title,
			row.callTitle,
			row.triennio,
			row.ambitoIds.map((id) => ambitoNames[id] ?? id).join('; '),
			round(row.total),
			...criteria.map((c) => round(row.scores[c.id] ?? null)),
			round(entry.scorecard.assessedWeightShare),
			statusLabel(row.status, 'it'),
			row.adjusted.join('; '),
			row.dataChanged ? 'Sì' : 'No',
			row.fictional ? 'Sì' : 'No'
		];
	});
	return { headers, rows };
}
