import type { TramaDocument } from '../../../domain';

/**
 * The part of the network that concerns one Ambito: actors seated in its Comuni or active in it,
 * projects targeting it or its Comuni (with all their partners, wherever they are), the networks
 * it keeps (with all their members) or those actors belong to, its agreements, and collaborations
 * among them.
 */
export function filterDocumentToAmbito(
	doc: TramaDocument,
	ambitoId: string,
	ambitoComuni: ReadonlySet<string>
): TramaDocument {
	const local = new Set(
		doc.actors
			.filter(
				(a) =>
					(a.seatIstat && ambitoComuni.has(a.seatIstat)) || a.activeInAmbitoIds.includes(ambitoId)
			)
			.map((a) => a.id)
	);
	// Territorial bodies of the Ambito (its Comuni and itself) are referenced by id, not carried.
	for (const istat of ambitoComuni) local.add(`comune-${istat}`);
	local.add(ambitoId);
	const projects = doc.projects.filter(
		(p) =>
			p.targetAmbitoIds.includes(ambitoId) || p.targetComuniIstat.some((c) => ambitoComuni.has(c))
	);
	const projectIds = new Set(projects.map((p) => p.id));
	const partnerships = doc.partnerships.filter((p) => projectIds.has(p.projectId));
	const actions = doc.actions.filter((a) => projectIds.has(a.projectId));
	const included = new Set([
		...local,
		...partnerships.map((p) => p.actorId),
		...actions.flatMap((a) => a.responsibleActorIds)
	]);
	// The networks the Ambito keeps, with all their members, and those its actors belong to.
	const kept = new Set(doc.networks.filter((n) => n.ambitoId === ambitoId).map((n) => n.id));
	const memberships = doc.memberships.filter(
		(m) => included.has(m.actorId) || kept.has(m.networkId)
	);
	memberships.forEach((m) => included.add(m.actorId));
	const networkIds = new Set([...kept, ...memberships.map((m) => m.networkId)]);
	const agreements = doc.agreements.filter((g) => g.ambitoId === ambitoId);
	agreements.forEach((g) =>
		[...g.signatoryActorIds, ...g.adherentActorIds].forEach((x) => included.add(x))
	);
	const callIds = new Set(projects.map((p) => p.callId).filter((x): x is string => x !== null));
	return {
		format: doc.format,
		actors: doc.actors.filter((a) => included.has(a.id)),
		calls: doc.calls.filter((c) => callIds.has(c.id)),
		projects,
		actions,
		partnerships,
		networks: doc.networks
			.filter((n) => networkIds.has(n.id))
			.map((n) => ({
				...n,
				linkedNetworkIds: n.linkedNetworkIds.filter((x) => networkIds.has(x))
			})),
		memberships,
		agreements,
		collaborations: doc.collaborations.filter(
			(c) => included.has(c.actorAId) && included.has(c.actorBId)
		)
	};
}
