import { COMMITMENT_TYPE_BY_ID, type CommitmentRecord } from '../../../domain';

/**
 * Separator for several values in one cell or attribute (tags, id lists). Not a comma: tags and
 * names may contain commas, and a semicolon inside a quoted CSV field is unambiguous.
 */
export const LIST_SEPARATOR = '; ';

export const YES = 'Sì';
export const NO = 'No';

export function yesNo(value: boolean): string {
	return value ? YES : NO;
}

/**
 * The monetised value of a commitment. For money and in-kind the declared amount is already in
 * EUR, so it *is* the value when no separate valuation was given; hours and m² × months have no
 * value until someone monetises them.
 */
export function commitmentValueEur(commitment: CommitmentRecord): number | null {
	if (commitment.valueEur !== null) return commitment.valueEur;
	return COMMITMENT_TYPE_BY_ID[commitment.type].unit === 'eur' ? commitment.amount : null;
}
