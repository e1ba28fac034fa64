import { ping, serverVersion } from '../../db/driver';
import { builder } from '../builder';

interface Health {
	ok: boolean;
	neo4jVersion: string;
}

const HealthRef = builder.objectRef<Health>('Health').implement({
	description: 'Stato del servizio / service health',
	fields: (t) => ({
		ok: t.exposeBoolean('ok'),
		neo4jVersion: t.exposeString('neo4jVersion')
	})
});

builder.queryField('health', (t) =>
	t.field({
		type: HealthRef,
		resolve: async () => {
			await ping();
			return { ok: true, neo4jVersion: serverVersion() };
		}
	})
);
