/** Every edit a person can make to the knowledge graph, as undoable commands, and the history that runs them. */
export type { Command } from './command';
export { History } from './history';
export { SetNodeAttributesCommand, SetEdgeAttributesCommand, RenameNodeCommand, RetypeNodeCommand, annotateNode, annotateEdge, type Annotation } from './attributes';
export { AddNodeCommand, AddEdgeCommand, manualNodeAttributes, type NewNode, type NewEdge } from './add';
export { DeleteCommand, type DeleteSelection } from './delete';
export { ReverseEdgeCommand } from './reverse-edge';
export { MergeNodesCommand, combineParallelEdges } from './merge';
export { SetPositionsCommand, MoveNodesCommand, SetPinnedCommand, type Point, type Positions } from './positions';
export { SetHiddenCommand } from './visibility';
export { AddDocumentsCommand, type AddDocumentsSummary } from './add-documents';
export { DELETED_ATTRIBUTE } from './tombstones';
