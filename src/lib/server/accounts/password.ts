import {
	randomBytes,
	scrypt as scryptCallback,
	timingSafeEqual,
	type ScryptOptions
} from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in node:crypto: no native module). The stored string
 * names its version and parameters, so stronger parameters later still verify older hashes:
 *   scrypt$1$N=32768,r=8,p=1$<salt base64>$<key base64>
 */
export const PASSWORD_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** Bounds on what we hash: a megabyte "password" must not cost a megabyte of scrypt input. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

function scrypt(
	password: string,
	salt: Buffer,
	keyLength: number,
	options: ScryptOptions
): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scryptCallback(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

// scrypt needs 128 · N · r bytes; node's default maxmem (32 MiB) is exactly that for N=2^15, r=8.
const maxmem = (N: number, r: number) => 128 * N * r * 2;

export async function hashPassword(password: string): Promise<string> {
	const { N, r, p, keyLength, saltLength } = PASSWORD_PARAMS;
	const salt = randomBytes(saltLength);
	const key = await scrypt(password, salt, keyLength, { N, r, p, maxmem: maxmem(N, r) });
	return `scrypt$1$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

const HASH_PATTERN = /^scrypt\$1\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** True when `password` matches `stored`; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const m = HASH_PATTERN.exec(stored);
	if (!m || password.length > PASSWORD_MAX) return false;
	const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
	// Refuse absurd parameters from a tampered row rather than allocate gigabytes.
	if (N < 2 ** 10 || N > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
	const salt = Buffer.from(m[4]!, 'base64');
	const expected = Buffer.from(m[5]!, 'base64');
	const key = await scrypt(password, salt, expected.length, { N, r, p, maxmem: maxmem(N, r) });
	return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when the hash was made with weaker parameters than today's: rehash at the next login. */
export function needsRehash(stored: string): boolean {
	const m = HASH_PATTERN.exec(stored);
	return !m || Number(m[1]) < PASSWORD_PARAMS.N || Number(m[2]) < PASSWORD_PARAMS.r;
}

/** A readable random password for first logins and resets (about 120 bits). */
export function generatePassword(): string {
	const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(24);
	let out = '';
	for (let i = 0; i < 24; i++) {
		out += alphabet[bytes[i]! % alphabet.length];
		if (i % 6 === 5 && i < 23) out += '-';
	}
	return out;
}

/** Problems with a new password, bilingual; empty when acceptable. */
export function passwordProblems(password: unknown): string[] {
	if (typeof password !== 'string') return ['obbligatoria / required'];
	const problems: string[] = [];
	if ([...password].length < PASSWORD_MIN)
		problems.push(`almeno ${PASSWORD_MIN} caratteri / at least ${PASSWORD_MIN} characters`);
	if (password.length > PASSWORD_MAX)
		problems.push(`al massimo ${PASSWORD_MAX} caratteri / at most ${PASSWORD_MAX} characters`);
	// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
	if (/[\u0000-\u001F\u007F]/.test(password))
		problems.push('caratteri di controllo non ammessi / control characters not allowed');
	if (password.length >= PASSWORD_MIN && new Set(password).size < 5)
		problems.push('troppo ripetitiva / too repetitive');
	return problems;
}
