/** The table `npm run bench` prints at the end: each figure, its target, ok or MISSED. */

type Result = Record<string, unknown>;

/** [label, value keys (shown "a / b"), unit, the key its target is on, higher is better] */
const ROWS: Array<[string, string[], string, string?, boolean?]> = [
	['bulk import, in process (one transaction)', ['importSeconds'], 's', 'importSeconds'],
	[
		'Ambito network, largest (p50 / p95)',
		['ambitoNetworkP50Ms', 'ambitoNetworkP95Ms'],
		'ms',
		'ambitoNetworkP95Ms'
	],
	['actor search (p50 / p95)', ['searchP50Ms', 'searchP95Ms'], 'ms', 'searchP95Ms'],
	['one scorecard (p50 / p95)', ['scorecardP50Ms', 'scorecardP95Ms'], 'ms', 'scorecardP95Ms'],
	['all scorecards (median of 3)', ['allScorecardsSeconds'], 's', 'allScorecardsSeconds'],
	['network metrics, largest Ambito', ['networkMetricsMs'], 'ms'],
	['  networkx / Trama', ['metricsVsNetworkxRatio'], '×', 'metricsVsNetworkxRatio', true],
	['  Trama / igraph', ['metricsVsIgraphRatio'], '×', 'metricsVsIgraphRatio'],
	['map first render 2k', ['mapFirstRender2kMs'], 'ms', 'mapFirstRender2kMs'],
	['map first render 10k', ['mapFirstRender10kMs'], 'ms', 'mapFirstRender10kMs'],
	[
		'geographic map, 1,502 Comuni (p50 / p95)',
		['geoRenderP50Ms', 'geoRenderP95Ms'],
		'ms',
		'geoRenderP50Ms'
	],
	['  boundaries downloaded (raw / gzip)', ['geoAssetBytes', 'geoAssetGzipBytes'], 'B'],
	['HTTP: regional ranking page, p95 warm', ['rankingRegionalP95Ms'], 'ms', 'rankingRegionalP95Ms'],
	[
		'HTTP: regional ranking, first after start',
		['rankingFirstRequestMs'],
		'ms',
		'rankingFirstRequestMs'
	],
	['HTTP: scorecard (dossier) page, p95', ['dossierPageP95Ms'], 'ms', 'dossierPageP95Ms'],
	['HTTP: largest Ambito map page → drawn, p50', ['mapPageP50Ms'], 'ms', 'mapPageP50Ms'],
	['HTTP: 50 users, p95', ['httpLoadP95Ms'], 'ms', 'httpLoadP95Ms'],
	['HTTP: 50 users, errors', ['httpLoadErrors'], '', 'httpLoadErrors'],
	['HTTP: 50 users, one process', ['httpLoadRps'], 'req/s'],
	['HTTP: 50 users, two processes (HAProxy)', ['twoProcessRps'], 'req/s'],
	['HTTP: app peak RSS during the import', ['importPeakRssMb'], 'MB', 'importPeakRssMb'],
	[
		'HTTP: peak RSS app / Neo4j',
		['httpAppPeakRssMb', 'httpNeo4jPeakRssMb'],
		'MB',
		'httpAppPeakRssMb'
	]
];

export function printTable(r: Result) {
	const targets = (r.targets ?? {}) as Record<string, number>;
	const show = (x: unknown) => (x === null || x === undefined ? 'n/a' : String(x));
	const rows: string[][] = [];
	const graph = (r.details as { graph?: { database: { nodes: number; relations: number } } })
		?.graph;
	if (graph)
		rows.push([
			'graph in Neo4j',
			`${graph.database.nodes} nodes, ${graph.database.relations} rels`,
			'',
			''
		]);
	for (const [label, keys, unit, targetKey, higherIsBetter] of ROWS) {
		if (keys.every((k) => !(k in r))) continue;
		const value = keys.map((k) => show(r[k])).join(' / ') + (unit ? ` ${unit}` : '');
		const target = targetKey ? targets[targetKey] : undefined;
		const v = targetKey ? (r[targetKey] as number | null | undefined) : undefined;
		const verdict =
			target === undefined || v === null || v === undefined
				? ''
				: (higherIsBetter ? v >= target : v <= target)
					? 'ok'
					: 'MISSED';
		const goal =
			target === undefined ? '' : `${higherIsBetter ? '≥' : '≤'} ${target} ${unit}`.trim();
		rows.push([label, value, goal, verdict]);
	}
	const rss = r.peakRss as { appMb: number; neo4jMb: number } | undefined;
	if (rss)
		rows.push(['in-process peak RSS bench + Neo4j', `${rss.appMb} + ${rss.neo4jMb} MB`, '', '']);
	const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), 6));
	console.log('');
	for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
