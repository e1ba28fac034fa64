import topologyUrl from './data/comuni-lombardia.topo.json?url';
import type { ComuniTopology } from './topology';

/**
 * The Comuni's boundaries as the browser downloads them: a file Vite emits with a content hash
 * (/_app/immutable/assets/…), so it is cached for good and precompressed (gzip, brotli) by the
 * Node adapter. Pages load it once and pass it to GeoMap.
 */
export const COMUNI_TOPOLOGY_URL: string = topologyUrl;

/** The one parsed asset of this page's life: GeoMap's projected paths are cached by this object. */
let loaded: Promise<ComuniTopology> | null = null;

export function loadComuniTopology(): Promise<ComuniTopology> {
	if (loaded) return loaded;
	const download = fetch(COMUNI_TOPOLOGY_URL).then((response) => {
		if (!response.ok) throw new Error(`confini dei Comuni non disponibili (${response.status})`);
		return response.json() as Promise<ComuniTopology>;
	});
	// a failed download is tried again next time
	download.catch(() => (loaded = null));
	return (loaded = download);
}
