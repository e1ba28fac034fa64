import { parseArgs } from 'node:util';
import { scoreProject } from '../lib/server/evaluation/scorecard-service';
import { withDatabase } from './database';

const pct = (v: number | null) => (v === null ? 'n.v.' : v.toFixed(1).padStart(5));

/** `trama score --project ID [--rubric ID] [--json]`: one scorecard, readable or as JSON. */
export async function scoreCommand(args: string[]): Promise<void> {
	const { values } = parseArgs({
		args,
		options: {
			project: { type: 'string' },
			rubric: { type: 'string' },
			json: { type: 'boolean', default: false },
			en: { type: 'boolean', default: false }
		}
	});
	if (!values.project)
		throw new Error('Indica il progetto: --project ID / give the project: --project ID');
	await withDatabase(async () => {
		const { scorecard, snapshot } = await scoreProject(values.project!, values.rubric);
		if (values.json) {
			console.log(JSON.stringify(scorecard, null, 2));
			return;
		}
		const lang = values.en ? 'en' : 'it';
		console.log(`${snapshot.project.title} — ${scorecard.rubricId} v${scorecard.rubricVersion}`);
		console.log(`${lang === 'it' ? 'Totale' : 'Total'}: ${pct(scorecard.total)}`);
		for (const c of scorecard.criteria) {
			console.log(
				`  ${c.id} ${pct(c.score)}  ${c.label[lang]} (${lang === 'it' ? 'peso' : 'weight'} ${c.weight})`
			);
			if (!c.assessable)
				console.log(
					`      ${lang === 'it' ? 'non valutabile, manca' : 'not assessable, missing'}: ${c.missing.join('; ')}`
				);
			for (const s of c.suggestions.slice(0, 3)) console.log(`      → ${s[lang]}`);
		}
	});
}
