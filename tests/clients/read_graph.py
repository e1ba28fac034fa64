"""Opens a graph export in a real client and prints what that client sees, as JSON.

Usage: read_graph.py CLIENT FORMAT FILE [NODE_ID,...] [EDGE_ID,...]
CLIENT: networkx | igraph; FORMAT: gexf | graphml (igraph reads GraphML only).
Prints: directed, node and edge counts, edges per `relation`, and the attributes the client
read for the named nodes and edges (edges by their `id` attribute; the first one found).
"""
import json
import math
import sys


def clean(attributes):
    # igraph fills absent values with "" (strings) or NaN (numbers): absent, as networkx says.
    return {
        k: v
        for k, v in attributes.items()
        if v is not None and v != "" and not (isinstance(v, float) and math.isnan(v))
    }


def read(client, fmt, path):
    if client == "networkx":
        import networkx as nx

        g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
        nodes = {str(n): clean(d) for n, d in g.nodes(data=True)}
        edges = [dict(clean(d), _source=str(u), _target=str(v)) for u, v, d in g.edges(data=True)]
        return g.is_directed(), nodes, edges
    if client == "igraph" and fmt == "graphml":
        import igraph as ig

        g = ig.Graph.Read_GraphML(path)
        nodes = {v["id"]: clean(v.attributes()) for v in g.vs}
        edges = [
            dict(clean(e.attributes()), _source=g.vs[e.source]["id"], _target=g.vs[e.target]["id"])
            for e in g.es
        ]
        return g.is_directed(), nodes, edges
    raise SystemExit(f"unsupported: {client} {fmt}")


def main():
    client, fmt, path = sys.argv[1:4]
    node_ids = [i for i in (sys.argv[4] if len(sys.argv) > 4 else "").split(",") if i]
    edge_ids = [i for i in (sys.argv[5] if len(sys.argv) > 5 else "").split(",") if i]
    directed, nodes, edges = read(client, fmt, path)
    relations = {}
    for e in edges:
        relations[e.get("relation", "?")] = relations.get(e.get("relation", "?"), 0) + 1
    by_id = {}
    for e in edges:
        # GraphML carries the id as `edgeId` data (igraph drops XML edge ids); GEXF as `id`.
        by_id.setdefault(e.get("edgeId", e.get("id")), e)
    print(
        json.dumps(
            {
                "directed": directed,
                "nodes": len(nodes),
                "edges": len(edges),
                "relations": relations,
                "categories": {
                    c: sum(1 for n in nodes.values() if n.get("category") == c)
                    for c in {n.get("category") for n in nodes.values()}
                },
                "node": {i: nodes.get(i) for i in node_ids},
                "edge": {i: by_id.get(i) for i in edge_ids},
            },
            ensure_ascii=False,
        )
    )


main()
