import type { Commitment, ProjectDetail } from './types';

/** A commitment's value in euro: monetised when declared; money and in-kind are already euro. */
export function commitmentEur(c: Commitment): number {
	if (c.valueEur !== null && Number.isFinite(c.valueEur)) return c.valueEur;
	return c.type === 'money' || c.type === 'in_kind' ? c.amount : 0;
}

export interface MatrixPartner {
	actorId: string;
	name: string;
	role: string;
	kind: string;
	publicEur: number;
	privateEur: number;
	beyondFundingEur: number;
	/** How many actions the partner is responsible for. */
	actionCount: number;
}

export interface MatrixRow {
	actionId: string;
	title: string;
	/** One per partner, in `partners` order: responsible for this action or not. */
	cells: boolean[];
	responsibleCount: number;
	/** Responsible actors that are not in the partnership (data to check). */
	outsiders: string[];
}

export interface CorresponsibilityMatrix {
	partners: MatrixPartner[];
	rows: MatrixRow[];
	totals: { publicEur: number; privateEur: number; beyondFundingEur: number };
}

const ROLE_ORDER = ['capofila', 'partner', 'aderente', 'sostenitore'];

/**
 * Actions × partners, with each partner's committed resources: who shares which action, and who
 * puts what in. Partners are ordered by role (capofila first), then name.
 */
export function corresponsibilityMatrix(
	project: Pick<ProjectDetail, 'partnerships' | 'actions'>
): CorresponsibilityMatrix {
	const byActor = new Map<string, MatrixPartner>();
	for (const p of project.partnerships) {
		if (!p.actor) continue;
		const partner = byActor.get(p.actor.id) ?? {
			actorId: p.actor.id,
			name: p.actor.name,
			role: p.role,
			kind: p.actor.kind,
			publicEur: 0,
			privateEur: 0,
			beyondFundingEur: 0,
			actionCount: 0
		};
		// A partner listed twice keeps its most engaged role (as the scoring does).
		if (ROLE_ORDER.indexOf(p.role) < ROLE_ORDER.indexOf(partner.role)) partner.role = p.role;
		for (const c of p.commitments) {
			const eur = commitmentEur(c);
			if (c.source === 'public') partner.publicEur += eur;
			else partner.privateEur += eur;
			if (c.beyondFunding) partner.beyondFundingEur += eur;
		}
		byActor.set(p.actor.id, partner);
	}
	const partners = [...byActor.values()].sort(
		(a, b) =>
			ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'it')
	);
	const rows = project.actions.map((action) => {
		const responsible = new Set(action.responsible.map((r) => r.id));
		const cells = partners.map((p) => responsible.has(p.actorId));
		partners.forEach((p, i) => {
			if (cells[i]) p.actionCount += 1;
		});
		return {
			actionId: action.id,
			title: action.title,
			cells,
			responsibleCount: cells.filter(Boolean).length,
			outsiders: action.responsible.filter((r) => !byActor.has(r.id)).map((r) => r.name)
		};
	});
	const sum = (f: (p: MatrixPartner) => number) => partners.reduce((s, p) => s + f(p), 0);
	return {
		partners,
		rows,
		totals: {
			publicEur: sum((p) => p.publicEur),
			privateEur: sum((p) => p.privateEur),
			beyondFundingEur: sum((p) => p.beyondFundingEur)
		}
	};
}
