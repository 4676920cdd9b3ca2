/** The value at a dotted path such as `build.version` (a leading `$.` is allowed); undefined where it stops. */
export function jsonAt(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path
    .replace(/^\$\.?/, "")
    .split(".")
    .filter(Boolean))
    at = (at as Record<string, unknown> | undefined)?.[key];
  return at;
}
