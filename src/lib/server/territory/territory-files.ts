import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { slugify } from '../../text';

/** The real Lombardy reference data copied from shared/data (see graph/seed/territory/SOURCES.md). */
const territoryDir = fileURLToPath(new URL('../../../../graph/seed/territory/', import.meta.url));
export const TERRITORY_SOURCE = 'graph/seed/territory (SOURCES.md)';

export interface AtsRow {
	id: string;
	code: string;
	name: string;
	nameMds: string;
	seatIstat: string | null;
	territoryAsStated: string | null;
	sources: string;
}
export interface AsstRow {
	id: string;
	code: string;
	name: string;
	atsCode: string | null;
}
export interface ProvinciaRow {
	id: string;
	code: string;
	name: string;
	/** Milan's province is a Città metropolitana (l. 56/2014); the others are Province. */
	kind: 'provincia' | 'citta_metropolitana';
}
export interface AmbitoRow {
	id: string;
	name: string;
	atsCode: string | null;
	asstCode: string | null;
	capofila: string | null;
	nComuniStated: number | null;
	referenceDate: string | null;
	sources: string;
	notes: string | null;
}
export interface DistrettoRow {
	id: string;
	name: string;
	asstCode: string;
	seatName: string | null;
	comuniIstat: string[];
	sources: string;
}
export interface ComuneRow {
	id: string;
	istat: string;
	name: string;
	provinceCode: string;
	cadastralCode: string | null;
	population: number | null;
	populationYear: number | null;
	populationDate: string | null;
	populationSource: string | null;
	populationNote: string | null;
	areaKm2: number | null;
	altitudeM: number | null;
	atsCode: string | null;
	atsBasis: string | null;
	asstCode: string | null;
	asstBasis: string | null;
	ambitoId: string | null;
	ambitoBasis: string | null;
	distrettoId: string | null;
}
export interface CasaDiComunitaRow {
	id: string;
	name: string;
	comuneIstat: string | null;
	asstCode: string | null;
	atsCode: string | null;
	status: string | null;
	statusDate: string | null;
	sources: string;
	notes: string | null;
}
export interface TerritoryData {
	ats: AtsRow[];
	asst: AsstRow[];
	province: ProvinciaRow[];
	ambiti: AmbitoRow[];
	distretti: DistrettoRow[];
	comuni: ComuneRow[];
	caseDiComunita: CasaDiComunitaRow[];
}

type Row = Record<string, string>;

async function readCsv(name: string): Promise<Row[]> {
	const text = await readFile(territoryDir + name, 'utf8');
	const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
	if (parsed.errors.length) {
		const e = parsed.errors[0]!;
		throw new Error(`${name}, riga/row ${(e.row ?? 0) + 2}: ${e.message}`);
	}
	return parsed.data;
}

const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);
const num = (v: string | undefined): number | null => (v && v.trim() ? Number(v) : null);
/** Names of the same body are spelled differently across sources ("ASST di Crema" / "ASST DI CREMA"). */
const nameKey = (v: string) => v.trim().toUpperCase().replace(/\s+/g, ' ');
/** Looks a name up in a map keyed by nameKey; a blank or unknown name is null. */
const lookupByName =
	(byName: ReadonlyMap<string, string>) =>
	(name: string | undefined): string | null => {
		const stated = text(name);
		return stated ? (byName.get(nameKey(stated)) ?? null) : null;
	};

export async function readTerritoryFiles(): Promise<TerritoryData> {
	const [atsCsv, asstCsv, ambitiCsv, distrettiCsv, comuniCsv, cdcCsv] = await Promise.all(
		[
			'ats.csv',
			'asst.csv',
			'ambiti.csv',
			'distretti.csv',
			'comuni.csv',
			'case_di_comunita.csv'
		].map(readCsv)
	);
	const ats: AtsRow[] = atsCsv!.map((r) => ({
		id: `ats-${r.ats_code}`,
		code: r.ats_code!,
		name: r.ats_name!,
		nameMds: r.ats_name_mds!,
		seatIstat: text(r.seat_comune_istat_code),
		territoryAsStated: text(r.territory_as_stated),
		sources: r.sources ?? ''
	}));
	const atsByName = new Map(
		ats.flatMap((a) => [[nameKey(a.name), a.code] as const, [nameKey(a.nameMds), a.code] as const])
	);
	const asst: AsstRow[] = asstCsv!.map((r) => ({
		id: `asst-${r.asst_code}`,
		code: r.asst_code!,
		name: r.asst_name_mds!,
		atsCode: text(r.ats_code)
	}));
	const asstByName = new Map(asst.map((a) => [nameKey(a.name), a.code]));
	const atsCodeOf = lookupByName(atsByName);
	const asstCodeOf = lookupByName(asstByName);

	const ambiti: AmbitoRow[] = ambitiCsv!.map((r) => ({
		id: `ambito-${slugify(r.ambito_name!)}`,
		name: r.ambito_name!,
		atsCode: atsCodeOf(r.ats),
		asstCode: asstCodeOf(r.asst),
		capofila: text(r.ente_capofila),
		nComuniStated: num(r.n_comuni_stated),
		referenceDate: text(r.reference_date),
		sources: r.sources ?? '',
		notes: text(r.notes)
	}));
	const ambitoIdOf = lookupByName(new Map(ambiti.map((a) => [nameKey(a.name), a.id])));

	const distretti: DistrettoRow[] = distrettiCsv!.map((r) => ({
		id: `distretto-${slugify(r.distretto_name!)}`,
		name: r.distretto_name!,
		asstCode: r.asst_code!,
		seatName: text(r.seat_comune),
		comuniIstat: text(r.comuni_istat_codes)?.split(';') ?? [],
		sources: r.sources ?? ''
	}));
	const distrettoIdOf = lookupByName(new Map(distretti.map((d) => [nameKey(d.name), d.id])));

	const provinceMap = new Map<string, ProvinciaRow>();
	const comuni: ComuneRow[] = comuniCsv!.map((r) => {
		const provinceCode = r.province!;
		provinceMap.set(provinceCode, {
			id: `provincia-${provinceCode}`,
			code: provinceCode,
			name: r.province_name!,
			kind: provinceCode === 'MI' ? 'citta_metropolitana' : 'provincia'
		});
		return {
			id: `comune-${r.istat_code}`,
			istat: r.istat_code!,
			name: r.name!,
			provinceCode,
			cadastralCode: text(r.cadastral_code),
			population: num(r.population),
			populationYear: num(r.population_year),
			populationDate: text(r.population_date),
			populationSource: text(r.population_source),
			populationNote: text(r.population_note),
			areaKm2: num(r.area_km2_2011),
			altitudeM: num(r.altitude_m),
			atsCode: atsCodeOf(r.ats),
			atsBasis: text(r.ats_basis),
			asstCode: text(r.asst_code),
			asstBasis: text(r.asst_basis),
			ambitoId: ambitoIdOf(r.ambito_name),
			ambitoBasis: text(r.ambito_basis),
			distrettoId: distrettoIdOf(r.asst_distretto)
		};
	});

	const caseDiComunita: CasaDiComunitaRow[] = cdcCsv!.map((r, i) => ({
		id: `cdc-${String(i + 1).padStart(3, '0')}-${slugify(r.site!)}`,
		name: r.site!,
		comuneIstat: text(r.comune_istat_code),
		asstCode: asstCodeOf(r.asst),
		atsCode: atsCodeOf(r.ats),
		status: text(r.status),
		statusDate: text(r.status_date),
		sources: r.sources ?? '',
		notes: text(r.notes)
	}));

	return {
		ats,
		asst,
		province: [...provinceMap.values()].sort((a, b) => a.code.localeCompare(b.code)),
		ambiti,
		distretti,
		comuni,
		caseDiComunita
	};
}
