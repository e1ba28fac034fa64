import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { ensurePresetRubrics, getRubric } from '../../src/lib/server/evaluation/rubric-queries';
import { RUBRIC_PRESETS } from '../../src/lib/scoring';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/** Issue 16: rubrics carry their comparability threshold, presets upgrade, evaluators adapt one per call. */
const u = `rub-${Date.now().toString(36)}`;
const CALL = 'demo-call-2018';
const evaluator = testViewer({
	id: `${u}-evaluator`,
	roles: ['valutatore'],
	callIds: [CALL]
});
const input = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	nameIt: `Griglia ${id}`,
	nameEn: `Rubric ${id}`,
	criteria: [
		{ id: 'A', weight: 1 },
		{ id: 'B', weight: 1 }
	],
	...extra
});
const SAVE = `mutation($i: RubricInput!) { saveRubric(input: $i) { id version minAssessedShare callId } }`;

describe('rubrics (issue 16, phase 2)', () => {
	it('stores and exposes the comparability threshold (0.7 when not set)', async () => {
		const saved = await ok<{ saveRubric: { minAssessedShare: number } }>(SAVE, {
			i: input(`${u}-half`, { minAssessedShare: 0.5 })
		});
		expect(saved.saveRubric.minAssessedShare).toBe(0.5);
		const plain = await ok<{ saveRubric: { minAssessedShare: number } }>(SAVE, {
			i: input(`${u}-plain`)
		});
		expect(plain.saveRubric.minAssessedShare).toBe(0.7);
		const card = await ok<{
			scorecard: {
				comparabilityThreshold: number;
				assessedWeightShare: number;
				comparable: boolean;
			};
		}>(
			`{ scorecard(projectId: "demo-project-07", rubricId: "${u}-half") { comparabilityThreshold assessedWeightShare comparable } }`
		);
		expect(card.scorecard.comparabilityThreshold).toBe(0.5);
		expect(card.scorecard.comparable).toBe(card.scorecard.assessedWeightShare >= 0.5);
		const bad = await execute(SAVE, { i: input(`${u}-bad`, { minAssessedShare: 1.5 }) });
		expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
	});

	it('installs a preset of a new version beside an older one, even when its number was taken', async () => {
		const preset = RUBRIC_PRESETS[0]!;
		// Someone saved the next version number of the preset's id before the preset itself arrived.
		await ok(SAVE, { i: { ...input(preset.id), expectedVersion: null } });
		const taken = (await getRubric(preset.id))!;
		const next = { ...preset, version: taken.version };
		const presets = RUBRIC_PRESETS as unknown as (typeof preset)[];
		const original = presets[0]!;
		presets[0] = next;
		try {
			await ensurePresetRubrics();
			await ensurePresetRubrics(); // idempotent
		} finally {
			presets[0] = original;
		}
		const versions = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (r:Rubric {id: $id}) RETURN r.version AS v, r.preset AS preset, r.presetVersion AS pv ORDER BY v`,
				{ id: preset.id }
			);
			return r.records.map((x) => ({
				v: Number(x.get('v')),
				preset: x.get('preset') as boolean,
				pv: x.get('pv') === null ? null : Number(x.get('pv'))
			}));
		});
		// The older versions stay; the new preset went after the version someone saved.
		expect(versions.find((x) => x.v === preset.version)?.preset).toBe(true);
		expect(versions.find((x) => x.v === taken.version)?.preset).toBe(false);
		expect(versions.at(-1)).toEqual({ v: taken.version + 1, preset: true, pv: taken.version });
		expect(versions.filter((x) => x.pv === taken.version)).toHaveLength(1);
		expect((await getRubric(preset.id))!.minAssessedShare).toBe(preset.minAssessedShare);
	});

	it('lets an evaluator adapt a rubric for a call assigned to them, and that call’s ranking names it', async () => {
		const saved = await ok<{ saveRubric: { callId: string; version: number } }>(
			SAVE,
			{ i: input(`${u}-call`, { callId: CALL, basedOn: 'programmazione-2025-2027' }) },
			evaluator
		);
		expect(saved.saveRubric).toMatchObject({ callId: CALL, version: 1 });
		const call = await ok<{ call: { rubricId: string } }>(`{ call(id: "${CALL}") { rubricId } }`);
		expect(call.call.rubricId).toBe(`${u}-call`);

		// Not for a call they do not evaluate, nor a rubric every call uses, nor without a call.
		const other = await execute(
			SAVE,
			{ i: input(`${u}-other`, { callId: 'demo-call-2021' }) },
			evaluator
		);
		expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const preset = await execute(
			SAVE,
			{ i: input('programmazione-2025-2027', { callId: CALL }) },
			evaluator
		);
		expect(preset.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const global = await execute(SAVE, { i: input(`${u}-global`) }, evaluator);
		expect(global.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		await writeTx((tx) => tx.run(`MATCH (c:Call {id: $id}) REMOVE c.rubricId`, { id: CALL }));
	});
});
