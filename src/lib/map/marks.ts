import type { PartnershipGaps } from './gaps';
import type { Path } from './paths';
import type { PeriodDiff } from './time';
import type { MapGraph } from './types';

export interface MarkInputs {
	graph: MapGraph;
	matches: readonly string[];
	path: Path | null;
	gaps: PartnershipGaps | null;
	diff: PeriodDiff | null;
	focusId: string | null;
}

/**
 * The classes to put on elements: search matches, the path, a partnership with its gaps, the diff
 * of two periods, the focus. When anything is emphasised, everything else fades.
 */
export function computeMarks(m: MarkInputs): Map<string, string[]> {
	const marks = new Map<string, string[]>();
	const emphasised = new Set<string>();
	const add = (id: string, cls: string, emphasise = true) => {
		marks.set(id, [...(marks.get(id) ?? []), cls]);
		if (emphasise) emphasised.add(id);
	};
	for (const id of m.matches) add(id, 'match');
	if (m.path) for (const id of [...m.path.nodes, ...m.path.edges]) add(id, 'path');
	if (m.gaps) {
		emphasised.add(m.gaps.projectId);
		for (const id of m.gaps.partnerEdgeIds) emphasised.add(id);
		for (const id of m.gaps.partnerIds) add(id, 'partner');
		for (const id of m.gaps.uncoveredComuneIds) add(id, 'gap');
		for (const id of m.gaps.suggestedActorIds) add(id, 'suggested');
	}
	if (m.diff) {
		for (const id of m.diff.added) add(id, 'added', false);
		for (const id of m.diff.ended) add(id, 'ended', false);
	}
	if (m.focusId) add(m.focusId, 'focus', false);
	if (emphasised.size)
		for (const el of [...m.graph.nodes, ...m.graph.edges])
			if (!emphasised.has(el.id)) add(el.id, 'faded', false);
	return marks;
}
