/**
 * Where an app listening on `host`:`port` is reached. `local` is where the launcher itself asks it
 * (an app listening on every address answers on loopback); `url` is the address printed to the user
 * and the only one forms are accepted from (ORIGIN, when a proxy serves the app under a public name).
 * It names the address listened on, never "localhost": on machines where localhost resolves to ::1
 * first, a browser given it knocks where nothing listens.
 */
export function appAddresses(
	host: string,
	port: number,
	origin: string | undefined
): { local: string; url: string } {
	const reachable = ['0.0.0.0', '::'].includes(host)
		? '127.0.0.1'
		: host.includes(':')
			? `[${host}]`
			: host;
	const local = `http://${reachable}:${port}`;
	return { local, url: origin ?? local };
}
