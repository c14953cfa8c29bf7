// Per-run memo of a pure parse of a cell text: a county export repeats a few hundred distinct values across
// 150,000 rows, so each is parsed once. Create one per rule run (never module-global: no unbounded growth).
export function memo<T>(fn: (s: string | undefined) => T): (s: string | undefined) => T {
  const cache = new Map<string | undefined, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}
