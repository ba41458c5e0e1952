/**
 * What a file format is to Relata: one declaration per format (collection.ts) says how it is named,
 * which files it reads and writes, and which choices a person makes when exporting. The menu, the
 * toolbar, the Open dialog, the drop handler and the CLI's `convert` all read the same declarations,
 * as Gephi Lite's layouts are read from one collection.
 */
import type { KnowledgeGraph, SourceDocument } from '../graph/schema';
import type { ViewSettings } from '../project/types';

export type FormatId = 'relata' | 'graphml' | 'gexf' | 'csv' | 'neo4j' | 'turtle' | 'graphology' | 'png' | 'svg';

/** A choice among named values, e.g. the target tool of a GraphML file. */
export interface ChoiceParameter {
  id: string;
  label: string;
  type: 'choice';
  options: ReadonlyArray<{ value: string; label: string }>;
  defaultValue: string;
}

/** A number in a range, e.g. the scale of a PNG. */
export interface NumberParameter {
  id: string;
  label: string;
  type: 'number';
  min: number;
  max: number;
  step: number;
  defaultValue: number;
}

/** A line of text, e.g. the base of the IRIs an RDF export mints. */
export interface TextParameter {
  id: string;
  label: string;
  type: 'text';
  defaultValue: string;
  /** What a valid value looks like, checked before writing. */
  pattern: RegExp;
  hint: string;
}

export type FormatParameter = ChoiceParameter | NumberParameter | TextParameter;

/** The values of a format's parameters, by parameter id. */
export type FormatSettings = Record<string, string | number>;

/** One file a writer produced. Several files travel together as a folder or a .zip (bundle.ts). */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
  mimeType: string;
}

/** What reading a file gives: a graph, and for a project also its documents and view. */
export interface ReadResult {
  graph: KnowledgeGraph;
  documents: SourceDocument[];
  view?: ViewSettings;
  /** False when the file gave no node a position (the app lays such a graph out). */
  positioned: boolean;
  /** What was repaired so the file fits the model, one line per kind (see ../project/repairs.ts), to tell the person. */
  repairs: string[];
}

/** What a writer knows besides the graph. */
export interface WriteContext {
  /** The file name to build output names from, without extension ("karate"). */
  baseName: string;
  /** Documents of the project (only a project file stores them). */
  documents: readonly SourceDocument[];
}

export interface FileFormat {
  id: FormatId;
  /** Menu and dialog name: "GraphML". */
  label: string;
  /** One sentence for the export dialog and `convert --help`: what it is for. */
  description: string;
  /** Lower-case extensions with the dot, the usual one first. */
  extensions: readonly string[];
  mimeType: string;
  /** A project opens as the project; a graph opens as a new project holding it. */
  opensAs?: 'project' | 'graph';
  /** Reads one file of this format. Throws InputError with a message a person can act on. */
  read?(text: string): ReadResult;
  /** True when `text` is this format (first characters, root element): decides for files whose extension says nothing. */
  sniff?(head: string): boolean;
  /** Writes the graph as one or more files; absent for formats only the app can draw (PNG). */
  write?(graph: KnowledgeGraph, settings: FormatSettings, context: WriteContext): OutputFile[];
  /** Pictures are drawn by the app from what is on screen (the CLI draws SVG from stored positions). */
  picture?: boolean;
  /** Choices made when exporting, with defaults. */
  parameters: readonly FormatParameter[];
}

/** Which part of the graph an export holds. */
export type ExportScope = 'graph' | 'filtered' | 'selection' | 'view';
