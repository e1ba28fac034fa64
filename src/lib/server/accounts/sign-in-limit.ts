import { normalizeEmail } from './user-queries';
import { pruneAttempts, reserveAttempts, settleAttempts } from '../db/rate-limits';

/** The answer to "may this sign-in attempt go ahead?". */
export type LoginReservation =
	{ allowed: true; at: number } | { allowed: false; retryAfterMs: number };

/**
 * Sign-in attempts: 5 per IP and email in 15 minutes, and 50 per IP (many emails from one address).
 * Counted in Neo4j, so the limits hold across every app process. An attempt is reserved *before* the
 * password is checked: 25 guesses sent at once share the same 5 slots, and the other 20 are refused
 * unchecked. A failed attempt keeps its slot for the window; a success clears the IP+email count and
 * gives its IP slot back (the IP limit counts failures, not colleagues signing in behind one NAT).
 */
export class LoginRateLimiter {
	readonly perAccount: number;
	readonly perIp: number;
	readonly windowMs: number;
	private lastPrune = 0;

	constructor(
		/** Tests pass a clock; otherwise the database's clock is used. */
		private readonly now?: () => number,
		{ perAccount = 5, perIp = 50, windowMs = 15 * 60_000 } = {}
	) {
		this.perAccount = perAccount;
		this.perIp = perIp;
		this.windowMs = windowMs;
	}

	private static keys(ip: string, email: string) {
		return { account: `login:${ip}|${normalizeEmail(email)}`, ip: `login-ip:${ip}` };
	}

	/** Takes one attempt for this IP and email, or says how long to wait (nothing taken then). */
	async reserve(ip: string, email: string): Promise<LoginReservation> {
		const keys = LoginRateLimiter.keys(ip, email);
		const at = this.now?.();
		const reservation = await reserveAttempts(
			[
				{ key: keys.account, max: this.perAccount, windowMs: this.windowMs },
				{ key: keys.ip, max: this.perIp, windowMs: this.windowMs }
			],
			at
		);
		// Expired buckets go at most once a minute per process, off the request's path.
		const clockNow = Date.now();
		if (clockNow - this.lastPrune > 60_000) {
			this.lastPrune = clockNow;
			pruneAttempts(at).catch((error: unknown) =>
				console.error('Pulizia dei limiti di accesso / pruning sign-in limits:', error)
			);
		}
		return reservation;
	}

	/** The reserved attempt signed in. (A failed one needs no call: its reservation is the record.) */
	async succeeded(ip: string, email: string, reservation: { at: number }): Promise<void> {
		const keys = LoginRateLimiter.keys(ip, email);
		await settleAttempts(reservation.at, { clear: [keys.account], release: [keys.ip] });
	}
}

/** The app's one login limiter. */
export const loginLimiter = new LoginRateLimiter();
