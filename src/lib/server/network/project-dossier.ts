// How a project's dossier (funder, grants, co-design, after the funding, outcomes), an action's
// phases and a partner's declared members are kept on the graph: shared by every write and read.
import type {
	ActionRecord,
	DeclaredMembersRecord,
	PartnershipRecord,
	ProjectRecord
} from '../../domain';

/** Scalars and lists stored as they are on the project node. */
const PLAIN = [
	'funder',
	'fundingEnd',
	'leps',
	'grantRequestedEur',
	'grantAwardedEur',
	'needs',
	'targetGroups'
] as const;
/** Nested records, stored as JSON text (Neo4j properties hold no maps). */
const NESTED = ['coDesign', 'sustainability', 'transferability', 'indicators'] as const;

export const PROJECT_DOSSIER_FIELDS = [...PLAIN, ...NESTED] as const;

/**
 * The dossier's part of a project row for writing. A field the record leaves out (undefined) is
 * named in `keep` and left as stored: an office spreadsheet or an older client that knows nothing
 * of the dossier never wipes it; null clears it.
 */
export function projectDossierRow(p: ProjectRecord): Record<string, unknown> {
	const row: Record<string, unknown> = {
		keep: PROJECT_DOSSIER_FIELDS.filter((f) => p[f] === undefined)
	};
	for (const f of PLAIN) row[f] = p[f] ?? null;
	for (const f of NESTED) row[`${f}Json`] = p[f] == null ? null : JSON.stringify(p[f]);
	return row;
}

/** Cypher SET items for the dossier of node `n` from row `r` (see projectDossierRow). */
export const PROJECT_DOSSIER_SET = [
	...PLAIN.map((f) => `n.${f} = CASE WHEN '${f}' IN r.keep THEN n.${f} ELSE r.${f} END`),
	...NESTED.map(
		(f) => `n.${f}Json = CASE WHEN '${f}' IN r.keep THEN n.${f}Json ELSE r.${f}Json END`
	)
].join(', ');

/** Cypher map entries reading the dossier of project `v` (parse with withProjectDossier). */
export const projectDossierProjection = (v: string) =>
	[...PLAIN.map((f) => `${f}: ${v}.${f}`), ...NESTED.map((f) => `${f}Json: ${v}.${f}Json`)].join(
		', '
	);

/**
 * A project row read with projectDossierProjection, as a record: fields never recorded are left
 * out (not null), so that a document without a dossier reads back as it was written.
 */
export function withProjectDossier<R extends ProjectRecord>(row: R): R {
	const raw = row as unknown as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (NESTED.some((f) => `${f}Json` === key)) continue;
		if ((PLAIN as readonly string[]).includes(key) && value == null) continue;
		out[key] = value;
	}
	for (const f of NESTED) {
		const json = raw[`${f}Json`];
		if (typeof json === 'string') out[f] = JSON.parse(json);
	}
	return out as unknown as R;
}

/** An action's phases as read: absent when never recorded. */
export function withPhases<R extends ActionRecord>(row: R): R {
	if (row.phases != null) return row;
	const { phases: _none, ...rest } = row;
	return rest as R;
}

/** The declared members of a partnership as stored on its relation. */
export const declaredMembersJson = (p: PartnershipRecord): string | null =>
	p.declaredMembers === undefined ? null : JSON.stringify(p.declaredMembers);

/** The declared members read back; absent when never recorded. */
export function withDeclaredMembers<R extends Omit<PartnershipRecord, 'commitments'>>(
	row: R & { declaredMembersJson?: string | null }
): R {
	const { declaredMembersJson: json, ...rest } = row;
	if (typeof json !== 'string') return rest as unknown as R;
	return { ...rest, declaredMembers: JSON.parse(json) as DeclaredMembersRecord[] } as unknown as R;
}
