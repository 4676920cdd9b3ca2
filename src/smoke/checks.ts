// The checks schema: each kind of check and its keys, with the limits on size and count beside the
// parser. checks-yaml.ts reads the YAML with the line of every value.
import { existsSync, readFileSync, statSync } from "node:fs";
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { ConfigurationError } from "../core/errors.ts";
import { readString } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { hideUserinfo, httpOrigin, maskUserinfo, pathProblem } from "../core/urls.ts";
import { headerProblem } from "../probe/inputs.ts";
import { duration, type Entries, mapEntries, regex, Source, stringMap, strings, text, unknownKeys } from "./checks-yaml.ts";

export interface Expectation {
  /** Accepted statuses; by default any 2xx or 3xx. */
  status: (s: number) => boolean;
  statusText: string;
  bodyContains: string[];
  bodyMatches?: RegExp;
  /** Dotted JSON paths and the values they must equal. */
  json: Record<string, unknown>;
  headers: Record<string, string>;
  headerMatches: Record<string, RegExp>;
}

export interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Base {
  name: string;
  line: number;
  maxLatencyMs?: number;
}

export type Check =
  | (Base & { kind: "http"; request: RequestSpec; expect: Expectation })
  | (Base & { kind: "assets"; request: RequestSpec; cdnOrigins: string[] })
  | (Base & { kind: "session"; sequence: RequestSpec[]; verify: RequestSpec; expect: Expectation })
  | (Base & { kind: "compare"; request: RequestSpec; ignore: string[] });

const KEYS: Record<Check["kind"], string[]> = {
  http: ["name", "kind", "method", "path", "headers", "body", "expect", "max-latency"],
  assets: ["name", "kind", "path", "headers", "cdn-origins", "max-latency"],
  session: ["name", "kind", "steps", "verify", "expect", "max-latency"],
  compare: ["name", "kind", "method", "path", "headers", "body", "ignore", "max-latency"],
};
const EXPECT_KEYS = ["status", "body-contains", "body-matches", "json", "header", "header-matches"];
const REQUEST_KEYS = ["method", "path", "headers", "body"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Beyond these a checks file is a mistake (or an attack): it would take minutes, gigabytes and a summary GitHub refuses. */
export const MAX_CHECKS = 1_000;
export const MAX_CHECKS_BYTES = 1_000_000;

export const DEFAULT_CHECKS_YAML = "- name: home\n  path: /\n- name: health\n  path: /health\n";

/** Reads `checks` inline or from a file; with none given, GET / and GET /health must succeed. */
export function readChecks(): Check[] {
  const value = readString("checks");
  if (!value) return parseChecks(DEFAULT_CHECKS_YAML, "default checks");
  if (!value.includes("\n") && (/\.ya?ml$/.test(value) || existsSync(value))) {
    let text = "";
    let size = 0;
    try {
      size = statSync(value).size;
      if (size <= MAX_CHECKS_BYTES) text = readFileSync(value, "utf8");
    } catch (error) {
      throw new ConfigurationError(
        `Input 'checks' names the file ${value}, which cannot be read (${(error as Error).message}). Example: checks: .github/smoke.yml`,
      );
    }
    if (size > MAX_CHECKS_BYTES) throw tooLarge(new Source(text, value));
    return parseChecks(text, value);
  }
  return parseChecks(value, "inline");
}

function tooLarge(source: Source): ConfigurationError {
  return source.error(1, `is larger than ${MAX_CHECKS_BYTES / 1_000_000} MB; split the checks over several steps`);
}

export function parseChecks(text: string, origin: string): Check[] {
  const source = new Source(text, origin);
  if (Buffer.byteLength(text) > MAX_CHECKS_BYTES) throw tooLarge(source);
  let root = source.parse();
  if (isMap(root)) {
    const entries = mapEntries(source, root, "the top level");
    unknownKeys(source, entries, ["checks"], "the top level");
    root = (entries.get("checks")?.value ?? null) as Node | null;
  }
  if (!isSeq(root) || root.items.length === 0) throw source.error(source.line(root), "must be a non-empty list of checks");
  if (root.items.length > MAX_CHECKS)
    throw source.error(1, `holds ${root.items.length} checks, more than ${MAX_CHECKS}; split them over several steps`);
  const checks = root.items.map((item) => parseCheck(source, item as Node));
  const names = new Set<string>();
  for (const check of checks) {
    if (names.has(check.name)) throw source.error(check.line, `the check name ${JSON.stringify(check.name)} is used twice`);
    names.add(check.name);
  }
  return checks;
}

function parseCheck(source: Source, node: Node): Check {
  const { base, kind, entries, where } = checkHeader(source, node);
  const get = (key: string) => entries.get(key)?.value;
  switch (kind) {
    case "http":
      return { ...base, kind, request: request(source, entries, where, true), expect: expectation(source, get("expect"), where) };
    case "assets":
      return {
        ...base,
        kind,
        request: { ...request(source, entries, where, false), method: "GET" },
        cdnOrigins: cdnOrigins(source, entries, where),
      };
    case "session":
      return { ...base, kind, ...session(source, entries, where, base.line), expect: expectation(source, get("expect"), where) };
    case "compare":
      return {
        ...base,
        kind,
        request: request(source, entries, where, true),
        ignore: entries.has("ignore") ? strings(source, get("ignore"), `${where} ignore`) : [],
      };
  }
}

/** The keys every check has: its name, kind and max-latency; the kind's other keys are checked to be known. */
function checkHeader(source: Source, node: Node) {
  const line = source.line(node);
  const entries = mapEntries(source, node, "a check");
  const name = entries.has("name") ? text(source, entries.get("name")?.value, "name") : "";
  if (!name) throw source.error(line, "every check needs a name");
  const where = `check ${JSON.stringify(name)}`;
  const kind = (entries.has("kind") ? text(source, entries.get("kind")?.value, `${where} kind`) : "http") as Check["kind"];
  if (!(kind in KEYS))
    throw source.error(
      entries.get("kind")?.line ?? line,
      `${where} has kind ${JSON.stringify(kind)}; the kinds are ${Object.keys(KEYS).join(", ")}`,
    );
  unknownKeys(source, entries, KEYS[kind], where);
  const latency = entries.get("max-latency");
  const maxLatencyMs = latency ? duration(source, latency.value, `${where} max-latency`) : undefined;
  return { base: { name, line, maxLatencyMs }, kind, entries, where };
}

function cdnOrigins(source: Source, entries: Entries, where: string): string[] {
  const listed = entries.get("cdn-origins");
  if (!listed) return [];
  return strings(source, listed.value, `${where} cdn-origins`).map((o) => origin(source, o, listed.line, where));
}

/** A session check's sign-in steps, and the request that must then succeed on the standby. */
function session(
  source: Source,
  entries: Entries,
  where: string,
  line: number,
): { sequence: RequestSpec[]; verify: RequestSpec } {
  const steps = entries.get("steps")?.value;
  if (!isSeq(steps) || steps.items.length === 0)
    throw source.error(entries.get("steps")?.line ?? line, `${where} needs steps: the requests that sign in on the active color`);
  const sequence = steps.items.map((step, i) => requestOnly(source, step as Node, `${where} step ${i + 1}`));
  return { sequence, verify: requestOnly(source, entries.get("verify")?.value ?? null, `${where} verify`) };
}

/** A mapping that holds a request and nothing else. */
function requestOnly(source: Source, node: Node | null, where: string): RequestSpec {
  const entries = mapEntries(source, node, where);
  unknownKeys(source, entries, REQUEST_KEYS, where);
  return request(source, entries, where, true);
}

function request(source: Source, entries: Entries, where: string, pathRequired: boolean): RequestSpec {
  const method = entries.has("method") ? text(source, entries.get("method")?.value, `${where} method`).toUpperCase() : "GET";
  if (!METHODS.includes(method))
    throw source.error(entries.get("method")?.line ?? 1, `${where} method must be one of ${METHODS.join(", ")}`);
  const path = entries.has("path") ? text(source, entries.get("path")?.value, `${where} path`) : pathRequired ? "" : "/";
  const problem = pathProblem(path);
  if (problem)
    throw source.error(
      entries.get("path")?.line ?? 1,
      `${where} path ${JSON.stringify(path)} ${problem}: it must be a path on the checked host, such as /health`,
    );
  maskUserinfo(new URL(path, "http://checked.invalid"));
  const headers = entries.has("headers") ? stringMap(source, entries.get("headers")?.value, `${where} headers`) : {};
  for (const [name, value] of Object.entries(headers)) {
    if (CREDENTIAL_HEADER.test(name) && value) core.setSecret(value);
    const bad = headerProblem(name, value);
    if (bad) throw source.error(entries.get("headers")?.line ?? 1, `${where} headers: ${bad}`);
  }
  const body = entries.has("body") ? text(source, entries.get("body")?.value, `${where} body`) : undefined;
  return { method, path, headers, body };
}

/** A check's header that carries a credential (its value is masked, as the `headers` input's are). */
const CREDENTIAL_HEADER = /auth|cookie|token|secret|key|session|signature|password/i;

function origin(source: Source, value: string, line: number, where: string): string {
  const found = httpOrigin(value);
  if (found) return found;
  throw source.error(
    line,
    `${where} cdn-origins must be http(s) origins such as https://cdn.example.com, got ${JSON.stringify(hideUserinfo(value))}`,
  );
}

function expectation(source: Source, node: Node | null | undefined, where: string): Expectation {
  const out: Expectation = {
    status: (s) => s >= 200 && s < 400,
    statusText: "2xx or 3xx",
    bodyContains: [],
    json: {},
    headers: {},
    headerMatches: {},
  };
  if (node === undefined || node === null) return out;
  const entries = mapEntries(source, node, `${where} expect`);
  unknownKeys(source, entries, EXPECT_KEYS, `${where} expect`);
  const status = entries.get("status");
  if (status) Object.assign(out, statusRule(source, status.value, `${where} expect.status`));
  if (entries.has("body-contains"))
    out.bodyContains = strings(source, entries.get("body-contains")?.value, `${where} expect.body-contains`);
  if (entries.has("body-matches"))
    out.bodyMatches = regex(source, entries.get("body-matches")?.value, `${where} expect.body-matches`);
  if (entries.has("json")) {
    for (const [path, { value }] of mapEntries(source, entries.get("json")?.value ?? null, `${where} expect.json`)) {
      out.json[path] = isScalar(value) ? value.value : text(source, value, `${where} expect.json.${path}`);
    }
  }
  if (entries.has("header")) out.headers = stringMap(source, entries.get("header")?.value, `${where} expect.header`);
  if (entries.has("header-matches")) {
    for (const [name, { value }] of mapEntries(
      source,
      entries.get("header-matches")?.value ?? null,
      `${where} expect.header-matches`,
    )) {
      out.headerMatches[name.toLowerCase()] = regex(source, value, `${where} expect.header-matches.${name}`);
    }
  }
  return out;
}

/** `200`, `[200, 204]` or `"200-299"`. */
function statusRule(source: Source, node: Node | null, where: string): Pick<Expectation, "status" | "statusText"> {
  const bad = () =>
    source.error(source.line(node), `${where} must be a status (200), a list ([200, 204]) or a range ("200-299")`);
  if (isSeq(node)) {
    const list = node.items.map((item) => Number(text(source, item as Node, where)));
    if (list.some((s) => !Number.isInteger(s) || s < 100 || s > 599)) throw bad();
    return { status: (s) => list.includes(s), statusText: list.join(", ") };
  }
  const value = text(source, node, where);
  const range = /^(\d{3})-(\d{3})$/.exec(value);
  if (range) return { status: (s) => s >= Number(range[1]) && s <= Number(range[2]), statusText: value };
  if (!/^\d{3}$/.test(value)) throw bad();
  return { status: (s) => s === Number(value), statusText: value };
}
