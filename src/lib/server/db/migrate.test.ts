import { describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate';

describe('schema migrations', () => {
	it('are numbered, ordered and made only of idempotent statements', async () => {
		const migrations = await loadMigrations();
		expect(migrations.length).toBeGreaterThan(0);
		expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
		for (const m of migrations) {
			expect(m.statements.length).toBeGreaterThan(0);
			for (const s of m.statements) {
				// Schema statements say so; a data statement touches only what it has not done yet
				// (WHERE NOT …, or WHERE … IS NULL for the property it sets).
				if (/^CREATE\s+(\w+\s+)?(CONSTRAINT|INDEX)\b/i.test(s)) expect(s).toMatch(/IF NOT EXISTS/);
				else if (/^DROP\s+(CONSTRAINT|INDEX)\b/i.test(s)) expect(s).toMatch(/IF EXISTS/);
				else
					expect(s, `${m.id}: ${s.slice(0, 60)}`).toMatch(
						/\bWHERE NOT\b|\bWHERE\b[^;]*\bIS NULL\b/
					);
			}
		}
	});
});
