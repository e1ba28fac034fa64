import { describe, expect, it } from 'vitest';
import {
	generatePassword,
	hashPassword,
	needsRehash,
	passwordProblems,
	verifyPassword
} from './password';

describe('password hashing (scrypt)', () => {
	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(hash).toMatch(/^scrypt\$1\$N=32768,r=8,p=1\$/);
		expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
		expect(await verifyPassword('correct horse battery stapLe', hash)).toBe(false);
		expect(await verifyPassword('', hash)).toBe(false);
	});

	it('salts every hash: the same password gives different strings', async () => {
		const [a, b] = await Promise.all([
			hashPassword('the same password'),
			hashPassword('the same password')
		]);
		expect(a).not.toBe(b);
		expect(await verifyPassword('the same password', a)).toBe(true);
		expect(await verifyPassword('the same password', b)).toBe(true);
	});

	it('refuses tampered or foreign hash strings without throwing', async () => {
		const hash = await hashPassword('another password!');
		expect(await verifyPassword('another password!', hash.replace('scrypt$1', 'scrypt$2'))).toBe(
			false
		);
		expect(await verifyPassword('another password!', hash.replace('N=32768', 'N=1073741824'))).toBe(
			false
		);
		expect(await verifyPassword('x', 'plaintext')).toBe(false);
		expect(await verifyPassword('x'.repeat(10_000), hash)).toBe(false);
	});

	it('asks for a rehash of weaker parameters only', async () => {
		expect(needsRehash(await hashPassword('a fine password'))).toBe(false);
		expect(needsRehash('scrypt$1$N=16384,r=8,p=1$AAAA$AAAA')).toBe(true);
	});

	it('generates strong passwords that pass the policy; the policy refuses weak ones', () => {
		const a = generatePassword();
		expect(a).not.toBe(generatePassword());
		expect(passwordProblems(a)).toEqual([]);
		expect(passwordProblems('short')).not.toEqual([]);
		expect(passwordProblems('aaaaaaaaaaaaaaaa')).not.toEqual([]);
		expect(passwordProblems('x'.repeat(300) + 'abcdef')).not.toEqual([]);
		expect(passwordProblems('good password\u0000x')).not.toEqual([]);
		expect(passwordProblems(undefined)).not.toEqual([]);
	});
});
