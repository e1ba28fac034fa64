import topologyUrl from './data/comuni-lombardia.topo.json?url';
import type { ComuniTopology } from './topology';

/**
 * The Comuni's boundaries as the browser downloads them: a file Vite emits with a content hash
 * (/_app/immutable/assets/…), so it is cached for good and precompressed (gzip, brotli) by the
 * Node adapter. Pages load it once and pass it to GeoMap.
 */
export const COMUNI_TOPOLOGY_URL: string = topologyUrl;

export async function loadComuniTopology(fetcher: typeof fetch = fetch): Promise<ComuniTopology> {
	const response = await fetcher(COMUNI_TOPOLOGY_URL);
	if (!response.ok) throw new Error(`confini dei Comuni non disponibili (${response.status})`);
	return (await response.json()) as ComuniTopology;
}
