/**
 * One ForceAtlas2 iteration with Barnes-Hut repulsion, computing exactly what
 * graphology-layout-forceatlas2's iterate computes for the settings the initial layout uses (linear
 * attraction and repulsion, no size adjustment, no outbound distribution), on the same matrices, in
 * the same order of float operations. Its own so that the repulsion, three quarters of an iteration
 * and read-only but for each node's own force, can be split by nodes over two threads: each node's
 * force is still summed in the same order, so the layout is the same to the bit. The repulsion sums
 * into an array of forces apart from the matrix, as float32 as the matrix's dx and dy: summed there, a
 * thread's writes would keep taking from the other thread's cache the positions it reads.
 */
import { EDGE_STRIDE as PPE, NODE_STRIDE as PPN } from './fa2-matrices';

/** Floats per region of the tree. */
const PPR = 9;

const NODE_X = 0, NODE_Y = 1, NODE_DX = 2, NODE_DY = 3, NODE_OLD_DX = 4, NODE_OLD_DY = 5, NODE_MASS = 6, NODE_CONVERGENCE = 7, NODE_FIXED = 9;
const REGION_NODE = 0, REGION_CENTER_X = 1, REGION_CENTER_Y = 2, REGION_SIZE = 3, REGION_NEXT_SIBLING = 4, REGION_FIRST_CHILD = 5, REGION_MASS = 6, REGION_MASS_CENTER_X = 7, REGION_MASS_CENTER_Y = 8;
const SUBDIVISION_ATTEMPTS = 3;

export interface BarnesHutSettings {
  scalingRatio: number;
  gravity: number;
  strongGravityMode: boolean;
  slowDown: number;
  edgeWeightInfluence: number;
  barnesHutTheta: number;
}

/** The floats a tree over `order` nodes may need: a node's insertion subdivides at most SUBDIVISION_ATTEMPTS + 1 times, four regions each. */
const regionCapacity = (order: number): number => PPR * (1 + 4 * (SUBDIVISION_ATTEMPTS + 1) * order);

/** The arrays an iteration works in besides the matrices, from a Repulsion's `allocate`. */
export interface BarnesHutWork {
  /** The tree, regionCapacity(order) floats. */
  regions: Float64Array;
  /** Each node's repulsion, x then y, summed from 0. */
  forces: Float32Array;
}

export function barnesHutWork(order: number, allocate: (bytes: number) => ArrayBufferLike): BarnesHutWork {
  return {
    regions: new Float64Array(allocate(regionCapacity(order) * Float64Array.BYTES_PER_ELEMENT)),
    forces: new Float32Array(allocate(2 * order * Float32Array.BYTES_PER_ELEMENT)),
  };
}

/**
 * Repels the nodes of matrix rows [from, to) (offsets, multiples of PPN) through the tree, summing into
 * their forces only, so two threads may share the work.
 */
export function repel(nodes: Float32Array, { regions, forces }: BarnesHutWork, from: number, to: number, coefficient: number, thetaSquared: number): void {
  let distance, xDist, yDist, factor, s, rn;
  for (let n = from; n < to; n += PPN) {
    const fx = (2 * n) / PPN;
    const fy = fx + 1;
    let r = 0;
    while (true) {
      if (regions[r + REGION_FIRST_CHILD]! >= 0) {
        distance = Math.pow(nodes[n + NODE_X]! - regions[r + REGION_MASS_CENTER_X]!, 2) + Math.pow(nodes[n + NODE_Y]! - regions[r + REGION_MASS_CENTER_Y]!, 2);
        s = regions[r + REGION_SIZE]!;
        if ((4 * s * s) / distance < thetaSquared) {
          // Far enough: the region repels as one body at its centre of mass.
          xDist = nodes[n + NODE_X]! - regions[r + REGION_MASS_CENTER_X]!;
          yDist = nodes[n + NODE_Y]! - regions[r + REGION_MASS_CENTER_Y]!;
          if (distance > 0) {
            factor = (coefficient * nodes[n + NODE_MASS]! * regions[r + REGION_MASS]!) / distance;
            forces[fx]! += xDist * factor;
            forces[fy]! += yDist * factor;
          }
          r = regions[r + REGION_NEXT_SIBLING]!;
          if (r < 0) break;
          continue;
        }
        r = regions[r + REGION_FIRST_CHILD]!;
        continue;
      }
      rn = regions[r + REGION_NODE]!;
      if (rn >= 0 && rn !== n) {
        xDist = nodes[n + NODE_X]! - nodes[rn + NODE_X]!;
        yDist = nodes[n + NODE_Y]! - nodes[rn + NODE_Y]!;
        distance = xDist * xDist + yDist * yDist;
        if (distance > 0) {
          factor = (coefficient * nodes[n + NODE_MASS]! * nodes[rn + NODE_MASS]!) / distance;
          forces[fx]! += xDist * factor;
          forces[fy]! += yDist * factor;
        }
      }
      r = regions[r + REGION_NEXT_SIBLING]!;
      if (r < 0) break;
    }
  }
}

/**
 * Where the repulsion runs: in this thread, or split with another. The matrices and the tree it is
 * given live in memory from its `allocate`, which another thread can share.
 */
export interface Repulsion {
  allocate(bytes: number): ArrayBufferLike;
  /** Repels every node of the matrix through the tree (see repel). */
  repelAll(nodes: Float32Array, work: BarnesHutWork, coefficient: number, thetaSquared: number): void;
}

export const REPULSION_IN_THIS_THREAD: Repulsion = {
  allocate: (bytes) => new ArrayBuffer(bytes),
  repelAll: (nodes, work, coefficient, thetaSquared) => repel(nodes, work, 0, nodes.length, coefficient, thetaSquared),
};

/** One iteration over the matrices (fa2-matrices.ts, graphology's), in `work` from the repulsion's `allocate`. */
export function iterateBarnesHut(settings: BarnesHutSettings, nodes: Float32Array, edges: Float32Array, work: BarnesHutWork, repulsion: Repulsion): void {
  const order = nodes.length;
  for (let n = 0; n < order; n += PPN) {
    nodes[n + NODE_OLD_DX] = nodes[n + NODE_DX]!;
    nodes[n + NODE_OLD_DY] = nodes[n + NODE_DY]!;
  }
  buildTree(nodes, work.regions);
  work.forces.fill(0);
  repulsion.repelAll(nodes, work, settings.scalingRatio, settings.barnesHutTheta * settings.barnesHutTheta);
  for (let n = 0, f = 0; n < order; n += PPN, f += 2) {
    nodes[n + NODE_DX] = work.forces[f]!;
    nodes[n + NODE_DY] = work.forces[f + 1]!;
  }
  applyGravity(settings, nodes);
  applyAttraction(settings, nodes, edges);
  move(settings, nodes);
}

/** The Barnes-Hut quadtree of the nodes' positions, regions of PPR floats from offset 0. */
function buildTree(nodes: Float32Array, regions: Float64Array): void {
  const order = nodes.length;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let n = 0; n < order; n += PPN) {
    minX = Math.min(minX, nodes[n + NODE_X]!);
    maxX = Math.max(maxX, nodes[n + NODE_X]!);
    minY = Math.min(minY, nodes[n + NODE_Y]!);
    maxY = Math.max(maxY, nodes[n + NODE_Y]!);
  }
  // Squared: it is a quadtree.
  const dx = maxX - minX, dy = maxY - minY;
  if (dx > dy) {
    minY -= (dx - dy) / 2;
    maxY = minY + dx;
  } else {
    minX -= (dy - dx) / 2;
    maxX = minX + dy;
  }
  setRegion(regions, 0, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY), -1);

  let l = 1;
  for (let n = 0; n < order; n += PPN) {
    let r = 0;
    let subdivisionAttempts = SUBDIVISION_ATTEMPTS;
    while (true) {
      if (regions[r + REGION_FIRST_CHILD]! >= 0) {
        // An inner region: account for the node's mass, then go down to its quadrant.
        const q = quadrant(regions, r, nodes[n + NODE_X]!, nodes[n + NODE_Y]!);
        regions[r + REGION_MASS_CENTER_X] = (regions[r + REGION_MASS_CENTER_X]! * regions[r + REGION_MASS]! + nodes[n + NODE_X]! * nodes[n + NODE_MASS]!) / (regions[r + REGION_MASS]! + nodes[n + NODE_MASS]!);
        regions[r + REGION_MASS_CENTER_Y] = (regions[r + REGION_MASS_CENTER_Y]! * regions[r + REGION_MASS]! + nodes[n + NODE_Y]! * nodes[n + NODE_MASS]!) / (regions[r + REGION_MASS]! + nodes[n + NODE_MASS]!);
        regions[r + REGION_MASS]! += nodes[n + NODE_MASS]!;
        r = q;
        continue;
      }
      if (regions[r + REGION_NODE]! < 0) {
        regions[r + REGION_NODE] = n;
        break;
      }
      // A leaf holding a node already: split it in four, and put the two nodes in their quadrants.
      const first = l * PPR;
      regions[r + REGION_FIRST_CHILD] = first;
      const w = regions[r + REGION_SIZE]! / 2;
      const cx = regions[r + REGION_CENTER_X]!, cy = regions[r + REGION_CENTER_Y]!;
      setRegion(regions, first, cx - w, cy - w, w, first + PPR);
      setRegion(regions, first + PPR, cx - w, cy + w, w, first + 2 * PPR);
      setRegion(regions, first + 2 * PPR, cx + w, cy - w, w, first + 3 * PPR);
      setRegion(regions, first + 3 * PPR, cx + w, cy + w, w, regions[r + REGION_NEXT_SIBLING]!);
      l += 4;
      const old = regions[r + REGION_NODE]!;
      const q = quadrant(regions, r, nodes[old + NODE_X]!, nodes[old + NODE_Y]!);
      regions[r + REGION_MASS] = nodes[old + NODE_MASS]!;
      regions[r + REGION_MASS_CENTER_X] = nodes[old + NODE_X]!;
      regions[r + REGION_MASS_CENTER_Y] = nodes[old + NODE_Y]!;
      regions[q + REGION_NODE] = old;
      regions[r + REGION_NODE] = -1;
      const q2 = quadrant(regions, r, nodes[n + NODE_X]!, nodes[n + NODE_Y]!);
      if (q === q2) {
        // Both in one quadrant: split that one too, a few times at most (beyond, the node is left out, as graphology does).
        if (subdivisionAttempts--) {
          r = q;
          continue;
        }
        break;
      }
      regions[q2 + REGION_NODE] = n;
      break;
    }
  }
}

function setRegion(regions: Float64Array, at: number, centerX: number, centerY: number, size: number, nextSibling: number): void {
  regions[at + REGION_NODE] = -1;
  regions[at + REGION_CENTER_X] = centerX;
  regions[at + REGION_CENTER_Y] = centerY;
  regions[at + REGION_SIZE] = size;
  regions[at + REGION_NEXT_SIBLING] = nextSibling;
  regions[at + REGION_FIRST_CHILD] = -1;
  regions[at + REGION_MASS] = 0;
  regions[at + REGION_MASS_CENTER_X] = 0;
  regions[at + REGION_MASS_CENTER_Y] = 0;
}

/** The child of region r whose quarter holds (x, y): top left, bottom left, top right, bottom right. */
function quadrant(regions: Float64Array, r: number, x: number, y: number): number {
  const first = regions[r + REGION_FIRST_CHILD]!;
  if (x < regions[r + REGION_CENTER_X]!) return y < regions[r + REGION_CENTER_Y]! ? first : first + PPR;
  return y < regions[r + REGION_CENTER_Y]! ? first + PPR * 2 : first + PPR * 3;
}

function applyGravity(settings: BarnesHutSettings, nodes: Float32Array): void {
  const g = settings.gravity / settings.scalingRatio;
  const coefficient = settings.scalingRatio;
  for (let n = 0; n < nodes.length; n += PPN) {
    let factor = 0;
    const xDist = nodes[n + NODE_X]!;
    const yDist = nodes[n + NODE_Y]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    if (settings.strongGravityMode) {
      if (distance > 0) factor = coefficient * nodes[n + NODE_MASS]! * g;
    } else if (distance > 0) {
      factor = (coefficient * nodes[n + NODE_MASS]! * g) / distance;
    }
    nodes[n + NODE_DX]! -= xDist * factor;
    nodes[n + NODE_DY]! -= yDist * factor;
  }
}

function applyAttraction(settings: BarnesHutSettings, nodes: Float32Array, edges: Float32Array): void {
  const coefficient = 1;
  for (let e = 0; e < edges.length; e += PPE) {
    const n1 = edges[e]!;
    const n2 = edges[e + 1]!;
    const ewc = Math.pow(edges[e + 2]!, settings.edgeWeightInfluence);
    const xDist = nodes[n1 + NODE_X]! - nodes[n2 + NODE_X]!;
    const yDist = nodes[n1 + NODE_Y]! - nodes[n2 + NODE_Y]!;
    const factor = -coefficient * ewc;
    nodes[n1 + NODE_DX]! += xDist * factor;
    nodes[n1 + NODE_DY]! += yDist * factor;
    nodes[n2 + NODE_DX]! -= xDist * factor;
    nodes[n2 + NODE_DY]! -= yDist * factor;
  }
}

/** Moves each free node by its force, at a speed its swinging and traction allow. */
function move(settings: BarnesHutSettings, nodes: Float32Array): void {
  for (let n = 0; n < nodes.length; n += PPN) {
    if (nodes[n + NODE_FIXED] === 1) continue;
    const swinging =
      nodes[n + NODE_MASS]! *
      Math.sqrt(
        (nodes[n + NODE_OLD_DX]! - nodes[n + NODE_DX]!) * (nodes[n + NODE_OLD_DX]! - nodes[n + NODE_DX]!) +
          (nodes[n + NODE_OLD_DY]! - nodes[n + NODE_DY]!) * (nodes[n + NODE_OLD_DY]! - nodes[n + NODE_DY]!),
      );
    const traction =
      Math.sqrt(
        (nodes[n + NODE_OLD_DX]! + nodes[n + NODE_DX]!) * (nodes[n + NODE_OLD_DX]! + nodes[n + NODE_DX]!) +
          (nodes[n + NODE_OLD_DY]! + nodes[n + NODE_DY]!) * (nodes[n + NODE_OLD_DY]! + nodes[n + NODE_DY]!),
      ) / 2;
    const nodespeed = (nodes[n + NODE_CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    nodes[n + NODE_CONVERGENCE] = Math.min(1, Math.sqrt((nodespeed * (Math.pow(nodes[n + NODE_DX]!, 2) + Math.pow(nodes[n + NODE_DY]!, 2))) / (1 + Math.sqrt(swinging))));
    nodes[n + NODE_X] = nodes[n + NODE_X]! + nodes[n + NODE_DX]! * (nodespeed / settings.slowDown);
    nodes[n + NODE_Y] = nodes[n + NODE_Y]! + nodes[n + NODE_DY]! * (nodespeed / settings.slowDown);
  }
}
