/** Progress through a corpus, as the CLI and the app report it: documents done, throughput and time left. */

export interface CorpusProgress {
  documents: number;
  totalDocuments: number;
  /** Bytes of the documents done, and of them all. */
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

/** A throughput is only worth showing once it rests on a second's work. */
const SETTLED_MS = 1000;

/** "120/1890 documents, 0.41 MB/s, ETA 1:05"; throughput and ETA appear once there is a second's work to go on. */
export function describeProgress(p: CorpusProgress): string {
  const line = `${p.documents}/${p.totalDocuments} documents`;
  if (p.elapsedMs < SETTLED_MS || p.bytes === 0) return line;
  const perMs = p.bytes / p.elapsedMs;
  const mbPerSecond = (perMs * 1000) / 1048576;
  const rate = `${mbPerSecond.toFixed(mbPerSecond < 10 ? 2 : 1)} MB/s`;
  if (p.documents >= p.totalDocuments) return `${line}, ${rate}`;
  return `${line}, ${rate}, ETA ${clock(Math.max(0, p.totalBytes - p.bytes) / perMs)}`;
}

/** "0:07", "12:30", "1:02:03". */
function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
