import { DECLARABLE_FIELDS, type SnapshotEdit, type WhatIfResult } from '../../scoring';
import type { CoDesignProcedureId, LepsId, RoleId } from '../../domain';
import { badInput } from '../errors';
import { tryEdits } from './scorecard-service';
import { builder } from '../graphql/builder';
import { READ_NETWORK, rule } from '../auth/rules';
import { LocalizedTextRef } from '../graphql/vocabulary';

/** "What if" (issue 16): the score after edits tried on the scorecard, nothing saved. */
const WhatIfCriterionRef = builder
	.objectRef<WhatIfResult['criteria'][number]>('WhatIfCriterion')
	.implement({
		fields: (t) => ({
			criterionId: t.exposeString('criterionId'),
			label: t.field({ type: LocalizedTextRef, resolve: (c) => c.label }),
			before: t.exposeFloat('before', { nullable: true }),
			after: t.exposeFloat('after', { nullable: true }),
			delta: t.exposeFloat('delta', { nullable: true })
		})
	});
const WhatIfRef = builder.objectRef<WhatIfResult>('WhatIf').implement({
	description:
		'Il punteggio dopo le modifiche provate, nulla è salvato / the score after the edits tried, nothing saved',
	fields: (t) => ({
		totalBefore: t.float({ nullable: true, resolve: (w) => w.before.total }),
		totalAfter: t.float({ nullable: true, resolve: (w) => w.after.total }),
		totalDelta: t.exposeFloat('totalDelta', { nullable: true }),
		assessedShareAfter: t.float({ resolve: (w) => w.after.assessedWeightShare }),
		comparableAfter: t.boolean({ resolve: (w) => w.after.comparable }),
		criteria: t.field({ type: [WhatIfCriterionRef], resolve: (w) => w.criteria })
	})
});
const WhatIfEditInput = builder.inputType('WhatIfEditInput', {
	fields: (t) => ({
		kind: t.string({
			required: true,
			description: 'addCandidate | removePartner | changeRole | declare'
		}),
		actorId: t.string({
			description:
				'Per addCandidate, removePartner, changeRole / for addCandidate, removePartner, changeRole'
		}),
		role: t.string({
			description: 'Per addCandidate e changeRole / for addCandidate and changeRole'
		}),
		field: t.string({
			description: `Per declare: ${DECLARABLE_FIELDS.join(' | ')} / for declare`
		}),
		values: t.stringList({
			description:
				'Per declare leps: i LEPS; coDesign: la procedura / for declare leps: the LEPS; coDesign: the procedure'
		}),
		budgetEur: t.float({ description: 'Per declare cofinancing / for declare cofinancing' }),
		grantEur: t.float({ description: 'Per declare cofinancing / for declare cofinancing' })
	})
});
const EDIT_KINDS = ['addCandidate', 'removePartner', 'changeRole', 'declare'] as const;

interface EditInput {
	kind: string;
	actorId?: string | null;
	role?: string | null;
	field?: string | null;
	values?: readonly string[] | null;
	budgetEur?: number | null;
	grantEur?: number | null;
}

/** A pretended declaration as the pure what-if takes it; its values are checked there. */
function toDeclaration(e: EditInput, i: number): SnapshotEdit {
	const missing = (field: string, what: string) =>
		badInput([{ field: `edits[${i}].${field}`, message: what }]);
	const values = e.values ?? [];
	switch (e.field) {
		case 'leps':
			return { kind: 'declare', field: 'leps', leps: values as LepsId[] };
		case 'coDesign':
			if (!values[0]) throw missing('values', 'procedura mancante / missing procedure');
			return { kind: 'declare', field: 'coDesign', procedure: values[0] as CoDesignProcedureId };
		case 'cofinancing':
			if (e.budgetEur == null)
				throw missing('budgetEur', 'costo complessivo mancante / missing total cost');
			if (e.grantEur == null) throw missing('grantEur', 'contributo mancante / missing grant');
			return {
				kind: 'declare',
				field: 'cofinancing',
				budgetEur: e.budgetEur,
				grantEur: e.grantEur
			};
		default:
			throw missing(
				'field',
				`uno tra ${DECLARABLE_FIELDS.join(', ')} / one of ${DECLARABLE_FIELDS.join(', ')}`
			);
	}
}

/** The form's edits as the pure what-if takes them; a wrong kind or a missing role is named. */
function toEdits(edits: ReadonlyArray<EditInput>): SnapshotEdit[] {
	return edits.map((e, i) => {
		const kind = EDIT_KINDS.find((k) => k === e.kind);
		if (!kind)
			throw badInput([
				{
					field: `edits[${i}].kind`,
					message: `una tra ${EDIT_KINDS.join(', ')} / one of ${EDIT_KINDS.join(', ')}`
				}
			]);
		if (kind === 'declare') return toDeclaration(e, i);
		if (!e.actorId)
			throw badInput([
				{ field: `edits[${i}].actorId`, message: 'partner mancante / missing partner' }
			]);
		if (kind === 'removePartner') return { kind, actorId: e.actorId };
		if (kind === 'addCandidate')
			return { kind, actorId: e.actorId, ...(e.role ? { role: e.role as RoleId } : {}) };
		if (!e.role)
			throw badInput([{ field: `edits[${i}].role`, message: 'ruolo mancante / missing role' }]);
		return { kind, actorId: e.actorId, role: e.role as RoleId };
	});
}

builder.queryFields((t) => ({
	whatIf: t.field({
		extensions: rule(READ_NETWORK),
		type: WhatIfRef,
		description:
			'Cosa succede al punteggio se si aggiunge o toglie un partner, se ne cambia il ruolo o se il progetto dichiarasse LEPS, co-progettazione o cofinanziamento / the score if a partner is added, removed or changes role, or if the project declared LEPS, co-design or co-financing',
		args: {
			projectId: t.arg.id({ required: true }),
			rubricId: t.arg.id(),
			rubricVersion: t.arg.int(),
			edits: t.arg({ type: [WhatIfEditInput], required: true })
		},
		resolve: (_r, args) =>
			tryEdits(
				String(args.projectId),
				toEdits(args.edits),
				args.rubricId ? String(args.rubricId) : null,
				args.rubricVersion
			)
	})
}));
