import { randomUUID } from 'node:crypto';
import { expect, inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { hashPassword } from '../../src/lib/server/accounts/password';
import type { UserRoleId } from '../../src/lib/server/auth/user-roles';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { createUser } from '../../src/lib/server/accounts/user-queries';

export interface TestAccount {
	email: string;
	password: string;
}

/** Creates an account straight in the test Neo4j (no admin UI needed). */
export async function createTestAccount(
	roles: UserRoleId[],
	ambitoIds: string[] = [],
	callIds: string[] = [],
	/** A temporary password, as an administrator gives: changed at the first sign-in. */
	mustChangePassword = false
): Promise<TestAccount> {
	const email = `browser-${randomUUID().slice(0, 8)}@trama.test`;
	const password = `Prova-${randomUUID()}`;
	await connect({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
	try {
		const user = await createUser(
			{
				email,
				name: `Browser ${roles.join(' ')}`,
				roles,
				ambitoIds,
				callIds,
				passwordHash: await hashPassword(password),
				mustChangePassword
			},
			'tests'
		);
		if (!user) throw new Error(`could not create ${email}`);
	} finally {
		await closeDriver();
	}
	return { email, password };
}

/** A browser context signed in through the real /accesso form. */
export async function signedInContext(
	browser: Browser,
	account: TestAccount,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(`${inject('appUrl')}/accesso`);
	await page.locator('input[name="email"]').fill(account.email);
	await page.locator('input[name="password"]').fill(account.password);
	await page.locator('form.login button[type="submit"]').click();
	try {
		await page.waitForURL((url) => !url.pathname.startsWith('/accesso'), { timeout: 60_000 });
	} catch (error) {
		// Say why the sign-in failed (wrong password, rate limit, …) instead of a bare timeout.
		const alert = await page
			.locator('[role="alert"]')
			.allInnerTexts()
			.catch(() => []);
		throw new Error(
			`sign-in of ${account.email} failed at ${page.url()}: ${alert.join(' ') || String(error)}`
		);
	}
	await page.close();
	return context;
}

export interface FormAnswer {
	status: number;
	location: string | null;
	body: string;
	/** `name=value` of the cookie set, '' when none. */
	cookie: string;
}

/** A form posted to the app as a browser without scripts posts it (same origin); the body is read. */
export async function postForm(
	base: string,
	path: string,
	fields: Record<string, string>
): Promise<FormAnswer> {
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});
	const body = await response.text();
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
	return { status: response.status, location: response.headers.get('location'), body, cookie };
}

/** GraphQL as a signed-in user, the way the app's pages call it (CSRF header, same origin). */
export async function graphqlAs<T>(
	context: BrowserContext,
	query: string,
	variables: Record<string, unknown> = {}
): Promise<T> {
	const url = inject('appUrl');
	const response = await context.request.post(`${url}/graphql`, {
		headers: { 'content-type': 'application/json', 'x-trama-csrf': '1', origin: url },
		data: { query, variables }
	});
	const body = (await response.json()) as { data?: T; errors?: unknown[] };
	expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
	return body.data!;
}
