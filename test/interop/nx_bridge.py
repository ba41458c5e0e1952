"""networkx side of the interop tests: `read FILE` dumps what networkx sees as JSON; `write SPEC OUT` writes GraphML."""
import json
import sys

import networkx as nx


def typed(attrs):
    return {k: [v, type(v).__name__] for k, v in attrs.items()}


def read(path):
    g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
    out = {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": typed(g.graph),
        "nodes": {n: typed(a) for n, a in g.nodes(data=True)},
        "edges": [],
    }
    if g.is_multigraph():
        for u, v, k, a in g.edges(keys=True, data=True):
            out["edges"].append({"source": u, "target": v, "id": a.get("id", k), "attrs": typed(a)})
    else:
        for u, v, a in g.edges(data=True):
            out["edges"].append({"source": u, "target": v, "id": a.get("id"), "attrs": typed(a)})
    json.dump(out, sys.stdout, ensure_ascii=False)


def write(spec_path, out_path):
    """Builds a graph from a JSON spec and lets networkx write it, as another tool would."""
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    g = nx.MultiDiGraph() if spec.get("directed", True) else nx.MultiGraph()
    for n, a in spec["nodes"].items():
        g.add_node(n, **a)
    for e in spec["edges"]:
        g.add_edge(e["source"], e["target"], key=e.get("key"), **e["attrs"])
    nx.write_graphml(g, out_path, infer_numeric_types=spec.get("infer", False))


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        write(sys.argv[2], sys.argv[3])
