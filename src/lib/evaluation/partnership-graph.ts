import type { CorresponsibilityMatrix } from './matrix';
import type { Point } from './radar';

/**
 * A project's partnership as a small graph: the project in the middle, partners on a circle
 * (capofila at the top), a spoke per partner drawn by role, and a chord between two partners for
 * every action they share. A fixed layout: the same partnership always looks the same, on screen
 * and in print.
 */
export interface GraphNode extends Point {
	id: string;
	label: string;
	role: string | null;
	kind: string | null;
	/** Node radius: grows with the partner's committed resources. */
	r: number;
}

export interface GraphEdge {
	from: Point;
	to: Point;
	kind: 'role' | 'shared';
	role: string | null;
	/** Shared actions between the two partners (chords only). */
	weight: number;
	between: [string, string];
}

export interface PartnershipGraph {
	size: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
}

const round = (v: number) => Math.round(v * 100) / 100;

export function partnershipGraph(
	title: string,
	matrix: CorresponsibilityMatrix,
	size = 320
): PartnershipGraph {
	const center = { x: size / 2, y: size / 2 };
	const radius = size / 2 - 40;
	const maxEur = Math.max(1, ...matrix.partners.map((p) => p.publicEur + p.privateEur));
	const n = matrix.partners.length;
	const partners: GraphNode[] = matrix.partners.map((p, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
		return {
			id: p.actorId,
			label: p.name,
			role: p.role,
			kind: p.kind,
			x: round(center.x + radius * Math.cos(angle)),
			y: round(center.y + radius * Math.sin(angle)),
			r: round(6 + 8 * Math.sqrt((p.publicEur + p.privateEur) / maxEur))
		};
	});
	const hub: GraphNode = { id: 'project', label: title, role: null, kind: null, ...center, r: 12 };
	const edges: GraphEdge[] = partners.map((p) => ({
		from: center,
		to: { x: p.x, y: p.y },
		kind: 'role',
		role: p.role,
		weight: 1,
		between: ['project', p.id]
	}));
	for (let a = 0; a < n; a++)
		for (let b = a + 1; b < n; b++) {
			const shared = matrix.rows.filter((r) => r.cells[a] && r.cells[b]).length;
			if (shared > 0)
				edges.push({
					from: { x: partners[a]!.x, y: partners[a]!.y },
					to: { x: partners[b]!.x, y: partners[b]!.y },
					kind: 'shared',
					role: null,
					weight: shared,
					between: [partners[a]!.id, partners[b]!.id]
				});
		}
	return { size, nodes: [hub, ...partners], edges };
}

/** Role styles shared by the screen and the report: colour plus a dash, so print in grey still reads. */
export const ROLE_STYLE: Record<string, { colour: string; dash: string }> = {
	capofila: { colour: '#1b4965', dash: '' },
	partner: { colour: '#2f855a', dash: '' },
	aderente: { colour: '#8a4b00', dash: '6 3' },
	sostenitore: { colour: '#6b46c1', dash: '2 3' }
};
export const roleStyle = (role: string | null) =>
	ROLE_STYLE[role ?? ''] ?? { colour: '#4f5a6b', dash: '' };
