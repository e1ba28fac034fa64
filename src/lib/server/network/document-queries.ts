// The interchange document <-> graph: network CRUD saves through writeDocument; transfer imports
// and exports whole documents with the same functions. Kept with the network, whose entities it writes.
import type { ManagedTransaction } from 'neo4j-driver';
import {
	DOCUMENT_FORMAT,
	TERRITORIAL_KIND_IDS,
	resourceOrigin,
	type ActorRecord,
	type CommitmentRecord,
	type TramaDocument
} from '../../domain';
import type { Problem } from '../../domain/validation';
import { readTx } from '../db/driver';
import {
	projectDossierProjection,
	withDeclaredMembers,
	withPhases,
	withProjectDossier
} from './project-dossier';

// Writing lives in document-write.ts; its callers import it from here with the reads.
export { writeDocument } from './document-write';

/**
 * Which of `$ids` exist, by label: one set-membership query per label (labels are fixed here, never
 * input). A label-less match per reference, or an index seek the planner may turn into a scan per
 * reference on a nearly empty database, costs minutes at regional scale (bench/, issue 9).
 */
const REFERENCES_FOUND = {
	Actor: 'MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id',
	Project: 'MATCH (n:Project) WHERE n.id IN $ids RETURN n.id AS id',
	Call: 'MATCH (n:Call) WHERE n.id IN $ids RETURN n.id AS id',
	Network: 'MATCH (n:Network) WHERE n.id IN $ids RETURN n.id AS id',
	Ambito: 'MATCH (n:Ambito) WHERE n.id IN $ids RETURN n.id AS id',
	// A Comune is referenced by its ISTAT code (or by its id).
	Comune:
		'MATCH (n:Comune) WHERE n.istat IN $ids OR n.id IN $ids UNWIND [n.istat, n.id] AS id RETURN id'
} as const;

/**
 * References a document makes to things that must exist: in the document itself or in the database.
 * Checked before any write, so a bad reference is reported by field instead of silently skipped.
 */
export async function checkReferences(
	tx: ManagedTransaction,
	doc: TramaDocument
): Promise<Problem[]> {
	const problems: Problem[] = [];
	const inDoc = {
		Actor: new Set(doc.actors.map((a) => a.id)),
		Project: new Set(doc.projects.map((p) => p.id)),
		Call: new Set(doc.calls.map((c) => c.id)),
		Network: new Set(doc.networks.map((n) => n.id)),
		Ambito: new Set<string>(),
		Comune: new Set<string>()
	};
	type Label = keyof typeof inDoc;
	const wanted: Array<{ label: Label; id: string; field: string }> = [];
	const want = (label: Label, id: string | null, field: string) => {
		if (id && !inDoc[label].has(id)) wanted.push({ label, id, field });
	};
	doc.actors.forEach((a, i) => {
		want('Comune', a.seatIstat, `actors[${i}].seatIstat`);
		a.activeInAmbitoIds.forEach((x, j) =>
			want('Ambito', x, `actors[${i}].activeInAmbitoIds[${j}]`)
		);
	});
	doc.projects.forEach((p, i) => {
		want('Call', p.callId, `projects[${i}].callId`);
		p.targetComuniIstat.forEach((x, j) =>
			want('Comune', x, `projects[${i}].targetComuniIstat[${j}]`)
		);
		p.targetAmbitoIds.forEach((x, j) => want('Ambito', x, `projects[${i}].targetAmbitoIds[${j}]`));
		p.sustainability?.carriedByActorIds.forEach((x, j) =>
			want('Actor', x, `projects[${i}].sustainability.carriedByActorIds[${j}]`)
		);
	});
	doc.actions.forEach((a, i) => {
		want('Project', a.projectId, `actions[${i}].projectId`);
		a.responsibleActorIds.forEach((x, j) =>
			want('Actor', x, `actions[${i}].responsibleActorIds[${j}]`)
		);
	});
	doc.partnerships.forEach((p, i) => {
		want('Actor', p.actorId, `partnerships[${i}].actorId`);
		want('Project', p.projectId, `partnerships[${i}].projectId`);
	});
	doc.networks.forEach((n, i) => {
		want('Ambito', n.ambitoId, `networks[${i}].ambitoId`);
		n.linkedNetworkIds.forEach((x, j) =>
			want('Network', x, `networks[${i}].linkedNetworkIds[${j}]`)
		);
	});
	doc.memberships.forEach((m, i) => {
		want('Actor', m.actorId, `memberships[${i}].actorId`);
		want('Network', m.networkId, `memberships[${i}].networkId`);
	});
	doc.agreements.forEach((a, i) => {
		want('Ambito', a.ambitoId, `agreements[${i}].ambitoId`);
		a.signatoryActorIds.forEach((x, j) =>
			want('Actor', x, `agreements[${i}].signatoryActorIds[${j}]`)
		);
		a.adherentActorIds.forEach((x, j) =>
			want('Actor', x, `agreements[${i}].adherentActorIds[${j}]`)
		);
	});
	doc.collaborations.forEach((c, i) => {
		want('Actor', c.actorAId, `collaborations[${i}].actorAId`);
		want('Actor', c.actorBId, `collaborations[${i}].actorBId`);
	});
	if (wanted.length) {
		// One set-membership query per label over the distinct ids (see REFERENCES_FOUND).
		const idsByLabel = new Map<Label, Set<string>>();
		for (const w of wanted) {
			const ids = idsByLabel.get(w.label) ?? new Set<string>();
			ids.add(w.id);
			idsByLabel.set(w.label, ids);
		}
		const found = new Set<string>();
		for (const [label, ids] of idsByLabel) {
			const result = await tx.run(REFERENCES_FOUND[label], { ids: [...ids] });
			for (const r of result.records) found.add(`${label}|${r.get('id') as string}`);
		}
		for (const w of wanted) {
			if (!found.has(`${w.label}|${w.id}`))
				problems.push({
					field: w.field,
					message: `${w.label} "${w.id}" inesistente / does not exist`
				});
		}
	}
	// A document's actor must not take the id of a territorial body (it would overwrite reference data).
	if (doc.actors.length) {
		const clash = await tx.run(
			// A set-membership filter, not UNWIND + seek: on a nearly empty database the planner turned the
			// seek into a scan per id (about a minute for 35k actors, bench/).
			`MATCH (a:Actor) WHERE a.id IN $ids AND a.kind IN $territorial RETURN a.id AS id`,
			{ ids: doc.actors.map((a) => a.id), territorial: TERRITORIAL_KIND_IDS }
		);
		const clashing = new Set(clash.records.map((r) => r.get('id') as string));
		doc.actors.forEach((a, i) => {
			if (clashing.has(a.id))
				problems.push({
					field: `actors[${i}].id`,
					message: `"${a.id}" è un ente territoriale / is a territorial body`
				});
		});
	}
	return problems;
}

/** The reference check alone, in its own read transaction (a dry run writes nothing). */
export const checkDocumentReferences = (doc: TramaDocument): Promise<Problem[]> =>
	readTx((tx) => checkReferences(tx, doc));

const nonTerritorial = 'NOT a.kind IN $territorial';

/** The whole network (not the territory) as a document: what export writes and import reads back. */
export async function readDocument(tx: ManagedTransaction): Promise<TramaDocument> {
	const params = { territorial: TERRITORIAL_KIND_IDS };
	const rows = async <T>(query: string) =>
		(await tx.run(query, params)).records.map((r) => r.get('row') as T);
	const actors = await rows<ActorRecord>(`
		MATCH (a:Actor) WHERE ${nonTerritorial}
		RETURN {id: a.id, name: a.name, kind: a.kind, taxCode: a.taxCode, seatIstat: a.seatIstat,
		  activeInAmbitoIds: [(a)-[:ACTIVE_IN]->(x:Ambito) | x.id], tags: coalesce(a.tags, []), notes: a.notes,
		  fictional: coalesce(a.fictional, false)} AS row ORDER BY a.id`);
	const calls = await rows<TramaDocument['calls'][number]>(`
		MATCH (c:Call) RETURN {id: c.id, title: c.title, issuer: c.issuer, year: c.year, fictional: coalesce(c.fictional, false)} AS row ORDER BY c.id`);
	const projects = (
		await rows<TramaDocument['projects'][number]>(`
		MATCH (p:Project)
		RETURN {id: p.id, title: p.title, callId: head([(p)-[:IN_CALL]->(c:Call) | c.id]), start: p.start, end: p.end,
		  triennio: p.triennio, policyAreas: coalesce(p.policyAreas, []), budgetEur: p.budgetEur,
		  targetComuniIstat: [(p)-[:TARGETS]->(c:Comune) | c.istat], targetAmbitoIds: [(p)-[:TARGETS]->(x:Ambito) | x.id],
		  status: p.status, fictional: coalesce(p.fictional, false), ${projectDossierProjection('p')}} AS row ORDER BY p.id`)
	).map(withProjectDossier);
	const actions = (
		await rows<TramaDocument['actions'][number]>(`
		MATCH (x:Action)-[:OF]->(p:Project)
		RETURN {id: x.id, projectId: p.id, title: x.title, description: x.description,
		  responsibleActorIds: [(a:Actor)-[:RESPONSIBLE_FOR]->(x) | a.id], phases: x.phases} AS row ORDER BY x.id`)
	).map(withPhases);
	const partnerships = (
		await rows<
			Omit<TramaDocument['partnerships'][number], 'commitments'> & { commitmentsJson: string }
		>(`
		MATCH (a:Actor)-[r:PARTNER_IN]->(p:Project)
		RETURN {id: r.id, actorId: a.id, projectId: p.id, role: r.role, since: r.since, until: r.until,
		  notes: r.notes, commitmentsJson: r.commitmentsJson, declaredMembersJson: r.declaredMembersJson} AS row ORDER BY r.id`)
	).map(({ commitmentsJson, notes, ...rest }) => ({
		...withDeclaredMembers(rest),
		...(notes ? { notes } : {}),
		commitments: JSON.parse(commitmentsJson ?? '[]') as CommitmentRecord[]
	}));
	const networks = await rows<TramaDocument['networks'][number]>(`
		MATCH (n:Network)
		RETURN {id: n.id, name: n.name, description: n.description, ambitoId: head([(n)-[:FOR]->(x:Ambito) | x.id]),
		  linkedNetworkIds: [(n)-[:LINKED_TO]->(o:Network) | o.id],
		  fictional: coalesce(n.fictional, false)} AS row ORDER BY n.id`);
	const memberships = await rows<TramaDocument['memberships'][number]>(`
		MATCH (a:Actor)-[m:MEMBER_OF]->(n:Network)
		RETURN {actorId: a.id, networkId: n.id, since: m.since, until: m.until} AS row ORDER BY n.id, a.id`);
	const agreements = await rows<TramaDocument['agreements'][number]>(`
		MATCH (g:Agreement)
		RETURN {id: g.id, title: g.title, ambitoId: head([(g)-[:FOR]->(x:Ambito) | x.id]), start: g.start, end: g.end,
		  signatoryActorIds: [(a:Actor)-[:SIGNED]->(g) | a.id], adherentActorIds: [(a:Actor)-[:ADHERED]->(g) | a.id],
		  fictional: coalesce(g.fictional, false)} AS row ORDER BY g.id`);
	const collaborations = await rows<TramaDocument['collaborations'][number]>(`
		MATCH (a:Actor)-[c:COLLABORATES_WITH]->(b:Actor)
		RETURN {id: c.id, actorAId: a.id, actorBId: b.id, since: c.since, until: c.until, strength: c.strength,
		  trust: c.trust, value: c.value, source: c.collaborationSource} AS row ORDER BY c.id`);
	const sortLists = (d: TramaDocument): TramaDocument => {
		// Lists gathered by pattern comprehension have no defined order: sort them for a stable document.
		d.actors.forEach((a) => a.activeInAmbitoIds.sort());
		d.projects.forEach((p) => (p.targetComuniIstat.sort(), p.targetAmbitoIds.sort()));
		d.actions.forEach((a) => a.responsibleActorIds.sort());
		d.networks.forEach((n) => n.linkedNetworkIds.sort());
		d.agreements.forEach((g) => (g.signatoryActorIds.sort(), g.adherentActorIds.sort()));
		return d;
	};
	return sortLists({
		format: DOCUMENT_FORMAT,
		actors,
		calls,
		projects,
		actions,
		partnerships,
		networks,
		memberships,
		agreements,
		collaborations
	});
}

export { resourceOrigin };

/**
 * The territorial bodies a document refers to (seats, targets, Ambiti, signatories) and the
 * territory relations among them: what an export draws around the network.
 */
export async function territoryAround(tx: ManagedTransaction, doc: TramaDocument) {
	const comuni = new Set<string>();
	const ids = new Set<string>();
	doc.actors.forEach((a) => {
		if (a.seatIstat) comuni.add(a.seatIstat);
		a.activeInAmbitoIds.forEach((x) => ids.add(x));
	});
	doc.projects.forEach((p) => {
		p.targetComuniIstat.forEach((x) => comuni.add(x));
		p.targetAmbitoIds.forEach((x) => ids.add(x));
	});
	doc.networks.forEach((n) => {
		if (n.ambitoId) ids.add(n.ambitoId);
	});
	doc.agreements.forEach((g) => {
		if (g.ambitoId) ids.add(g.ambitoId);
		[...g.signatoryActorIds, ...g.adherentActorIds].forEach((x) => ids.add(x));
	});
	doc.partnerships.forEach((p) => ids.add(p.actorId));
	doc.actions.forEach((a) => a.responsibleActorIds.forEach((x) => ids.add(x)));
	doc.memberships.forEach((m) => ids.add(m.actorId));
	doc.collaborations.forEach((c) => (ids.add(c.actorAId), ids.add(c.actorBId)));
	const nodes = await tx.run(
		`MATCH (n:Actor) WHERE (n.id IN $ids OR n.istat IN $comuni) AND n.kind IN $territorial
		 RETURN {id: n.id, name: n.name, kind: n.kind, istat: n.istat, population: n.population} AS row ORDER BY n.id`,
		{ ids: [...ids], comuni: [...comuni], territorial: TERRITORIAL_KIND_IDS }
	);
	const territoryNodes = nodes.records.map(
		(r) =>
			r.get('row') as {
				id: string;
				name: string;
				kind: ActorRecord['kind'];
				istat: string | null;
				population: number | null;
			}
	);
	const edges = await tx.run(
		`UNWIND $ids AS id MATCH (x:Actor {id: id})-[r:IN|OF|SERVED_BY|LOCATED_IN]->(y:Actor) WHERE y.id IN $ids
		 RETURN {source: x.id, target: y.id, type: type(r)} AS row`,
		{ ids: territoryNodes.map((n) => n.id) }
	);
	return {
		nodes: territoryNodes,
		edges: edges.records.map(
			(r) =>
				r.get('row') as {
					source: string;
					target: string;
					type: 'IN' | 'OF' | 'SERVED_BY' | 'LOCATED_IN';
				}
		)
	};
}
