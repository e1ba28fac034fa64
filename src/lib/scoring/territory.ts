import { coverageOfKind } from '../domain';
import type { Partner, TerritoryComune } from './types';

/** ISTAT codes of Lombard Comuni start with the three-digit province code. */
function provinceOf(istat: string): string {
	return istat.slice(0, 3);
}

/** Whether a partner covers a Comune: seated there, or a territorial body whose remit includes it. */
export function partnerCoversComune(partner: Partner, comune: TerritoryComune): boolean {
	if (partner.seatComune !== null && partner.seatComune === comune.istat) return true;
	switch (coverageOfKind(partner.kind)) {
		case 'seat':
			return false;
		case 'ambito':
			return comune.ambitoId !== null && partner.ambitoIds.includes(comune.ambitoId);
		case 'ats':
			return comune.atsId !== null && partner.atsIds.includes(comune.atsId);
		case 'province':
			return (
				partner.seatComune !== null && provinceOf(partner.seatComune) === provinceOf(comune.istat)
			);
		case 'region':
			return true;
	}
}

/** For each Comune of the territory, the partners that cover it (possibly none). */
export function coverageOfTerritory(
	partners: readonly Partner[],
	comuni: readonly TerritoryComune[]
): Map<string, string[]> {
	return new Map(
		comuni.map((comune) => [
			comune.istat,
			partners.filter((partner) => partnerCoversComune(partner, comune)).map((p) => p.actorId)
		])
	);
}
