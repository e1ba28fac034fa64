/**
 * Regional-scale synthetic welfare network for the benchmarks (issue 9): the real Lombardy territory
 * (Comuni, Ambiti, ATS, ASST, referenced by their real ids, never invented) plus invented actors,
 * networks, projects, actions, partnerships, collaborations and Accordi di Programma at the size of
 * the whole region. Deterministic: the same territory, seed and plan always give the same document.
 * Everything invented is flagged `fictional` and named "(bench)"-style generic names.
 */
import {
	DOCUMENT_FORMAT,
	type ActionRecord,
	type ActorKindId,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CollaborationRecord,
	type CollaborationSourceId,
	type CommitmentRecord,
	type MembershipRecord,
	type NetworkRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type ProjectStatus,
	type RoleId,
	type TramaDocument
} from '../src/lib/domain';
import { EVOCATIVE } from '../src/lib/server/network/demo/demo-names';
import {
	ACTION_TITLES,
	expandMix,
	FOUNDATION_MIX,
	iso,
	nameFor,
	pad,
	PROJECT_AREAS,
	Rng,
	SOCIAL_PARTNER_MIX,
	tagsFor,
	taxCode,
	THIRD_SECTOR_MIX,
	WeightedPool,
	type Seat
} from './generate-parts';
import type { ComuneRow, TerritoryData } from '../src/lib/server/territory/territory-files';

export interface RegionalPlan {
	thirdSector: number;
	companies: number;
	foundations: number;
	socialPartners: number;
	networks: number;
	/** Split evenly over the three trienni. */
	projects: number;
	/** Mean partners per project (min 5, max ~2× the mean). */
	partnersPerProject: number;
	/** Declared/survey/workshop collaborations between actors. */
	collaborations: number;
}

export const REGIONAL_PLAN: RegionalPlan = {
	thirdSector: 30_000,
	companies: 5_000,
	foundations: 300,
	socialPartners: 200,
	networks: 500,
	projects: 3_000,
	partnersPerProject: 12,
	collaborations: 22_000
};

export const TRIENNI = [
	{ id: '2018-2020', from: 2018 },
	{ id: '2021-2023', from: 2021 },
	{ id: '2025-2027', from: 2025 }
] as const;

export interface RegionalDocumentInfo {
	/** Invented nodes + relations as the import will write them (approximate for relations). */
	nodes: number;
	relations: number;
}

/**
 * The regional document. Actors are seated in real Comuni weighted by population; projects target
 * real Comuni and Ambiti; public partners are the real bodies (Comuni, Ambiti, ASST, ATS).
 */
export function generateRegionalDocument(
	territory: TerritoryData,
	seed = 20260,
	plan: RegionalPlan = REGIONAL_PLAN
): TramaDocument {
	const rng = new Rng(seed);
	const comuni = [...territory.comuni].sort((a, b) => a.istat.localeCompare(b.istat));
	const seatPool = new WeightedPool(comuni, (c) => Math.sqrt(c.population ?? 500) * 10);
	const comuniByProvince = new Map<string, ComuneRow[]>();
	for (const c of comuni)
		comuniByProvince.set(c.provinceCode, [...(comuniByProvince.get(c.provinceCode) ?? []), c]);
	const provincePools = new Map(
		[...comuniByProvince].map(([p, cs]) => [p, new WeightedPool(cs, (c) => c.population ?? 500)])
	);
	const comuniByAmbito = new Map<string, ComuneRow[]>();
	for (const c of comuni)
		if (c.ambitoId) comuniByAmbito.set(c.ambitoId, [...(comuniByAmbito.get(c.ambitoId) ?? []), c]);
	const ambitiByAts = new Map<string, string[]>();
	for (const a of [...territory.ambiti].sort((x, y) => x.id.localeCompare(y.id)))
		if (a.atsCode) ambitiByAts.set(a.atsCode, [...(ambitiByAts.get(a.atsCode) ?? []), a.id]);
	const asstIds = new Set(territory.asst.map((a) => a.code));
	const atsIds = new Set(territory.ats.map((a) => a.code));
	const ambitoById = new Map(territory.ambiti.map((a) => [a.id, a]));

	/** Ambiti the area of a Comune belongs to, or could plausibly be served by (same ATS). */
	const ambitiNear = (c: ComuneRow): string[] =>
		c.ambitoId ? [c.ambitoId] : c.atsCode ? (ambitiByAts.get(c.atsCode) ?? []) : [];

	// --- actors ---------------------------------------------------------------------------------
	const actors: ActorRecord[] = [];
	const seatOf = new Map<string, Seat>();
	const usedTax = new Set<string>();
	const usedNames = new Set<string>();
	const byProvince = new Map<string, { ts: string[]; company: string[]; other: string[] }>();
	const addActors = (kinds: ActorKindId[], prefix: string, group: 'ts' | 'company' | 'other') => {
		kinds.forEach((kind, i) => {
			const seat = seatPool.pick(rng);
			let name = nameFor(rng, kind, seat);
			for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
			usedNames.add(name);
			const near = ambitiNear(seat);
			const wide =
				group === 'other' || kind === 'consorzio_cooperative' || kind === 'rete_associativa';
			const active =
				near.length && rng.chance(wide ? 0.7 : 0.15)
					? rng.sample(near, wide ? rng.int(1, 3) : 1)
					: [];
			const id = `bench-${prefix}-${pad(i + 1, 5)}`;
			actors.push({
				id,
				name,
				kind,
				taxCode: rng.chance(0.35) ? taxCode(rng, kind, seat, usedTax) : null,
				seatIstat: seat.istat,
				activeInAmbitoIds: active.sort(),
				tags: tagsFor(rng),
				notes: null,
				fictional: true
			});
			seatOf.set(id, { comune: seat, province: seat.provinceCode });
			const pools = byProvince.get(seat.provinceCode) ?? { ts: [], company: [], other: [] };
			pools[group].push(id);
			byProvince.set(seat.provinceCode, pools);
		});
	};
	addActors(expandMix(THIRD_SECTOR_MIX, plan.thirdSector), 'ets', 'ts');
	addActors(expandMix([['impresa', 1]], plan.companies), 'imp', 'company');
	addActors(expandMix(FOUNDATION_MIX, plan.foundations), 'fond', 'other');
	addActors(expandMix(SOCIAL_PARTNER_MIX, plan.socialPartners), 'pts', 'other');
	const kindOf = new Map(actors.map((a) => [a.id, a.kind]));

	// --- networks -------------------------------------------------------------------------------
	const networks: NetworkRecord[] = [];
	const memberships: MembershipRecord[] = [];
	const networksByProvince = new Map<string, string[]>();
	const provinces = [...byProvince.keys()].sort();
	const provinceWeight = new WeightedPool(provinces, (p) => {
		const pools = byProvince.get(p)!;
		return pools.ts.length + pools.company.length;
	});
	for (let i = 0; i < plan.networks; i++) {
		const province = provinceWeight.pick(rng);
		const pools = byProvince.get(province)!;
		const id = `bench-net-${pad(i + 1, 4)}`;
		const kind = rng.pick([
			'Rete territoriale di conciliazione',
			'Tavolo tematico',
			'Alleanza locale di conciliazione',
			'Coordinamento'
		]);
		const linked = rng.sample(networksByProvince.get(province) ?? [], rng.int(0, 3));
		networks.push({
			id,
			name: `${kind} ${rng.pick(EVOCATIVE)} – ${province} ${i + 1}`,
			description: null,
			ambitoId: null,
			linkedNetworkIds: linked.sort(),
			fictional: true
		});
		networksByProvince.set(province, [...(networksByProvince.get(province) ?? []), id]);
		const candidates = [...pools.ts, ...pools.company, ...pools.other];
		const since = iso(rng.int(2012, 2022), rng.int(1, 12), 1);
		for (const actorId of rng.sample(candidates, rng.int(8, 72)).sort())
			memberships.push({ actorId, networkId: id, since, until: null });
	}

	// --- calls ----------------------------------------------------------------------------------
	const calls: CallRecord[] = TRIENNI.flatMap((t) =>
		['Piani di Zona: progetti di rete', 'Conciliazione vita-lavoro', 'Inclusione e abitare'].map(
			(title, k) => ({
				id: `bench-call-${t.from}-${k + 1}`,
				title: `${title} ${t.id} (bench)`,
				issuer: 'Regione Lombardia',
				year: t.from,
				fictional: true
			})
		)
	);

	// --- projects, partnerships, actions ---------------------------------------------------------
	const projects: ProjectRecord[] = [];
	const partnerships: PartnershipRecord[] = [];
	const actions: ActionRecord[] = [];
	const perTriennio = Math.ceil(plan.projects / TRIENNI.length);
	let previous: Array<{ anchor: ComuneRow; partnerIds: string[] }> = [];
	const partnersOfProject: string[][] = [];
	for (const t of TRIENNI) {
		const current: typeof previous = [];
		for (let k = 0; k < perTriennio && projects.length < plan.projects; k++) {
			const continues = previous.length && rng.chance(0.45) ? rng.pick(previous) : null;
			const anchor = continues
				? continues.anchor
				: provincePools.get(provinceWeight.pick(rng))!.pick(rng);
			const province = anchor.provinceCode;
			const pid = `bench-prj-${t.from}-${pad(k + 1, 4)}`;
			// Targets: the anchor's Ambito (known) or an Ambito of its ATS, and real Comuni nearby.
			const near = ambitiNear(anchor);
			const targetAmbito = near.length && rng.chance(0.7) ? rng.pick(near) : null;
			const ambitoComuni = targetAmbito ? (comuniByAmbito.get(targetAmbito) ?? []) : [];
			const extra = ambitoComuni.length
				? rng.sample(ambitoComuni, rng.int(1, Math.min(8, ambitoComuni.length)))
				: rng.sample(comuniByProvince.get(province)!, rng.int(0, 4));
			const targetComuni = [...new Set([anchor.istat, ...extra.map((c) => c.istat)])].sort();
			const start = iso(t.from, rng.int(1, 10), 1);
			const end = iso(t.from + 2, 12, 31);
			const status: ProjectStatus =
				t.from === 2025
					? rng.pick(['submitted', 'funded', 'running'] as const)
					: rng.chance(0.1)
						? 'rejected'
						: 'closed';
			const areas = rng.sample(PROJECT_AREAS, rng.int(1, 3)).sort();
			projects.push({
				id: pid,
				title: `Progetto ${rng.pick(EVOCATIVE)}: ${areas.join(', ')} – ${anchor.name} ${t.id}`,
				callId: `bench-call-${t.from}-${rng.int(1, 3)}`,
				start,
				end,
				triennio: t.id,
				policyAreas: areas,
				budgetEur: rng.int(60, 600) * 1000,
				targetComuniIstat: targetComuni,
				targetAmbitoIds: targetAmbito ? [targetAmbito] : [],
				status,
				fictional: true
			});

			// Partners: public bodies first, then kept partners of the project it continues, then local ones.
			const size = Math.max(5, Math.round(plan.partnersPerProject * (0.5 + rng.float())));
			const chosen: Array<{ id: string; role: RoleId }> = [];
			const has = new Set<string>();
			const add = (id: string, role: RoleId) => {
				if (!has.has(id) && chosen.length < size + 4) {
					has.add(id);
					chosen.push({ id, role });
				}
			};
			const capofilaPublic = rng.chance(0.55);
			if (capofilaPublic) {
				if (targetAmbito && rng.chance(0.4)) add(targetAmbito, 'capofila');
				else add(anchor.id, 'capofila');
			}
			if (!has.has(anchor.id) && rng.chance(0.5)) add(anchor.id, 'partner');
			if (targetAmbito && !has.has(targetAmbito) && rng.chance(0.5)) add(targetAmbito, 'partner');
			if (anchor.asstCode && asstIds.has(anchor.asstCode) && rng.chance(0.4))
				add(`asst-${anchor.asstCode}`, 'partner');
			if (anchor.atsCode && atsIds.has(anchor.atsCode) && rng.chance(0.12))
				add(`ats-${anchor.atsCode}`, 'aderente');
			for (const istat of targetComuni.slice(0, 3))
				if (istat !== anchor.istat && rng.chance(0.3)) add(`comune-${istat}`, 'aderente');
			if (continues) {
				const kept = continues.partnerIds.filter((id) => seatOf.has(id));
				for (const id of rng.sample(kept, Math.round(kept.length * (0.4 + 0.3 * rng.float()))))
					add(id, chosen.length === 0 ? 'capofila' : 'partner');
			}
			const pools = byProvince.get(province)!;
			let guard = 0;
			while (chosen.length < size && guard++ < 200) {
				const r = rng.float();
				const pool = r < 0.74 ? pools.ts : r < 0.9 ? pools.company : pools.other;
				if (!pool.length) continue;
				const id = rng.pick(pool);
				const role: RoleId =
					chosen.length === 0
						? 'capofila'
						: rng.chance(0.65)
							? 'partner'
							: rng.chance(0.7)
								? 'aderente'
								: 'sostenitore';
				add(id, role);
			}
			chosen.forEach(({ id, role }, j) => {
				const kind = kindOf.get(id);
				const isPublic = kind === undefined;
				const commitments: CommitmentRecord[] = [];
				const nCommit = role === 'aderente' ? rng.int(0, 1) : rng.int(1, 3);
				for (let c = 0; c < nCommit; c++) {
					const type = rng.pick(['money', 'staff_hours', 'spaces', 'in_kind'] as const);
					const amount =
						type === 'money'
							? rng.int(1, 60) * 1000
							: type === 'staff_hours'
								? rng.int(20, 800)
								: rng.int(10, 400);
					const valueEur =
						type === 'money'
							? amount
							: type === 'staff_hours'
								? amount * 25
								: rng.chance(0.8)
									? amount * 12
									: null;
					commitments.push({
						type,
						amount,
						valueEur,
						source: isPublic ? 'public' : 'private',
						beyondFunding: rng.chance(0.2),
						description: null
					});
				}
				const joinsLate = j > 0 && rng.chance(0.1);
				partnerships.push({
					id: `${pid}-p${pad(j + 1, 2)}`,
					actorId: id,
					projectId: pid,
					role,
					since: joinsLate ? iso(t.from + 1, rng.int(1, 12), 1) : start,
					until: null,
					commitments
				});
			});
			const ids = chosen.map((c) => c.id);
			partnersOfProject.push(ids);
			current.push({ anchor, partnerIds: ids });
			const nActions = rng.int(1, 4);
			for (let a = 0; a < nActions; a++) {
				const responsible = a === 0 ? [ids[0]!] : rng.sample(ids, rng.int(1, 3));
				actions.push({
					id: `${pid}-a${a + 1}`,
					projectId: pid,
					title: ACTION_TITLES[a === 0 ? 0 : rng.int(1, ACTION_TITLES.length - 1)]!,
					description: null,
					responsibleActorIds: [...new Set(responsible)].sort()
				});
			}
		}
		previous = current;
	}

	// --- collaborations ----------------------------------------------------------------------------
	const collaborations: CollaborationRecord[] = [];
	const pairs = new Set<string>();
	const sources: CollaborationSourceId[] = ['declared', 'survey', 'workshop'];
	let guard = 0;
	while (collaborations.length < plan.collaborations && guard++ < plan.collaborations * 5) {
		let a: string;
		let b: string;
		if (rng.chance(0.7)) {
			const ids = rng.pick(partnersOfProject).filter((id) => seatOf.has(id));
			if (ids.length < 2) continue;
			[a, b] = rng.sample(ids, 2) as [string, string];
		} else {
			const pools = byProvince.get(provinceWeight.pick(rng))!;
			const all = pools.ts.length > 1 ? pools.ts : [...pools.ts, ...pools.company];
			if (all.length < 2) continue;
			[a, b] = rng.sample(all, 2) as [string, string];
		}
		const key = a < b ? `${a}|${b}` : `${b}|${a}`;
		if (pairs.has(key)) continue;
		pairs.add(key);
		const sinceYear = rng.int(2010, 2025);
		collaborations.push({
			id: `bench-col-${pad(collaborations.length + 1, 6)}`,
			actorAId: a,
			actorBId: b,
			since: iso(sinceYear, rng.int(1, 12), 1),
			until: rng.chance(0.15) ? iso(Math.min(2026, sinceYear + rng.int(1, 5)), 12, 31) : null,
			strength: rng.int(1, 5),
			trust: rng.chance(0.8) ? rng.int(1, 5) : null,
			value: null,
			source: rng.pick(sources)
		});
	}

	// --- Accordi di Programma: one per Ambito and triennio ----------------------------------------
	const agreements: AgreementRecord[] = [];
	const activeIn = new Map<string, string[]>();
	for (const a of actors)
		for (const amb of a.activeInAmbitoIds) activeIn.set(amb, [...(activeIn.get(amb) ?? []), a.id]);
	const seatedInAmbito = new Map<string, string[]>();
	for (const a of actors) {
		const amb = seatOf.get(a.id)?.comune.ambitoId;
		if (amb) seatedInAmbito.set(amb, [...(seatedInAmbito.get(amb) ?? []), a.id]);
	}
	for (const ambito of [...territory.ambiti].sort((x, y) => x.id.localeCompare(y.id))) {
		for (const t of TRIENNI) {
			const signatories = [
				...(comuniByAmbito.get(ambito.id) ?? []).map((c) => c.id),
				...(ambito.asstCode && asstIds.has(ambito.asstCode) ? [`asst-${ambito.asstCode}`] : []),
				...(ambito.atsCode && atsIds.has(ambito.atsCode) ? [`ats-${ambito.atsCode}`] : [])
			];
			const candidates = [
				...new Set([...(activeIn.get(ambito.id) ?? []), ...(seatedInAmbito.get(ambito.id) ?? [])])
			]
				.filter((id) => {
					const k = kindOf.get(id);
					return k !== 'impresa' && k !== 'fondazione_bancaria';
				})
				.sort();
			agreements.push({
				id: `bench-adp-${ambitoById.get(ambito.id)!.id.replace(/^ambito-/, '')}-${t.from}`,
				title: `Accordo di Programma Piano di Zona ${t.id} – ${ambito.name} (bench)`,
				ambitoId: ambito.id,
				start: iso(t.from, 1, 1),
				end: iso(t.from + 2, 12, 31),
				signatoryActorIds: signatories.sort(),
				adherentActorIds: rng
					.sample(candidates, Math.min(candidates.length, rng.int(20, 60)))
					.sort(),
				fictional: true
			});
		}
	}

	return {
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
	};
}

/** What the document adds to the graph, counted the way the import writes it. */
export function documentSize(doc: TramaDocument): {
	nodes: number;
	relations: number;
	byKind: Record<string, number>;
} {
	const byKind: Record<string, number> = {
		actors: doc.actors.length,
		calls: doc.calls.length,
		projects: doc.projects.length,
		actions: doc.actions.length,
		networks: doc.networks.length,
		agreements: doc.agreements.length,
		SEATED_IN: doc.actors.filter((a) => a.seatIstat).length,
		ACTIVE_IN: doc.actors.reduce((s, a) => s + a.activeInAmbitoIds.length, 0),
		IN_CALL: doc.projects.filter((p) => p.callId).length,
		TARGETS: doc.projects.reduce(
			(s, p) => s + p.targetComuniIstat.length + p.targetAmbitoIds.length,
			0
		),
		OF: doc.actions.length,
		RESPONSIBLE_FOR: doc.actions.reduce((s, a) => s + a.responsibleActorIds.length, 0),
		PARTNER_IN: doc.partnerships.length,
		LINKED_TO: doc.networks.reduce((s, n) => s + n.linkedNetworkIds.length, 0),
		MEMBER_OF: doc.memberships.length,
		FOR: doc.agreements.filter((a) => a.ambitoId).length,
		SIGNED: doc.agreements.reduce((s, a) => s + a.signatoryActorIds.length, 0),
		ADHERED: doc.agreements.reduce((s, a) => s + a.adherentActorIds.length, 0),
		COLLABORATES_WITH: doc.collaborations.length
	};
	const nodeKeys = ['actors', 'calls', 'projects', 'actions', 'networks', 'agreements'];
	const nodes = nodeKeys.reduce((s, k) => s + byKind[k]!, 0);
	const relations = Object.entries(byKind)
		.filter(([k]) => !nodeKeys.includes(k))
		.reduce((s, [, v]) => s + v, 0);
	return { nodes, relations, byKind };
}

/** Sanity checks on the generated document (run by bench/run.ts before importing). */
export function checkRegionalDocument(doc: TramaDocument, territory: TerritoryData): string[] {
	const problems: string[] = [];
	const istat = new Set(territory.comuni.map((c) => c.istat));
	const territorialIds = new Set([
		...territory.comuni.map((c) => c.id),
		...territory.ambiti.map((a) => a.id),
		...territory.asst.map((a) => a.id),
		...territory.ats.map((a) => a.id)
	]);
	const actorIds = new Set(doc.actors.map((a) => a.id));
	const ambitoIds = new Set(territory.ambiti.map((a) => a.id));
	for (const a of doc.actors)
		if (a.seatIstat && !istat.has(a.seatIstat))
			problems.push(`seat ${a.seatIstat} of ${a.id} is not a real Comune`);
	for (const p of doc.projects) {
		for (const c of p.targetComuniIstat)
			if (!istat.has(c)) problems.push(`target ${c} of ${p.id} is not a real Comune`);
		for (const x of p.targetAmbitoIds)
			if (!ambitoIds.has(x)) problems.push(`target ${x} of ${p.id} is not a real Ambito`);
	}
	for (const r of doc.partnerships)
		if (!actorIds.has(r.actorId) && !territorialIds.has(r.actorId))
			problems.push(`partner ${r.actorId} unknown`);
	const perProject = doc.partnerships.length / Math.max(1, doc.projects.length);
	if (perProject < 10 || perProject > 14)
		problems.push(`partners per project ${perProject.toFixed(1)} outside 10–14`);
	return problems.slice(0, 20);
}
