/**
 * Names for documents read from files, unique within a corpus: a file's base name, or where two files
 * share it ("report.txt" in two folders), the shortest end of each path that tells them apart
 * ("2023/report.txt", "2024/report.txt"). The evidence view finds a document by its name, so two
 * documents of one name would show one's sentences inside the other.
 */

/** The names for `paths` (either separator), none equal to another or to a name in `taken`. */
export function documentNames(paths: readonly string[], taken: Iterable<string> = []): string[] {
  const parts = paths.map((path) => path.split(/[\\/]+/).filter((part) => part !== ''));
  const depth = parts.map(() => 1);
  const name = (i: number) => parts[i]!.slice(-depth[i]!).join('/') || paths[i]!;
  const reserved = new Set(taken);
  for (;;) {
    const byName = new Map<string, number[]>();
    parts.forEach((_, i) => byName.set(name(i), [...(byName.get(name(i)) ?? []), i]));
    let grew = false;
    for (const [shared, owners] of byName) {
      if (owners.length === 1 && !reserved.has(shared)) continue;
      for (const i of owners) {
        if (depth[i]! < parts[i]!.length) {
          depth[i]!++;
          grew = true;
        }
      }
    }
    if (!grew) break;
  }
  // Paths that stay alike to the root (the same file named twice) are numbered.
  const used = new Set(reserved);
  return parts.map((_, i) => {
    let unique = name(i);
    for (let n = 2; used.has(unique); n++) unique = `${name(i)} (${n})`;
    used.add(unique);
    return unique;
  });
}
