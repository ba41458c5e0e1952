"""networkx's side of graphml.bench.ts: read or write a GraphML file, timed inside Python.

  python3 graphml_nx.py read FILE RUNS      -> JSON {"ms": [...], "cpuMs": [...], "nodes": n, "edges": m, "maxRssMb": x}
  python3 graphml_nx.py write FILE RUNS OUT -> same, timing nx.write_graphml of FILE's graph to OUT

Interpreter start-up and imports are outside the timings; peak RSS covers the whole process.
"""
import json
import resource
import sys
import time

import networkx as nx


def main():
    mode, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    times = []
    cpu_times = []
    graph = None
    if mode == "read":
        for _ in range(runs):
            graph = None
            cpu, start = time.process_time(), time.perf_counter()
            graph = nx.read_graphml(path)
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
    else:
        graph = nx.read_graphml(path)
        for _ in range(runs):
            cpu, start = time.process_time(), time.perf_counter()
            nx.write_graphml(graph, sys.argv[4])
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": times, "cpuMs": cpu_times, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "maxRssMb": rss_mb}))


main()
