/**
 * One instance per JavaScript runtime, held on globalThis under "__seizureDesk.<key>". The page now loads
 * the pane and the functions as one bundle, so modules are no longer duplicated; the rate chain and the
 * usage log still register here, which is also where the built functions' test host finds them.
 */
export function runtimeSingleton<T>(key: string, create: () => T): T {
  const holder = globalThis as unknown as Record<string, T | undefined>;
  const name = `__seizureDesk.${key}`;
  const existing = holder[name];
  if (existing !== undefined) return existing;
  const created = create();
  holder[name] = created;
  return created;
}
