import { inputError, readList } from "../core/inputs.ts";

/** CloudFront's quotas on invalidations in progress, per distribution. */
export const MAX_PATHS = 3000;
export const MAX_WILDCARDS = 15;
const MAX_PATH_LENGTH = 4000;
/**
 * "Invalidate files" (CloudFront guide): URL-encode only non-ASCII characters and those RFC 1738
 * calls unsafe; anything else encoded would no longer match the cached object. A query string stays
 * as it is (`/search?q=shoes`), as objects cached by query string are invalidated with it.
 */
const UNSAFE = new Set([...' <>"#%{}|\\^~[]`']);

function kept(c: string): boolean {
  const code = c.charCodeAt(0);
  return code > 0x20 && code < 0x7f && !UNSAFE.has(c);
}

export const DEFAULT_PURGE_PATHS = "/,/index.html";

/** Percent-encodes what CloudFront wants encoded (non-ASCII, RFC 1738's unsafe characters), once. */
export function encodePath(path: string): string {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (c === "%" && /^[0-9A-Fa-f]{2}$/.test(path.slice(i + 1, i + 3))) out += c;
    else if (kept(c)) out += c;
    else {
      const point = path.codePointAt(i) as number;
      const char = String.fromCodePoint(point);
      if (char.length === 2) i += 1;
      // UTF-8 bytes, each as %XX: encodeURIComponent would leave `~` alone, which RFC 1738 calls unsafe.
      for (const byte of Buffer.from(char, "utf8")) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}

/** The paths a purge invalidates, checked as CloudFront checks them. */
export function readPurgePaths(): string[] {
  const example = "/, /index.html, /products/*";
  const paths = readList("paths");
  return (paths.length ? paths : DEFAULT_PURGE_PATHS.split(",")).map((raw) => {
    if (!raw.startsWith("/")) throw inputError("paths", `must start with /, got ${JSON.stringify(raw)}`, example);
    const star = raw.indexOf("*");
    if (star >= 0 && star !== raw.length - 1) {
      throw inputError(
        "paths",
        `may have * only at the end, as CloudFront allows: ${JSON.stringify(raw)} has it inside; use a prefix wildcard such as ${raw.slice(0, raw.lastIndexOf("/", star) + 1)}*`,
        example,
      );
    }
    const path = encodePath(raw);
    if (path.length > MAX_PATH_LENGTH)
      throw inputError("paths", `has a path of ${path.length} characters; CloudFront takes ${MAX_PATH_LENGTH} at most`, example);
    return path;
  });
}

export function covers(wildcard: string, path: string): boolean {
  return wildcard.endsWith("*") && wildcard !== path && path.startsWith(wildcard.slice(0, -1));
}

/**
 * The batch CloudFront will take: duplicates and paths under a wildcard of the batch dropped, and,
 * past the quotas, paths folded into one wildcard per top-level folder (or `/*` as a last resort).
 */
export function planBatch(paths: string[]): { paths: string[]; notes: string[] } {
  const unique = [...new Set(paths)];
  const wildcards = unique.filter((p) => p.endsWith("*"));
  let batch = unique.filter((p) => !wildcards.some((w) => covers(w, p)));
  const notes: string[] = [];
  if (batch.length < unique.length)
    notes.push(`${unique.length - batch.length} path(s) dropped: duplicates, or covered by a wildcard in the batch`);
  // Two separate quotas: 3,000 file paths, and 15 wildcard paths besides.
  const wildcardCount = () => batch.filter((p) => p.endsWith("*")).length;
  const over = () => batch.length - wildcardCount() > MAX_PATHS || wildcardCount() > MAX_WILDCARDS;
  if (over()) {
    const before = batch.length;
    batch = [...new Set(batch.map((p) => (/^\/[^/]+\/./.test(p) ? `/${p.split("/")[1]}/*` : p)))];
    batch = batch.filter((p) => !batch.some((w) => covers(w, p)));
    if (over()) batch = ["/*"];
    notes.push(
      `${before} paths exceed CloudFront's quota (${MAX_PATHS} paths, ${MAX_WILDCARDS} wildcards in progress), so they were folded into ${batch.length} wildcard path(s): ${batch.slice(0, 5).join(", ")}${batch.length > 5 ? ", …" : ""}`,
    );
  }
  return { paths: batch, notes };
}
