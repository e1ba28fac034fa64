import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readTx, runSchemaStatement, writeTx } from './driver';

const schemaDir = fileURLToPath(new URL('../../../../graph/schema/', import.meta.url));

export interface Migration {
	id: string;
	checksum: string;
	statements: string[];
}

/** Numbered `graph/schema/NNN_name.cypher` files, in order; statements end with `;`. */
export async function loadMigrations(dir = schemaDir): Promise<Migration[]> {
	const files = (await readdir(dir)).filter((f) => /^\d{3}_.+\.cypher$/.test(f)).sort();
	return Promise.all(
		files.map(async (file) => {
			const text = await readFile(dir + file, 'utf8');
			const statements = text
				.split('\n')
				.filter((line) => !line.trim().startsWith('//'))
				.join('\n')
				.split(';')
				.map((s) => s.trim())
				.filter(Boolean);
			return {
				id: file.replace(/\.cypher$/, ''),
				checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
				statements
			};
		})
	);
}

/**
 * Applies the migrations not yet recorded in the database. Statements are idempotent
 * (IF NOT EXISTS), so a migration interrupted half-way is simply applied again.
 */
export async function migrate(onProgress: (message: string) => void = () => {}): Promise<string[]> {
	await runSchemaStatement(
		'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE'
	);
	const applied = new Set(
		await readTx(async (tx) => {
			const result = await tx.run('MATCH (m:SchemaMigration) RETURN m.id AS id');
			return result.records.map((r) => r.get('id') as string);
		})
	);
	const done: string[] = [];
	for (const migration of await loadMigrations()) {
		if (applied.has(migration.id)) continue;
		onProgress(`schema: ${migration.id}`);
		for (const statement of migration.statements) await runSchemaStatement(statement);
		await writeTx((tx) =>
			tx.run(
				'CREATE (:SchemaMigration {id: $id, checksum: $checksum, appliedAt: datetime()})',
				migration
			)
		);
		done.push(migration.id);
	}
	if (done.length) await runSchemaStatement('CALL db.awaitIndexes(120)');
	return done;
}
