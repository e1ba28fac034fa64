// A new partner from the dossier's search: the actor and its partnership created together.
import type { PartnershipRecord, RoleId } from '../../domain';
import { rule } from '../auth/rules';
import { notFound } from '../errors';
import { builder } from '../graphql/builder';
import { stampOf } from '../graphql/stamp';
import { RoleEnum } from '../graphql/vocabulary';
import { createEntities } from './entities';
import { actorRecord, inputsOf, newId } from './entity-fields';
import { PartnershipRef } from './network-fields';
import { getPartnership } from './network-queries';
import { NEW_PARTNER_RULE } from './rules';

const NewPartnershipInput = builder.inputType('NewPartnershipInput', {
	description: 'Il posto nel progetto di un ente appena creato / where a new actor joins a project',
	fields: (t) => ({
		projectId: t.string({ required: true }),
		role: t.field({ type: RoleEnum, required: true }),
		since: t.string({ description: 'AAAA-MM-GG' }),
		until: t.string()
	})
});

builder.mutationField('createActorAsPartner', (t) =>
	t.field({
		type: PartnershipRef,
		description:
			'Crea un ente e lo aggiunge al partenariato in una sola transazione: o entrambi o nessuno / creates an actor and its partnership in one transaction: both or neither',
		args: {
			actor: t.arg({ type: inputsOf('Actor').create, required: true }),
			partnership: t.arg({ type: NewPartnershipInput, required: true })
		},
		extensions: rule(NEW_PARTNER_RULE),
		resolve: async (_r, { actor, partnership }, ctx) => {
			const actorId = actor.id ? String(actor.id) : newId('Actor');
			const record: PartnershipRecord = {
				id: newId('Partnership'),
				actorId,
				projectId: partnership.projectId,
				role: partnership.role as RoleId,
				since: partnership.since?.trim() || null,
				until: partnership.until?.trim() || null,
				commitments: []
			};
			await createEntities(
				[
					{ kind: 'Actor', record: actorRecord(actor, actorId), prefix: 'actor' },
					{ kind: 'Partnership', record, prefix: 'partnership' }
				],
				stampOf(ctx)
			);
			const saved = await getPartnership(record.id);
			if (!saved) throw notFound('Partenariato', record.id);
			return saved;
		}
	})
);
