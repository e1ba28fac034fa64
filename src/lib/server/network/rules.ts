import { anchored, obj, placed, str, strs, type Args, type OperationRule } from '../auth/rules';
import type { Scope, Viewer } from '../auth/policy';
import { ENTITIES, PLACED_KINDS, type PlacedKind } from './entities';
import { ambitiOfComuni, placementOf, placementsOf } from './placement-queries';

/** Where an existing entity lives, the id given as `idArg` or inside `input`. */
const existing =
	(kind: PlacedKind, idArg = 'id') =>
	async (args: Args) =>
		placed(await placementOf(kind, str(args[idArg]) ?? str(obj(args.input)[idArg]) ?? ''));

const ambitiOfActor = async (id: unknown) =>
	(await placementOf('Actor', str(id) ?? ''))?.ambitoIds ?? [];
/** Actions and partnerships hang on a project: an unanchored project's owner is theirs too. */
const ofProject = async (input: Args) =>
	placed(await placementOf('Project', str(input.projectId) ?? ''));

/**
 * Where an entity described by an input will be (unanchored: the author's); null for a call, which
 * no input places anywhere.
 */
const INPUT_SCOPE: Record<
	PlacedKind,
	((input: Args, viewer: Viewer | null) => Promise<Scope>) | null
> = {
	Actor: async (i, viewer) =>
		anchored(
			[...(await ambitiOfComuni(strs([i.seatIstat]))), ...strs(i.activeInAmbitoIds)],
			viewer
		),
	Call: null,
	Project: async (i, viewer) =>
		anchored(
			[...strs(i.targetAmbitoIds), ...(await ambitiOfComuni(strs(i.targetComuniIstat)))],
			viewer
		),
	Action: ofProject,
	Partnership: ofProject,
	Network: async (i, viewer) => anchored(strs([i.ambitoId]), viewer),
	Agreement: async (i, viewer) => anchored(strs([i.ambitoId]), viewer),
	Collaboration: async (i, viewer) =>
		anchored([...(await ambitiOfActor(i.actorAId)), ...(await ambitiOfActor(i.actorBId))], viewer)
};

/** The rules of an entity's create, update and delete mutations. */
export const entityRules = (
	kind: PlacedKind
): Record<'create' | 'update' | 'delete', OperationRule> => ({
	create: {
		permission: 'network.edit',
		scope: async (args, { viewer }) =>
			(await INPUT_SCOPE[kind]?.(obj(args.input), viewer)) ?? anchored([], viewer)
	},
	/** An update must be allowed where the entity is and where the input moves it. */
	update: {
		permission: 'network.edit',
		scope: async (args, { viewer }) => {
			const input = obj(args.input);
			const now = placed(await placementOf(kind, str(input.id) ?? ''));
			const moved = INPUT_SCOPE[kind];
			return moved ? [now, await moved(input, viewer)] : [now];
		}
	},
	delete: { permission: 'network.edit', scope: existing(kind) }
});

/**
 * A membership is the network's: who keeps the network decides who is in it. The member's own
 * Ambito neither grants it (an office adding its actor to another Ambito's network) nor is needed
 * (a network may list members from anywhere).
 */
export const MEMBERSHIP_RULE: OperationRule = {
	permission: 'network.edit',
	scope: async (args) => {
		const input = obj(args.input);
		return placed(await placementOf('Network', str(args.networkId) ?? str(input.networkId) ?? ''));
	}
};

/**
 * Where the entities of a document (an import, a workshop's result) go: allowed when every entity
 * it writes is, where the document puts it and where the ones it replaces are now.
 */
export async function documentScopes(doc: unknown, viewer: Viewer | null): Promise<Scope[]> {
	const d = obj(doc);
	const list = (key: string) => (Array.isArray(d[key]) ? (d[key] as unknown[]).map(obj) : []);
	const actors = list('actors');
	const projects = list('projects');
	const comuni = new Set([
		...actors.flatMap((a) => strs([a.seatIstat])),
		...projects.flatMap((p) => strs(p.targetComuniIstat))
	]);
	const comuneAmbiti = new Map<string, string[]>();
	for (const code of comuni) comuneAmbiti.set(code, await ambitiOfComuni([code]));
	const ofComuni = (codes: string[]) => codes.flatMap((c) => comuneAmbiti.get(c) ?? []);

	const scopes: Scope[] = [];
	const actorNew = new Map(
		actors.map((a) => [
			str(a.id) ?? '',
			[...ofComuni(strs([a.seatIstat])), ...strs(a.activeInAmbitoIds)]
		])
	);
	const projectNew = new Map(
		projects.map((p) => [
			str(p.id) ?? '',
			[...strs(p.targetAmbitoIds), ...ofComuni(strs(p.targetComuniIstat))]
		])
	);
	for (const ids of actorNew.values()) scopes.push(anchored(ids, viewer));
	for (const ids of projectNew.values()) scopes.push(anchored(ids, viewer));
	for (const g of list('agreements')) scopes.push(anchored(strs([g.ambitoId]), viewer));
	const networkNew = new Map(list('networks').map((n) => [str(n.id) ?? '', strs([n.ambitoId])]));
	for (const ids of networkNew.values()) scopes.push(anchored(ids, viewer));
	if (list('calls').length) scopes.push(anchored([], viewer));

	const existingActors = await placementsOf(
		'Actor',
		list('collaborations').flatMap((x) => strs([x.actorAId, x.actorBId]))
	);
	const actorAmbiti = (id: string) => actorNew.get(id) ?? existingActors.get(id)?.ambitoIds ?? [];
	const projectRefs = [...list('actions'), ...list('partnerships')].map(
		(x) => str(x.projectId) ?? ''
	);
	const existingProjects = await placementsOf('Project', projectRefs);
	for (const id of projectRefs)
		scopes.push(
			projectNew.has(id) ? anchored(projectNew.get(id)!, viewer) : placed(existingProjects.get(id))
		);
	// A membership is its network's (MEMBERSHIP_RULE): the one in the document, or the stored one.
	const networkRefs = list('memberships').map((m) => str(m.networkId) ?? '');
	const existingNetworks = await placementsOf('Network', networkRefs);
	for (const id of networkRefs)
		scopes.push(
			networkNew.has(id) ? anchored(networkNew.get(id)!, viewer) : placed(existingNetworks.get(id))
		);
	for (const c of list('collaborations'))
		scopes.push(
			anchored(
				[...actorAmbiti(str(c.actorAId) ?? ''), ...actorAmbiti(str(c.actorBId) ?? '')],
				viewer
			)
		);

	// What the import replaces must be the viewer's too.
	for (const kind of PLACED_KINDS) {
		const found = await placementsOf(
			kind,
			list(ENTITIES[kind].documentKey).map((x) => str(x.id) ?? '')
		);
		for (const p of found.values()) scopes.push(placed(p));
	}
	const seen = new Set<string>();
	return scopes.filter((s) => {
		const key = JSON.stringify(s);
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/**
 * A section of a project's dossier that cannot move it (resources, co-design, after the funding,
 * outcomes): allowed where the project is. The identity section moves it: it has the update rule.
 */
export const PROJECT_SECTION_RULE: OperationRule = {
	permission: 'network.edit',
	scope: existing('Project')
};

/**
 * A partner created from the dossier (createActorAsPartner): allowed only where creating the actor
 * and creating a partnership in the project are each allowed.
 */
export const NEW_PARTNER_RULE: OperationRule = {
	permission: 'network.edit',
	scope: async (args, { viewer }) => [
		await INPUT_SCOPE.Actor!(obj(args.actor), viewer),
		await ofProject(obj(args.partnership))
	]
};
