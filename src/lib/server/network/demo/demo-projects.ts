import {
	sectorOfKind,
	type ActionRecord,
	type ActorKindId,
	type ActorRecord,
	type CommitmentRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type RoleId
} from '../../../domain';
import {
	CREMA,
	DEMO_AMBITO_ID,
	DEMO_SEAT_ISTAT,
	monthStartAfter,
	REGIONE_LOMBARDIA_ID,
	Rng,
	type DemoTerritory
} from './demo-base';
import type { ActorPools } from './demo-actors';
import { TAGS_BY_AREA } from './demo-names';
import { PROJECT_SPECS, type ProjectSpec, type Quality } from './demo-project-specs';

// ---------------------------------------------------------------------------------------------
// Projects from their specs (demo-project-specs.ts): partners, roles, commitments, actions.

/** Real public bodies and the kind they count as (for roles and funding source). */
function realKindOf(id: string): ActorKindId | null {
	if (id.startsWith('comune-')) return 'comune';
	if (id.startsWith('ambito-')) return 'ambito';
	if (id.startsWith('asst-')) return 'asst';
	if (id.startsWith('ats-')) return 'ats';
	if (id.startsWith('provincia-')) return 'provincia';
	if (id === REGIONE_LOMBARDIA_ID) return 'regione';
	return null;
}

/** Kinds whose resources are public money: public bodies, state schools, job centres, universities. */
function isPublicKind(kind: ActorKindId): boolean {
	return (
		sectorOfKind(kind) === 'public_institutional' ||
		kind === 'ats' ||
		kind === 'asst' ||
		kind === 'scuola' ||
		kind === 'centro_impiego' ||
		kind === 'universita'
	);
}

function roleFor(rng: Rng, kind: ActorKindId, id: string, quality: Quality): RoleId {
	if (id === CREMA || id === DEMO_AMBITO_ID || kind === 'asst') return 'partner';
	switch (kind) {
		case 'ats':
		case 'provincia':
			return 'aderente';
		case 'comune':
			return rng.chance(0.6) ? 'partner' : 'aderente';
		case 'fondazione_bancaria':
		case 'fondazione_comunita':
			return 'sostenitore';
		case 'impresa':
			return rng.weighted(
				[
					['sostenitore', 5],
					['aderente', 3],
					['partner', 2]
				] as const,
				([, w]) => w
			)[0];
		case 'organizzazione_sindacale':
		case 'associazione_datoriale':
		case 'forum_terzo_settore':
		case 'rete_associativa':
		case 'rete_conciliazione':
		case 'rete_territoriale':
		case 'gruppo_informale':
		case 'associazione_famiglie':
			return rng.chance(0.6) ? 'aderente' : 'partner';
		default:
			return rng.chance(quality === 'narrow' ? 0.5 : 0.75) ? 'partner' : 'aderente';
	}
}

const STAFF_RATE_EUR = { public: 32, private: 26 } as const;
/** Rough market rent of social premises, EUR per m² per month. */
const SPACE_RATE_EUR = 8;

export const round = (value: number, step: number) => Math.round(value / step) * step;

function makeCommitments(
	rng: Rng,
	kind: ActorKindId,
	role: RoleId,
	quality: Quality,
	budget: number
): CommitmentRecord[] {
	const source = isPublicKind(kind) ? 'public' : 'private';
	const lasting = { broad: 0.45, medium: 0.15, narrow: 0 }[quality];
	const out: CommitmentRecord[] = [];
	const staff = (min: number, max: number, description: string) => {
		const hours = round(rng.int(min, max), 10);
		// Small narrow projects often cannot say what their hours are worth: value unknown.
		const known = quality !== 'narrow' || rng.chance(0.6);
		out.push({
			type: 'staff_hours',
			amount: hours,
			valueEur: known ? hours * STAFF_RATE_EUR[source] : null,
			source,
			beyondFunding: rng.chance(lasting),
			description
		});
	};
	const money = (min: number, max: number, description: string, beyond = false) => {
		const eur = round(rng.int(min, max), 500);
		out.push({
			type: 'money',
			amount: eur,
			valueEur: eur,
			source,
			beyondFunding: beyond,
			description
		});
	};
	const spaces = () => {
		const m2months = round(rng.int(20, 80), 5) * rng.int(6, 24);
		out.push({
			type: 'spaces',
			amount: m2months,
			valueEur: m2months * SPACE_RATE_EUR,
			source,
			beyondFunding: rng.chance(lasting),
			description: rng.pick([
				'Sala riunioni e spazi laboratoriali',
				'Locali per lo sportello',
				'Spazi per attività di gruppo'
			])
		});
	};
	const inKind = (min: number, max: number) => {
		const eur = round(rng.int(min, max), 100);
		out.push({
			type: 'in_kind',
			amount: eur,
			valueEur: eur,
			source,
			beyondFunding: false,
			description: rng.pick([
				'Materiali e beni di consumo',
				'Mezzi per i trasporti',
				'Pasti e buoni spesa',
				'Attrezzature informatiche'
			])
		});
	};

	if (role === 'capofila') {
		money(budget * 0.08, budget * 0.18, 'Cofinanziamento del capofila', rng.chance(lasting));
		staff(
			quality === 'narrow' ? 150 : 500,
			quality === 'narrow' ? 400 : 1600,
			'Coordinamento e personale del capofila'
		);
		if (quality !== 'narrow' && rng.chance(0.5)) spaces();
	} else if (role === 'partner') {
		staff(
			quality === 'narrow' ? 30 : 120,
			quality === 'narrow' ? 150 : 900,
			'Ore di operatori ed educatori'
		);
		if (quality !== 'narrow') {
			if (rng.chance(0.4)) spaces();
			if (rng.chance(0.25)) money(2_000, 15_000, 'Cofinanziamento');
			if (rng.chance(0.2)) inKind(1_000, 8_000);
		}
	} else if (role === 'aderente') {
		if (rng.chance(quality === 'narrow' ? 0.2 : 0.45)) {
			if (rng.chance(0.5)) inKind(300, 3_000);
			else staff(20, 100, 'Ore di volontariato e partecipazione ai tavoli');
		}
	} else if (kind === 'fondazione_bancaria' || kind === 'fondazione_comunita') {
		money(15_000, 60_000, 'Contributo a fondo perduto', quality === 'broad' && rng.chance(0.5));
	} else if (kind === 'impresa' && rng.chance(0.7)) {
		if (rng.chance(0.5)) money(1_000, 10_000, 'Erogazione liberale');
		else inKind(500, 5_000);
	}
	return out;
}

interface ProjectsResult {
	projects: ProjectRecord[];
	actions: ActionRecord[];
	partnerships: PartnershipRecord[];
	/** Actor ids per project, in spec order. */
	members: string[][];
}

export function makeProjects(rng: Rng, t: DemoTerritory, pools: ActorPools): ProjectsResult {
	const actorById = new Map(pools.actors.map((a) => [a.id, a]));
	const kindOf = (id: string): ActorKindId => actorById.get(id)?.kind ?? realKindOf(id)!;
	const projects: ProjectRecord[] = [];
	const actions: ActionRecord[] = [];
	const partnerships: PartnershipRecord[] = [];
	const members: string[][] = [];
	const roles: Array<Map<string, RoleId>> = [];
	/** Everyone in any project so far: narrow projects prefer actors who were in none. */
	const seen = new Set<string>();

	PROJECT_SPECS.forEach((spec, index) => {
		const projectId = `demo-project-${String(index + 1).padStart(2, '0')}`;
		const areaTags = new Set(spec.areas.flatMap((a) => TAGS_BY_AREA[a] ?? []));
		const inProject = new Map<string, RoleId>();
		const earlier = (spec.continues ?? []).flatMap((c) => members[c.project] ?? []);
		const fits = (a: ActorRecord) => 1 + 3 * a.tags.filter((tag) => areaTags.has(tag)).length;
		const draw = (kind: ActorKindId): ActorRecord | null => {
			const free = (pools.byKind.get(kind) ?? []).filter((a) => !inProject.has(a.id));
			if (!free.length) return null;
			// A continuing project takes its capofila from its history when it can.
			const fromHistory = free.filter((a) => earlier.includes(a.id));
			if (fromHistory.length) return rng.weighted(fromHistory, fits);
			const fresh = free.filter((a) => !seen.has(a.id));
			const pool = spec.quality === 'narrow' && fresh.length ? fresh : free;
			return rng.weighted(pool, fits);
		};

		// Capofila first, then what is kept from earlier projects (keeping its former role when it
		// can), then the named public bodies, other Comuni and the invented actors of the mix.
		const capofilaId = 'real' in spec.capofila ? spec.capofila.real : draw(spec.capofila.kind)!.id;
		inProject.set(capofilaId, 'capofila');
		for (const c of spec.continues ?? []) {
			const before = (members[c.project] ?? []).filter((id) => !inProject.has(id));
			for (const id of rng.sample(before, Math.round(before.length * c.keep))) {
				const previous = roles[c.project]?.get(id);
				const role =
					previous && previous !== 'capofila' && rng.chance(0.7)
						? previous
						: roleFor(rng, kindOf(id), id, spec.quality);
				inProject.set(id, role);
			}
		}
		for (const id of spec.publicPartners) {
			if (!inProject.has(id)) inProject.set(id, roleFor(rng, kindOf(id), id, spec.quality));
		}
		const comuniCandidates = t.otherComuniByPopulation
			.slice(0, 12)
			.map((c) => `comune-${c.istat}`)
			.filter((id) => !inProject.has(id));
		for (const id of rng.sample(comuniCandidates, spec.otherComuni)) {
			inProject.set(id, roleFor(rng, 'comune', id, spec.quality));
		}
		for (const [kind, count] of spec.mix) {
			for (let i = 0; i < count; i++) {
				const actor = draw(kind);
				if (actor) inProject.set(actor.id, roleFor(rng, kind, actor.id, spec.quality));
			}
		}
		if (spec.withOutsidePartner) inProject.set(pools.outsidePartnerId, 'partner');
		// Every partnership needs at least two full partners besides the capofila to share actions.
		const fullPartners = () => [...inProject].filter(([, r]) => r === 'partner').map(([id]) => id);
		for (const [id, role] of inProject) {
			if (fullPartners().length >= 2) break;
			if (role === 'aderente') inProject.set(id, 'partner');
		}

		const budget = round(rng.int(spec.budget[0], spec.budget[1]), 1_000);
		const targetComuni =
			spec.targetComuni === 'all'
				? t.comuni.map((c) => c.istat)
				: [
						DEMO_SEAT_ISTAT,
						...rng
							.sample(
								t.comuni.filter((c) => c.istat !== DEMO_SEAT_ISTAT),
								spec.targetComuni - 1
							)
							.map((c) => c.istat)
					].sort();
		projects.push({
			id: projectId,
			title: spec.title,
			callId: spec.callId,
			start: spec.start,
			end: spec.end,
			triennio: spec.triennio,
			policyAreas: [...spec.areas],
			budgetEur: budget,
			targetComuniIstat: targetComuni,
			targetAmbitoIds: spec.targetAmbito ? [DEMO_AMBITO_ID] : [],
			status: spec.status,
			fictional: true
		});

		// A rejected bid never ran: its partnerships carry no dates.
		const ran = spec.status !== 'rejected';
		let n = 0;
		for (const [actorId, role] of inProject) {
			n++;
			const lateJoiner = ran && role !== 'capofila' && rng.chance(0.15);
			partnerships.push({
				id: `${projectId.replace('project', 'partnership')}-${String(n).padStart(2, '0')}`,
				actorId,
				projectId,
				role,
				since: ran ? (lateJoiner ? monthStartAfter(spec.start, rng.int(3, 9)) : spec.start) : null,
				until: ran ? spec.end : null,
				commitments: makeCommitments(rng, kindOf(actorId), role, spec.quality, budget)
			});
		}

		actions.push(...makeActions(rng, spec, projectId, capofilaId, fullPartners()));
		members.push([...inProject.keys()]);
		roles.push(inProject);
		for (const id of inProject.keys()) seen.add(id);
	});
	return { projects, actions, partnerships, members };
}

/**
 * Broad projects spread responsibility over every full partner (2–4 per action); medium ones
 * share some; narrow ones leave almost everything to the capofila.
 */
function makeActions(
	rng: Rng,
	spec: ProjectSpec,
	projectId: string,
	capofilaId: string,
	partners: string[]
): ActionRecord[] {
	const count = {
		broad: Math.min(spec.actions.length, rng.int(6, 8)),
		medium: Math.min(spec.actions.length, rng.int(4, 6)),
		narrow: Math.min(spec.actions.length, 3)
	}[spec.quality];
	// The first title is always the coordination one; the rest are drawn, kept in spec order.
	const rest = rng.sample(spec.actions.slice(1), count - 1);
	const titles = [spec.actions[0]!, ...spec.actions.slice(1).filter((a) => rest.includes(a))];
	const cycle = rng.shuffle(partners);
	let next = 0;
	const takePartners = (k: number) => {
		const out: string[] = [];
		for (let i = 0; i < k && cycle.length; i++) {
			const id = cycle[next++ % cycle.length]!;
			if (!out.includes(id)) out.push(id);
		}
		return out;
	};
	return titles.map((title, i) => {
		let responsible: string[];
		if (i === 0) responsible = [capofilaId, ...(spec.quality === 'broad' ? takePartners(1) : [])];
		else if (spec.quality === 'broad') responsible = takePartners(rng.int(2, 4));
		else if (spec.quality === 'medium')
			responsible = rng.chance(0.5)
				? [capofilaId, ...takePartners(rng.int(0, 2))]
				: takePartners(rng.int(1, 2));
		else responsible = i === 1 ? [capofilaId, ...takePartners(1)] : [capofilaId];
		return {
			id: `${projectId.replace('project', 'action')}-${i + 1}`,
			projectId,
			title,
			description: null,
			responsibleActorIds: [...new Set(responsible)]
		};
	});
}
