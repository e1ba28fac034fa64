import { AppError } from '../errors';
import { SlidingWindowLimiter } from '../auth/rate-limit';

/**
 * Workshop codes are public secrets read off a projector: guessing them must not pay (issue 13:
 * 200 guesses in 1.9 s). Joining and the join page's lookup share these limits, per 10 minutes:
 * - per client address, 30 attempts that miss (a wrong code, or a workshop not open to joining).
 *   Attempts that find a workshop open to joining do not count, so a whole room behind one school
 *   or office address gets in. One address's attempts are judged one after another (check, look
 *   up, count), so parallel guesses cannot all slip past the check before any miss is counted;
 * - per code, 300 attempts of any outcome: a room is at most 200 (MAX_PARTICIPANTS), and a leaked
 *   or half-known code cannot be hammered.
 * The odds: codes are 8 characters out of 31 (31^8 ≈ 8.5·10^11). One address makes at most
 * 30 × 6 × 24 = 4,320 guesses a day; with 50 workshops open at once across Lombardy (a generous
 * bound) it finds one with probability 4,320 × 50 / 31^8 ≈ 2.5·10^-7 a day, a thousand addresses
 * about 2.5·10^-4. (With the 6 characters codes had before: 2.4·10^-4 for one address, about 0.2
 * for a thousand.) Counters live in this process, like the login limiter's.
 */
export const JOIN_LIMITS = { missesPerAddress: 30, attemptsPerCode: 300, windowMs: 10 * 60_000 };

export class JoinLimiter {
	readonly perAddress: SlidingWindowLimiter;
	readonly perCode: SlidingWindowLimiter;
	/** The attempt of each address being judged now: the next one waits for it. */
	private readonly turns = new Map<string, Promise<unknown>>();

	constructor(now: () => number = Date.now, limits = JOIN_LIMITS) {
		this.perAddress = new SlidingWindowLimiter(limits.missesPerAddress, limits.windowMs, now);
		this.perCode = new SlidingWindowLimiter(limits.attemptsPerCode, limits.windowMs, now);
	}

	/**
	 * Judges one attempt at `code` from `address` (unknown: one shared bucket): RATE_LIMITED over the
	 * limits, else `lookup`'s answer, a miss when null.
	 */
	attempt<T>(
		address: string | null,
		code: string,
		lookup: () => Promise<T | null>
	): Promise<T | null> {
		const who = address || 'unknown';
		const turn = (this.turns.get(who) ?? Promise.resolve()).then(async () => {
			const wait = Math.max(this.perAddress.retryAfter(who), this.perCode.retryAfter(code));
			if (wait > 0) {
				const minutes = Math.ceil(wait / 60_000);
				throw new AppError(
					'RATE_LIMITED',
					`Troppi tentativi con codici di laboratorio: riprova tra ${minutes} min / too many workshop code attempts: retry in ${minutes} min`
				);
			}
			this.perCode.record(code);
			const found = await lookup();
			if (found === null) this.perAddress.record(who);
			return found;
		});
		const settled = turn.catch(() => undefined);
		this.turns.set(who, settled);
		void settled.then(() => {
			if (this.turns.get(who) === settled) this.turns.delete(who);
		});
		return turn;
	}
}

/** The app's one join limiter. */
export const joinLimiter = new JoinLimiter();
