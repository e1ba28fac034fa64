import { graphql } from '$lib/graphql';
import { runWith } from '$lib/graphql-client';
import { completionRows } from '$lib/geo/completion';
import { completionWorkbook } from '$lib/server/territory/completion-workbook';
import { attachment } from '../../valutazione/ranking-download';
import type { RequestHandler } from './$types';

const COMPLETION_QUERY = graphql(`
	query TerritoryCompletion {
		territory {
			places {
				...GeoPlace
			}
			ats {
				asst {
					name
					distretti
				}
				ambiti {
					name
				}
			}
			ambitiWithoutAts {
				name
			}
		}
	}
`);

/** The pre-filled spreadsheet of the Comuni that lack an Ambito, a Distretto or an ASST. */
export const GET: RequestHandler = async ({ fetch }) => {
	const { territory: t } = await runWith(fetch)(COMPLETION_QUERY);
	const sorted = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'it'));
	const asst = t.ats.flatMap((a) => a.asst);
	const body = await completionWorkbook(completionRows(t.places), {
		ambiti: sorted([...t.ats.flatMap((a) => a.ambiti), ...t.ambitiWithoutAts].map((a) => a.name)),
		distretti: sorted(asst.flatMap((a) => a.distretti)),
		asst: sorted(asst.map((a) => a.name))
	});
	return attachment(
		body,
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'trama-completa-il-territorio.xlsx'
	);
};
