import { slugify } from '../../../text';
import type { ImportContext } from './build-import';

/**
 * A small import context for tests, built from the real reference data's names and codes
 * (graph/seed/territory). The two "Castelnuovo" Comuni are invented: Lombardy has no homonymous
 * Comuni, but names must still be checked for ambiguity (the context may hold more than Lombardy).
 */
const ambito = (name: string) => ({ id: `ambito-${slugify(name)}`, name });

export function testContext(overrides: Partial<ImportContext> = {}): ImportContext {
	return {
		comuni: [
			{ istat: '013041', name: 'Cantù' },
			{ istat: '013075', name: 'Como' },
			{ istat: '013143', name: 'Mariano Comense' },
			{ istat: '015146', name: 'Milano' },
			{ istat: '019035', name: 'Crema' },
			{ istat: '097042', name: 'Lecco' },
			{ istat: '098050', name: "Sant'Angelo Lodigiano" },
			{ istat: '108033', name: 'Monza' },
			{ istat: '999001', name: 'Castelnuovo' },
			{ istat: '999002', name: 'Castelnuovo' }
		],
		ambiti: [
			ambito('Ambito distrettuale Cremasco'),
			ambito('Ambito cremonese'),
			ambito('Ambito di Lecco'),
			ambito("Ambito di Como (Como-Campione d'Italia)"),
			ambito('Ambito di Cantù-Mariano Comense')
		],
		asst: [
			{ id: 'asst-030712', name: 'ASST Lariana' },
			{ id: 'asst-030715', name: 'ASST di Lecco' },
			{ id: 'asst-030726', name: 'ASST di Crema' }
		],
		ats: [
			{ id: 'ats-030321', name: 'ATS della Città Metropolitana di Milano' },
			{ id: 'ats-030322', name: "ATS dell'Insubria" },
			{ id: 'ats-030324', name: 'ATS della Brianza' },
			{ id: 'ats-030327', name: 'ATS della Val Padana' }
		],
		// Territorial bodies (comune-019035 "Comune di Crema", ASST, ATS, Ambiti) come from the lists
		// above: the import knows them without the caller listing them as actors.
		existingActors: [
			{
				id: 'act-existing-sole',
				name: 'Il Sole Società Cooperativa Sociale Onlus',
				kind: 'cooperativa_sociale_a',
				taxCode: '00743110157',
				seatIstat: '013041'
			}
		],
		existingProjects: [{ id: 'prj-existing', title: 'Reti di Conciliazione 2023-2025' }],
		...overrides
	};
}
