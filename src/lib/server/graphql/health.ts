import { probeDatabase, serverVersion } from '../db/driver';
import { builder } from './builder';
import { PUBLIC, rule } from '../auth/rules';

interface Health {
	ok: boolean;
	reason: string | null;
	neo4jVersion: string;
}

const HealthRef = builder.objectRef<Health>('Health').implement({
	description: 'Stato del servizio / service health',
	fields: (t) => ({
		ok: t.exposeBoolean('ok'),
		reason: t.exposeString('reason', {
			nullable: true,
			description:
				'Perché il servizio non è in ordine (null se lo è) / why the service is not fine (null when it is)'
		}),
		neo4jVersion: t.exposeString('neo4jVersion')
	})
});

/** Answers within a second or so even while the database is down: for probes and the launcher. */
builder.queryField('health', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: HealthRef,
		resolve: async () => {
			const database = await probeDatabase();
			return {
				ok: database.ok,
				reason: database.ok ? null : database.reason,
				neo4jVersion: serverVersion()
			};
		}
	})
);
