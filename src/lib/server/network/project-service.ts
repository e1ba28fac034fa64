import type { ProjectRecord } from '../../domain';
import type { WriteStamp } from '../db/driver';
import { conflict, notFound } from '../errors';
import { saveEntity } from './entities';
import { getProject } from './network-queries';

/**
 * Saves one section of a project's dossier: the stored project with the section's fields replaced,
 * validated whole (a grant is checked against the budget) and written only if the project is still
 * at the version the client read. Returns the project as read back.
 */
export async function saveProjectSection(
	id: string,
	expectedVersion: number,
	section: Partial<ProjectRecord>,
	stamp: WriteStamp
) {
	const stored = await getProject(id);
	if (!stored) throw notFound('Progetto', id);
	const { meta, ...record } = stored;
	// The merge starts from what was read: it must be the version the client edited.
	if (meta.version !== expectedVersion)
		throw conflict('Progetto', id, expectedVersion, meta.version);
	await saveEntity(
		'Project',
		{ ...record, ...section, id },
		{ create: false, expectedVersion },
		stamp
	);
	const saved = await getProject(id);
	if (!saved) throw notFound('Progetto', id);
	return saved;
}
