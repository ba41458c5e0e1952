import { describe, expect, it } from 'vitest';
import { cloneData } from '../../shared/graph/commands/records';

describe('copies of attribute data for undo', () => {
  it('keeps a JSON value\'s "__proto__" key as data, with the copy an ordinary object', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "list": [{"__proto__": 1}]}') as Record<string, unknown>;
    const copy = cloneData(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
