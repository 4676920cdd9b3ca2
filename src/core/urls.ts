import { CutoverError } from "./errors.ts";
import * as core from "./runner.ts";

/** `https://cdn.example.com/x` → `https://cdn.example.com`; undefined for anything but http(s). */
export function httpOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A query parameter whose name says it carries a credential (`?token=`, `X-Amz-Signature=`, `api_key=`). */
const CREDENTIAL_NAME = /token|key|sig|pass|pwd|secret|auth|credential|session|jwt/i;
const QUERY_PARAM = /([?&;])([^=&#\s]*)=([^&#\s]*)/g;

/** A URL as it may be logged: any user:password in it, and any credential in its query, shown as ***. */
export function shownUrl(url: URL | string): string {
  if (typeof url === "string") return hideUserinfo(url);
  if (!url.username && !url.password) return hideQueryCredentials(url.href);
  const shown = new URL(url.href);
  shown.username = "***";
  shown.password = "";
  return hideQueryCredentials(shown.href);
}

/** The same for text that may not even parse as a URL, such as a bad input. */
export function hideUserinfo(text: string): string {
  return hideQueryCredentials(text.replace(/(\/\/)[^/@\s]*@/g, "$1***@"));
}

function hideQueryCredentials(text: string): string {
  return text.replace(QUERY_PARAM, (whole, sep: string, name: string, value: string) =>
    CREDENTIAL_NAME.test(safeDecode(name)) && value ? `${sep}${name}=***` : whole,
  );
}

/**
 * The runner masks a URL's user and password in every later line, as it does header values, and
 * so every query value whose name says it is a credential: cutover logs URLs normalised (a slash
 * added, the host lower-cased), which a mask of the whole URL as given no longer matches.
 */
export function maskUserinfo(url: URL): void {
  const fromQuery = [...url.searchParams].filter(([name]) => CREDENTIAL_NAME.test(name)).map(([, value]) => value);
  for (const value of fromQuery.filter(Boolean)) core.setSecret(value);
  for (const part of [url.username, url.password].filter(Boolean)) {
    core.setSecret(part);
    const decoded = safeDecode(part);
    if (decoded !== part) core.setSecret(decoded);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const NOWHERE = "http://cutover.invalid";

/**
 * Why `path` is not a path on the checked host, or undefined when it is. `//host/x` and `/\host`
 * name another host once resolved, and a URL parser drops tabs and newlines silently, so the
 * only safe test is to resolve the path and see that the origin stayed.
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return "does not start with /";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return "holds a control character";
  try {
    if (new URL(path, NOWHERE).origin === NOWHERE) return undefined;
  } catch {
    return "is not a valid path";
  }
  return "names another host (a path must not start with // or /\\)";
}

/** `path` on `base`'s host; a path that would leave that host is refused, so headers never travel. */
export function pathOn(base: URL, path: string): URL {
  const problem = pathProblem(path);
  const url = new URL(path, base);
  if (problem || url.origin !== base.origin)
    throw new CutoverError(`The path ${JSON.stringify(path)} ${problem ?? "leaves the checked host"}; it was not requested.`);
  return url;
}
