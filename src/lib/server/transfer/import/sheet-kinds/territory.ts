import { type FieldDefinition, field, istatColumn } from '../columns';
import { parseText } from '../values';
import { type LocalizedText } from '../../../../domain/registry';
import { slugify } from '../../../../text';
import { type TerritoryLink } from '../import-types';
import { type NamedIndex } from '../name-index';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

const TERRITORY_FIELDS = {
	comune: field({
		id: 'comune',
		label: { it: 'Comune', en: 'Municipality' },
		synonyms: ['Comune', 'Denominazione comune', 'Nome comune', 'Denominazione', 'Municipality'],
		parse: parseText
	}),
	istat: istatColumn('istat'),
	ambito: field({
		id: 'ambito',
		label: { it: 'Ambito territoriale', en: 'Social district (Ambito)' },
		synonyms: [
			'Ambito',
			'Ambito territoriale',
			'Ambito sociale',
			'Ambito distrettuale',
			'Piano di Zona',
			'Social district'
		],
		distinctive: true,
		parse: parseText
	}),
	distretto: field({
		id: 'distretto',
		label: { it: 'Distretto', en: 'Health district' },
		synonyms: ['Distretto', 'Distretto sociosanitario', 'Distretto ASST', 'District'],
		distinctive: true,
		parse: parseText
	}),
	asst: field({
		id: 'asst',
		label: { it: 'ASST', en: 'ASST' },
		synonyms: ['ASST', 'Azienda socio sanitaria territoriale'],
		distinctive: true,
		parse: parseText
	}),
	ats: field({
		id: 'ats',
		label: { it: 'ATS', en: 'ATS' },
		synonyms: ['ATS', 'Agenzia di tutela della salute'],
		distinctive: true,
		parse: parseText
	})
} as const;

export const territorySheet: SheetKindDefinition = {
	id: 'territory',
	label: {
		it: 'Territorio: Comune → Ambito → Distretto/ASST → ATS',
		en: 'Territory: Comune → Ambito → District/ASST → ATS'
	},
	sheetNames: ['Territorio', 'Territory'],
	fields: Object.values(TERRITORY_FIELDS),
	requiredOneOf: [['comune', 'istat']],
	creates: { actors: false, projects: false },
	readRow: readTerritoryRow
};

export function readTerritoryRow(scope: RowScope, run: ImportRun): void {
	const f = TERRITORY_FIELDS;
	if (!scope.rawOf('comune') && !scope.rawOf('istat')) {
		scope.report(
			'error',
			'REQUIRED',
			'comune',
			scope.columnOf('comune') ?? scope.columnOf('istat'),
			t('Manca il Comune (nome o codice ISTAT).', 'The Comune (name or ISTAT code) is missing.')
		);
		return;
	}
	const istat = run.places.comune(
		scope,
		run.columnsOf.has('comune') ? 'comune' : null,
		run.columnsOf.has('istat') ? 'istat' : null,
		'error'
	);
	const ref = (
		fieldId: string,
		definition: FieldDefinition<string>,
		index: NamedIndex | null,
		what: LocalizedText,
		prefix: string
	) => {
		const raw = scope.read(definition);
		if (!raw) return null;
		// Without a list of Distretti, ids follow the seed's convention.
		if (!index) return `${prefix}-${slugify(raw)}`;
		return run.places.territoryRef(scope, fieldId, raw, index, what, 'error');
	};
	const link: TerritoryLink = {
		comuneIstat: istat ?? '',
		ambitoId: ref('ambito', f.ambito, run.places.ambiti, t('Ambito', 'Ambito'), 'ambito'),
		distrettoId: ref(
			'distretto',
			f.distretto,
			run.places.distretti,
			t('Distretto', 'District'),
			'distretto'
		),
		asstId: ref('asst', f.asst, run.places.asst, t('ASST', 'ASST'), 'asst'),
		atsId: ref('ats', f.ats, run.places.ats, t('ATS', 'ATS'), 'ats')
	};
	if (!istat || scope.hasError) return;
	const previous = run.territoryByIstat.get(istat);
	if (previous) {
		const same = JSON.stringify(previous) === JSON.stringify(link);
		scope.report(
			'warning',
			same ? 'DUPLICATE_IN_FILE' : 'CONFLICT',
			'comune',
			scope.columnOf('comune') ?? scope.columnOf('istat'),
			same
				? t(
						'Il Comune è già in una riga precedente: riga ignorata.',
						'The Comune is already in an earlier row: row ignored.'
					)
				: t(
						'Il Comune è già in una riga precedente con un’appartenenza diversa: vale la prima.',
						'The Comune is already in an earlier row with a different assignment: the first one is kept.'
					)
		);
		return;
	}
	// An Ambito lies in one ATS: a file saying otherwise has a slip somewhere.
	if (link.ambitoId && link.atsId) {
		const other = run.atsOfAmbito.get(link.ambitoId);
		if (!other) {
			run.atsOfAmbito.set(link.ambitoId, { atsId: link.atsId, comuneIstat: istat });
		} else if (other.atsId !== link.atsId) {
			scope.report(
				'warning',
				'CONFLICT',
				'ats',
				scope.columnOf('ats'),
				t(
					`L'Ambito è già assegnato a un'altra ATS (${run.places.ats.nameOf(other.atsId)}) alla riga del Comune ${other.comuneIstat}: controlla.`,
					`The Ambito is already assigned to another ATS (${run.places.ats.nameOf(other.atsId)}) on the row of Comune ${other.comuneIstat}: please check.`
				)
			);
		}
	}
	run.territoryByIstat.set(istat, link);
}
