import { vocabulary, type Definition } from './registry';

/**
 * The sectors an actor counts under when the breadth (tipologia) of a partnership is judged.
 * Order is the order the UI lists them in.
 */
export const SECTORS = [
	{
		id: 'public_institutional',
		label: { it: 'Pubblico-istituzionale', en: 'Public and institutional' }
	},
	{ id: 'socio_sanitary', label: { it: 'Socio-sanitario', en: 'Health and social care' } },
	{ id: 'third_sector', label: { it: 'Terzo Settore', en: 'Third Sector' } },
	{ id: 'private_profit', label: { it: 'Privato profit', en: 'Private for-profit' } },
	{ id: 'foundations', label: { it: 'Fondazioni', en: 'Foundations and philanthropy' } },
	{ id: 'social_partners', label: { it: 'Parti sociali', en: 'Social partners' } },
	{ id: 'networks', label: { it: 'Reti', en: 'Networks' } },
	{ id: 'education_work', label: { it: 'Istruzione e lavoro', en: 'Education and employment' } },
	{ id: 'families_citizens', label: { it: 'Famiglie e cittadini', en: 'Families and citizens' } }
] as const satisfies readonly Definition[];

export type SectorId = (typeof SECTORS)[number]['id'];
export type SectorDefinition = (typeof SECTORS)[number];

export const { byId: SECTOR_BY_ID, is: isSectorId } = vocabulary<SectorId, SectorDefinition>(
	SECTORS
);
