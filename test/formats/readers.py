"""Outside readers for Relata's exports, used by test/formats: each prints what it read as JSON.

  csv FLAVOR NODES EDGES      Python's csv module reads the node and edge lists; networkx builds the graph.
  neo4j DIR                   the entity and relation CSVs, read as neo4j-admin would (header types applied).
  rdflib FILE                 rdflib parses the Turtle (reification); SPARQL counts entities by type.
"""
import csv
import json
import sys

COLUMNS = {
    "gephi": {"id": "Id", "source": "Source", "target": "Target"},
    "cytoscape": {"id": "name", "source": "source", "target": "target"},
    "kumu": {"id": "ID", "source": "From", "target": "To"},
}


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_csv(flavor, nodes_path, edges_path):
    import networkx as nx

    cols = COLUMNS[flavor]
    g = nx.MultiDiGraph()
    for row in rows(nodes_path):
        g.add_node(row[cols["id"]], **row)
    lone = []
    for row in rows(edges_path):
        if row[cols["target"]] == "":
            lone.append(row[cols["source"]])
            continue
        g.add_edge(row[cols["source"]], row[cols["target"]], **row)
    json.dump(
        {
            "nodes": {n: a for n, a in g.nodes(data=True)},
            "edges": [{"source": u, "target": v, "attrs": a} for u, v, a in g.edges(data=True)],
            "lone": lone,
            "headers": {"nodes": list(rows(nodes_path)[0].keys()), "edges": list(rows(edges_path)[0].keys())},
        },
        sys.stdout,
        ensure_ascii=False,
    )


def read_neo4j(folder):
    """Splits each header into name, type and id space, and converts every field as its type says."""

    def field(header):
        name, _, kind = header.partition(":")
        space = None
        if "(" in kind:
            kind, _, space = kind.partition("(")
            space = space.rstrip(")")
        return name, kind, space

    def read(path):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            headers = next(reader)
            return headers, [dict(zip(headers, r)) for r in reader]

    out = {}
    for name in ("entities", "relations"):
        headers, records = read(f"{folder}/{name}.csv")
        out[name] = {"headers": [field(h) for h in headers], "rows": records}
    json.dump(out, sys.stdout, ensure_ascii=False)


def read_rdflib(path):
    import rdflib

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    counts = g.query(
        """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rel: <urn:relata:ns:>
        SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf rel:Entity } GROUP BY ?type"""
    )
    statements = g.query(
        """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rel: <urn:relata:ns:> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?key ?s ?p ?o ?conf ?label WHERE { ?r a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rel:edgeKey ?key .
        OPTIONAL { ?r rel:confidence ?conf } OPTIONAL { ?r rdfs:label ?label } }"""
    )
    labels = g.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rel: <urn:relata:ns:> SELECT ?e ?l WHERE { ?e rdfs:label ?l ; rel:mentions ?m }")
    json.dump(
        {
            "triples": len(g),
            "types": {str(t): int(n) for t, n in counts},
            "statements": [
                {"key": str(k), "s": str(s), "p": str(p), "o": str(o), "confidence": None if c is None else float(c), "label": None if l is None else str(l)}
                for k, s, p, o, c, l in statements
            ],
            "asserted": [[str(s), str(p), str(o)] for s, p, o in g if not str(p).startswith("http://www.w3.org/") and str(p).startswith("urn:relata:ns:relation:")],
            "labels": {str(e): str(l) for e, l in labels},
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "csv":
        read_csv(*sys.argv[2:5])
    elif command == "neo4j":
        read_neo4j(sys.argv[2])
    else:
        read_rdflib(sys.argv[2])
