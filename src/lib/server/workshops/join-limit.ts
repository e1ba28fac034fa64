import { AppError } from '../errors';
import { reserveAttempts } from '../db/rate-limits';

/**
 * Workshop codes are public secrets read off a projector: guessing them must not pay (issue 13:
 * 200 guesses in 1.9 s). Joining and the join page's lookup share these limits, per 10 minutes:
 * - per client address, 30 attempts that miss (a wrong code, or a workshop not open to joining).
 *   Attempts that find a workshop open to joining do not count (but need the address to be under
 *   its limit), so a whole room behind one school or office address gets in;
 * - per code, 300 attempts of any outcome: a room is at most 200 (MAX_PARTICIPANTS), and a leaked
 *   or half-known code cannot be hammered.
 * The counts live in Neo4j (db/rate-limits.ts), like the sign-in limits, so they hold across every
 * app process; each attempt is judged by one atomic statement, so parallel guesses cannot slip past.
 * The odds: codes are 8 characters out of 31 (31^8 ≈ 8.5·10^11). One address makes at most
 * 30 × 6 × 24 = 4,320 guesses a day; with 50 workshops open at once across Lombardy (a generous
 * bound) it finds one with probability 4,320 × 50 / 31^8 ≈ 2.5·10^-7 a day, a thousand addresses
 * about 2.5·10^-4. (With the 6 characters codes had before: 2.4·10^-4 for one address, about 0.2
 * for a thousand.)
 */
export const JOIN_LIMITS = { missesPerAddress: 30, attemptsPerCode: 300, windowMs: 10 * 60_000 };

export class JoinLimiter {
	constructor(
		/** Tests pass a clock; otherwise the database's clock is used. */
		private readonly now?: () => number,
		private readonly limits = JOIN_LIMITS
	) {}

	/**
	 * Judges one attempt at `code` from `address` (unknown: one shared bucket): `lookup` runs first
	 * (one indexed read, whatever the code), then RATE_LIMITED over the limits, else its answer, a
	 * miss when null.
	 */
	async attempt<T>(
		address: string | null,
		code: string,
		lookup: () => Promise<T | null>
	): Promise<T | null> {
		const found = await lookup();
		const { missesPerAddress, attemptsPerCode, windowMs } = this.limits;
		const reservation = await reserveAttempts(
			[
				{ key: `join-code:${code}`, max: attemptsPerCode, windowMs },
				{
					key: `join-ip:${address || 'unknown'}`,
					max: missesPerAddress,
					windowMs,
					record: found === null
				}
			],
			this.now?.()
		);
		if (!reservation.allowed) {
			const minutes = Math.ceil(reservation.retryAfterMs / 60_000);
			throw new AppError(
				'RATE_LIMITED',
				`Troppi tentativi con codici di laboratorio: riprova tra ${minutes} min / too many workshop code attempts: retry in ${minutes} min`
			);
		}
		return found;
	}
}

/** The app's one join limiter. */
export const joinLimiter = new JoinLimiter();
