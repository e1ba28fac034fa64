import { type ActorKindId, sectorOfKind } from '../../../../domain/actor-kinds';
import {
	COMMITMENT_TYPE_BY_ID,
	type CommitmentTypeId,
	type FundingSourceId
} from '../../../../domain/commitments';
import { type CommitmentRecord } from '../../../../domain/model';
import { type RowScope, t } from '../row-scope';
import { field } from '../columns';
import {
	parseAmount,
	parseLongText,
	parseYesNo,
	resolveCommitmentType,
	resolveFundingSource
} from '../values';
/** What a partner commits to a project: on a "Partner" row, or one a row in "Risorse". */
export const COMMITMENT_FIELDS = {
	commitmentType: field<CommitmentTypeId>({
		id: 'commitmentType',
		label: { it: 'Tipo risorsa', en: 'Resource type' },
		synonyms: [
			'Tipo risorsa',
			'Tipologia risorsa',
			'Tipo di risorsa',
			'Tipo impegno',
			'Tipo apporto',
			'Risorsa',
			'Apporto',
			'Resource type',
			'Commitment type'
		],
		distinctive: true,
		parse: resolveCommitmentType
	}),
	amount: field<number>({
		id: 'amount',
		label: { it: 'Importo / quantità', en: 'Amount / quantity' },
		synonyms: [
			'Importo',
			'Importo (€)',
			'Importo euro',
			'Quantità',
			'Ore',
			'Cofinanziamento',
			'Amount',
			'Quantity'
		],
		distinctive: true,
		parse: parseAmount
	}),
	valueEur: field<number>({
		id: 'valueEur',
		label: { it: 'Valore (€)', en: 'Value (EUR)' },
		synonyms: [
			'Valore',
			'Valore (€)',
			'Valore economico',
			'Valorizzazione',
			'Valore in euro',
			'Value',
			'Value EUR'
		],
		parse: parseAmount
	}),
	fundingSource: field<FundingSourceId>({
		id: 'fundingSource',
		label: { it: 'Fonte (pubblica/privata)', en: 'Source (public/private)' },
		synonyms: [
			'Fonte',
			'Fonte finanziamento',
			'Fonte di finanziamento',
			'Origine risorse',
			'Natura risorsa',
			'Source',
			'Funding source'
		],
		parse: resolveFundingSource
	}),
	beyondFunding: field<boolean>({
		id: 'beyondFunding',
		label: { it: 'Oltre il finanziamento', en: 'Beyond funding' },
		synonyms: [
			'Oltre il finanziamento',
			'Sostenibilità',
			'Continua dopo il progetto',
			'Beyond funding'
		],
		parse: parseYesNo
	}),
	commitmentDescription: field({
		id: 'commitmentDescription',
		label: { it: 'Descrizione della risorsa', en: 'Resource description' },
		synonyms: [
			'Descrizione risorsa',
			'Descrizione impegno',
			'Descrizione apporto',
			'Descrizione',
			'Description'
		],
		parse: parseLongText
	})
} as const;

/** The commitment a partnership row declares, if it declares one. */
export function readCommitment(scope: RowScope) {
	const declared = Object.values(COMMITMENT_FIELDS).some((f) => scope.rawOf(f.id) !== null);
	if (!declared) return null;
	const row = scope.readAll(COMMITMENT_FIELDS);
	const { valueEur, fundingSource: source, commitmentDescription: description } = row;
	const type: CommitmentTypeId = row.commitmentType ?? 'money';
	let amount = row.amount;
	const beyondFunding = row.beyondFunding ?? false;
	const inEur = COMMITMENT_TYPE_BY_ID[type].unit === 'eur';
	if (amount === null && inEur && valueEur !== null) amount = valueEur;
	if (amount === null && !scope.hasError) {
		scope.report(
			'error',
			'REQUIRED',
			'amount',
			scope.columnOf('amount'),
			t(
				`La riga indica una risorsa ("${COMMITMENT_TYPE_BY_ID[type].label.it}") ma non la quantità: compila "Importo" (o "Ore", "Quantità").`,
				`The row declares a resource ("${COMMITMENT_TYPE_BY_ID[type].label.en}") but not how much: fill in "Importo" (amount).`
			)
		);
	}
	return { type, amount: amount ?? 0, valueEur, source, beyondFunding, description };
}

export function finishCommitment(
	c: NonNullable<ReturnType<typeof readCommitment>>,
	kind: ActorKindId
): CommitmentRecord {
	const sector = sectorOfKind(kind);
	// Without a "Fonte" column, public bodies commit public resources and everyone else private.
	const source =
		c.source ??
		(sector === 'public_institutional' || sector === 'socio_sanitary' ? 'public' : 'private');
	const inEur = COMMITMENT_TYPE_BY_ID[c.type].unit === 'eur';
	return {
		type: c.type,
		amount: c.amount,
		valueEur: c.valueEur ?? (inEur ? c.amount : null),
		source,
		beyondFunding: c.beyondFunding,
		description: c.description
	};
}
