import { describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate';

describe('schema migrations', () => {
	it('are numbered, ordered and made only of idempotent statements', async () => {
		const migrations = await loadMigrations();
		expect(migrations.length).toBeGreaterThan(0);
		expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
		for (const m of migrations) {
			expect(m.statements.length).toBeGreaterThan(0);
			for (const s of m.statements) expect(s).toMatch(/IF NOT EXISTS/);
		}
	});
});
