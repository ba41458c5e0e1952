/** The `.relata` project file: JSON with a schema version. */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SourceDocument } from '../graph/schema';

export const PROJECT_FORMAT = 'relata-project';
export const PROJECT_VERSION = 1;

export interface ViewSettings {
  camera?: { x: number; y: number; ratio: number; angle: number };
  colorBy?: 'type' | 'community' | 'document';
  sizeBy?: 'degree' | 'pagerank' | 'mentions';
  /** What edge colour and width show; 'none' draws every edge alike. */
  edgesBy?: 'weight' | 'confidence' | 'none';
  theme?: 'light' | 'dark';
  [extra: string]: unknown;
}

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  documents: SourceDocument[];
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  view: ViewSettings;
}
