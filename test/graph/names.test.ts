import { describe, expect, it } from 'vitest';
import { findNodeNamed } from '../../shared/graph/names';
import { sampleGraph } from '../renderer/fixture';

describe('finding a node by name', () => {
  it('matches a label, then an alias, ignoring case and spaces, and never the node being renamed', () => {
    const g = sampleGraph();
    expect(findNodeNamed(g, '  russia ')).toBe('russia');
    expect(findNodeNamed(g, 'u.s.')).toBe('us');
    expect(findNodeNamed(g, 'Putin', 'kremlin')).toBe('putin');
    expect(findNodeNamed(g, 'Russia', 'russia')).toBeUndefined();
    expect(findNodeNamed(g, 'Moscow')).toBeUndefined();
    expect(findNodeNamed(g, '   ')).toBeUndefined();
  });

  it('prefers a node whose label it is over one that has it as an alias', () => {
    const g = sampleGraph();
    g.setNodeAttribute('kremlin', 'aliases', ['Russia']);
    expect(findNodeNamed(g, 'Russia')).toBe('russia');
  });
});
