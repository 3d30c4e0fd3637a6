/** How a caller's name for a place, region or source is matched: case and surrounding spaces aside. */
export const normalizedName = (s: string): string => s.trim().toLowerCase();

/** The key one of whose names is `name` ("belgium", "BE", "port of antwerp"), or undefined. */
export function keyNamed<K extends string>(
  keys: readonly K[],
  names: Readonly<Record<K, readonly string[]>>,
  name: string
): K | undefined {
  const wanted = normalizedName(name);
  return keys.find((key) => names[key].some((n) => normalizedName(n) === wanted));
}
