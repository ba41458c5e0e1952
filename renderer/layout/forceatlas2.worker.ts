/**
 * ForceAtlas2 for the live layout (forceatlas2.ts): the settings and edges come with the first message,
 * then each message brings the node matrix back for one more iteration, as graphology's own worker does.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface ForceAtlas2Step {
  nodes: ArrayBuffer;
  /** With the first step only. */
  edges?: ArrayBuffer;
  settings?: ForceAtlas2Settings;
}

let edges = new Float32Array(0);
let settings: ForceAtlas2Settings = {};

self.onmessage = (event: MessageEvent<ForceAtlas2Step>) => {
  if (event.data.edges) edges = new Float32Array(event.data.edges);
  if (event.data.settings) settings = event.data.settings;
  const nodes = new Float32Array(event.data.nodes);
  iterate(settings, nodes, edges);
  self.postMessage(nodes.buffer, { transfer: [nodes.buffer] });
};
