"""Benchmark aid (not part of the app): the network metrics Trama computes with graphology, timed in
networkx (pure Python) and python-igraph (C core) on the same exported graph.

Usage: python bench/metrics.py GRAPH.json REPS [--skip-networkx]
GRAPH.json: {"nodes": ["id", ...], "edges": [["source", "target", weight], ...]}
Prints one JSON object: median wall time (ms) per library, total and per metric.
"""
import json
import statistics
import sys
import time


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - t0) * 1000


def load(path):
    with open(path) as f:
        g = json.load(f)
    # Same simple graph as Trama's buildGraph: undirected, parallel edges merged (weights add), no loops.
    weights = {}
    for s, t, w in g["edges"]:
        if s == t:
            continue
        w = w if isinstance(w, (int, float)) and w > 0 else 1
        key = (s, t) if s < t else (t, s)
        weights[key] = weights.get(key, 0) + w
    return sorted(g["nodes"]), weights


def run_networkx(nodes, weights):
    import networkx as nx
    from networkx.algorithms.community import louvain_communities

    times = {}
    g, times["build"] = timed(lambda: _nx_graph(nx, nodes, weights))
    _, times["degree"] = timed(lambda: dict(g.degree()))
    _, times["betweenness"] = timed(lambda: nx.betweenness_centrality(g, normalized=True, weight=None))
    _, times["closeness"] = timed(lambda: nx.closeness_centrality(g))

    def eig():
        try:
            return nx.eigenvector_centrality(g, max_iter=1000, weight="weight")
        except nx.PowerIterationFailedConvergence:
            return None

    _, times["eigenvector"] = timed(eig)
    _, times["louvain"] = timed(lambda: louvain_communities(g, weight="weight", seed=42))
    return times


def _nx_graph(nx, nodes, weights):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    return g


def run_igraph(nodes, weights):
    import igraph as ig

    times = {}

    def build():
        index = {n: i for i, n in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[s], index[t]) for (s, t) in weights], directed=False)
        g.es["weight"] = list(weights.values())
        return g

    g, times["build"] = timed(build)
    n = g.vcount()
    _, times["degree"] = timed(lambda: g.degree())

    def betweenness():
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return [b * scale for b in g.betweenness(directed=False)]

    _, times["betweenness"] = timed(betweenness)
    _, times["closeness"] = timed(lambda: g.closeness())
    _, times["eigenvector"] = timed(lambda: g.eigenvector_centrality(weights="weight", scale=True))
    _, times["louvain"] = timed(lambda: g.community_multilevel(weights="weight"))
    return times


def summarise(runs):
    keys = runs[0].keys()
    per_metric = {k: statistics.median(r[k] for r in runs) for k in keys}
    totals = [sum(r.values()) for r in runs]
    return {"medianMs": statistics.median(totals), "runsMs": totals, "perMetricMedianMs": per_metric}


def main():
    path, reps = sys.argv[1], int(sys.argv[2])
    skip_nx = "--skip-networkx" in sys.argv
    nodes, weights = load(path)
    out = {"nodes": len(nodes), "edges": len(weights), "reps": reps}
    import igraph
    import networkx

    out["versions"] = {"networkx": networkx.__version__, "igraph": igraph.__version__,
                       "python": sys.version.split()[0]}
    out["igraph"] = summarise([run_igraph(nodes, weights) for _ in range(reps)])
    if not skip_nx:
        out["networkx"] = summarise([run_networkx(nodes, weights) for _ in range(reps)])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
