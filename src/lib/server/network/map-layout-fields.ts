import { getMapLayout, saveMapLayout, type MapLayoutRecord } from './map-layout-queries';
import { badInput } from '../errors';
import { builder } from '../graphql/builder';
import { ambitoArg, READ_NETWORK, rule } from '../auth/rules';
import { stampOf } from '../graphql/stamp';

const MAX_POSITIONS = 20_000;

const MapLayoutRef = builder.objectRef<MapLayoutRecord>('MapLayout').implement({
	description: 'Posizioni salvate dei nodi di una mappa / saved node positions of a map',
	fields: (t) => ({
		ambitoId: t.exposeString('ambitoId'),
		positionsJson: t.exposeString('positionsJson', {
			description: '{"nodeId": {"x": 0, "y": 0}, …}'
		}),
		savedBy: t.exposeString('savedBy'),
		savedAt: t.exposeString('savedAt')
	})
});

/** Accepts only {id: {x, y}} with finite numbers, rounded: nothing else is stored. */
function normalizedPositions(json: string): string {
	const problem = (message: string) => badInput([{ field: 'positionsJson', message }]);
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		throw problem('JSON non valido / invalid JSON');
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw problem('atteso un oggetto / an object expected');
	const entries = Object.entries(parsed as Record<string, unknown>);
	if (entries.length > MAX_POSITIONS)
		throw problem(`al massimo ${MAX_POSITIONS} nodi / at most ${MAX_POSITIONS} nodes`);
	const clean: Record<string, { x: number; y: number }> = {};
	for (const [id, p] of entries) {
		const { x, y } = (p ?? {}) as { x?: unknown; y?: unknown };
		if (typeof x !== 'number' || typeof y !== 'number' || !isFinite(x) || !isFinite(y))
			throw problem(`posizione non valida per ${id.slice(0, 80)} / invalid position`);
		clean[id.slice(0, 200)] = { x: Math.round(x), y: Math.round(y) };
	}
	return JSON.stringify(clean);
}

builder.queryField('mapLayout', (t) =>
	t.field({
		extensions: rule(READ_NETWORK),
		type: MapLayoutRef,
		nullable: true,
		description: "Le posizioni salvate della mappa di un Ambito / an Ambito map's saved positions",
		args: { ambitoId: t.arg.id({ required: true }) },
		resolve: (_r, args) => getMapLayout(String(args.ambitoId))
	})
);

builder.mutationField('saveMapLayout', (t) =>
	t.field({
		extensions: rule({ permission: 'network.edit', scope: ambitoArg() }),
		type: MapLayoutRef,
		description: "Salva le posizioni della mappa di un Ambito / saves an Ambito map's positions",
		args: {
			ambitoId: t.arg.id({ required: true }),
			positionsJson: t.arg.string({ required: true })
		},
		resolve: (_r, args, ctx) =>
			saveMapLayout(String(args.ambitoId), normalizedPositions(args.positionsJson), stampOf(ctx).by)
	})
);
