import { describe, expect, it } from 'vitest';
import { describeProgress } from '../../shared/extract/progress';

const MB = 1048576;

describe('describeProgress', () => {
  it('gives documents, throughput and the time left at that pace', () => {
    expect(describeProgress({ documents: 120, totalDocuments: 1890, bytes: 2 * MB, totalBytes: 10 * MB, elapsedMs: 4000 })).toBe('120/1890 documents, 0.50 MB/s, ETA 0:16');
    expect(describeProgress({ documents: 3, totalDocuments: 9, bytes: 60 * MB, totalBytes: 60_060 * MB, elapsedMs: 4000 })).toBe('3/9 documents, 15.0 MB/s, ETA 1:06:40');
  });

  it('waits for a second of work before guessing a pace, and drops the ETA at the end', () => {
    expect(describeProgress({ documents: 1, totalDocuments: 50, bytes: 0.1 * MB, totalBytes: 5 * MB, elapsedMs: 300 })).toBe('1/50 documents');
    expect(describeProgress({ documents: 50, totalDocuments: 50, bytes: 5 * MB, totalBytes: 5 * MB, elapsedMs: 10_000 })).toBe('50/50 documents, 0.50 MB/s');
  });
});
