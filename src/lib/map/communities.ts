import type { MapNode } from './types';

/**
 * Groups drawn around nodes (cytoscape compound parents): the "grouped by community" layout shows
 * each Louvain community as an outlined, labelled area. Pure data here; cy-elements draws it.
 */
export interface MapGroups {
	/** a node's group key; nodes without one stay outside every group */
	of: ReadonlyMap<string, number>;
	/** what a group's outline says, e.g. "Comunità 3" */
	label: (key: number) => string;
}

/** Class and id prefix of group parents: ids no actor, project or network can have. */
export const GROUP_CLASS = 'community';
const GROUP_ID_PREFIX = 'community:';

export const groupParentId = (key: number): string => `${GROUP_ID_PREFIX}${key}`;

/**
 * Communities from the server's network metrics, counted from 1 for people (Louvain numbers them
 * from 0) exactly as the side panel shows an actor's community, so a group and its members agree.
 */
export function communityGroups(
	metrics: ReadonlyArray<{ id: string; community: number }>,
	prefix: string
): MapGroups {
	return {
		of: new Map(metrics.map((m) => [m.id, m.community] as const)),
		label: (key) => `${prefix} ${key + 1}`
	};
}

export interface GroupParent {
	id: string;
	key: number;
	label: string;
	memberIds: string[];
}

/**
 * The groups to draw for the nodes shown: one per key with at least `minMembers` visible members
 * (a box around a lone node says nothing and clutters), sorted by key for stable output.
 */
export function groupParents(
	nodes: readonly Pick<MapNode, 'id'>[],
	groups: MapGroups,
	minMembers = 2
): { parents: GroupParent[]; parentOf: Map<string, string> } {
	const members = new Map<number, string[]>();
	for (const n of nodes) {
		const key = groups.of.get(n.id);
		if (key === undefined) continue;
		const list = members.get(key);
		if (list) list.push(n.id);
		else members.set(key, [n.id]);
	}
	const parents: GroupParent[] = [];
	const parentOf = new Map<string, string>();
	for (const key of [...members.keys()].sort((a, b) => a - b)) {
		const memberIds = members.get(key)!;
		if (memberIds.length < minMembers) continue;
		const id = groupParentId(key);
		parents.push({ id, key, label: groups.label(key), memberIds });
		for (const m of memberIds) parentOf.set(m, id);
	}
	return { parents, parentOf };
}
