import type { IncomingHttpHeaders } from "node:http";
import { jsonAt } from "../core/json-path.ts";
import { pathOn } from "../core/urls.ts";
import { clip } from "../github/report.ts";
import type { ProbeResponse, Prober } from "../probe/http.ts";
import { forEachLimited } from "../probe/pool.ts";
import type { Check, Expectation, RequestSpec } from "./checks.ts";

export type SmokeTarget = "standby" | "active";

export interface CheckResult {
  name: string;
  kind: Check["kind"];
  target: SmokeTarget | "both";
  ok: boolean;
  status?: number;
  latencyMs?: number;
  reason?: string;
}

export interface SmokeContext {
  prober: Prober;
  /** Base URL of each color, as far as they were given. */
  bases: Partial<Record<SmokeTarget, URL>>;
  /** Origins besides the page's own whose assets are fetched too. */
  cdnOrigins: string[];
}

function send(prober: Prober, base: URL, spec: RequestSpec, extraHeaders: Record<string, string> = {}): Promise<ProbeResponse> {
  return prober.send(
    { url: pathOn(base, spec.path), method: spec.method, headers: { ...spec.headers, ...extraHeaders }, body: spec.body },
    { readBody: true },
  );
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** Every way the response falls short of the expectation; empty when it passes. */
export function judge(response: ProbeResponse, expect: Expectation, maxLatencyMs?: number): string[] {
  if (response.error) return [`no answer: ${response.error}`];
  const problems: string[] = [];
  if (!expect.status(response.status)) problems.push(`status ${response.status}, expected ${expect.statusText}`);
  for (const piece of expect.bodyContains)
    if (!response.body.includes(piece)) problems.push(`body lacks ${clip(JSON.stringify(piece), 100)}`);
  if (expect.bodyMatches && !expect.bodyMatches.test(response.body))
    problems.push(`body does not match /${expect.bodyMatches.source}/`);
  if (Object.keys(expect.json).length) {
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      problems.push("body is not JSON");
    }
    for (const [path, wanted] of Object.entries(expect.json)) {
      const found = jsonAt(body, path);
      if (body !== undefined && found !== wanted)
        problems.push(`json ${path} is ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`);
    }
  }
  for (const [name, wanted] of Object.entries(expect.headers)) {
    if (header(response.headers, name) !== wanted)
      problems.push(`header ${name} is ${JSON.stringify(header(response.headers, name))}, expected ${JSON.stringify(wanted)}`);
  }
  for (const [name, pattern] of Object.entries(expect.headerMatches)) {
    if (!pattern.test(header(response.headers, name))) problems.push(`header ${name} does not match /${pattern.source}/`);
  }
  if (maxLatencyMs !== undefined && response.latencyMs > maxLatencyMs) {
    problems.push(`took ${Math.round(response.latencyMs)} ms, more than max-latency ${maxLatencyMs} ms`);
  }
  return problems;
}

function result(
  check: Check,
  target: CheckResult["target"],
  response: ProbeResponse | undefined,
  problems: string[],
): CheckResult {
  return {
    name: check.name,
    kind: check.kind,
    target,
    ok: problems.length === 0,
    status: response?.status,
    latencyMs: response ? Math.round(response.latencyMs) : undefined,
    reason: problems.length ? problems.join("; ") : undefined,
  };
}

/** Runs one check against one color. `compare` needs both and goes through compareColors instead. */
export async function runCheck(
  check: Exclude<Check, { kind: "compare" }>,
  target: SmokeTarget,
  ctx: SmokeContext,
): Promise<CheckResult> {
  const base = ctx.bases[target] as URL;
  if (check.kind === "http") {
    const response = await send(ctx.prober, base, check.request);
    return result(check, target, response, judge(response, check.expect, check.maxLatencyMs));
  }
  if (check.kind === "assets") return checkAssets(check, target, base, ctx);
  return checkSession(check, target, ctx);
}

const ASSET_TAGS = /<(script|link|img)\b([^>]*)>/gi;

/** The script, stylesheet, preload, icon and image URLs an HTML page references. */
export function assetUrls(html: string, page: URL): URL[] {
  const found = new Map<string, URL>();
  for (const [, tag, attributes = ""] of html.matchAll(ASSET_TAGS)) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(attributes)?.[1];
    const rel = attr("rel")?.toLowerCase() ?? "";
    const ref =
      tag?.toLowerCase() === "link"
        ? /(stylesheet|preload|modulepreload|icon)/.test(rel)
          ? attr("href")
          : undefined
        : attr("src");
    if (!ref || ref.startsWith("data:")) continue;
    const url = new URL(ref, page);
    found.set(url.href, url);
  }
  return [...found.values()];
}

/** Version skew: HTML from the new build that references assets nobody serves. */
async function checkAssets(
  check: Extract<Check, { kind: "assets" }>,
  target: SmokeTarget,
  base: URL,
  ctx: SmokeContext,
): Promise<CheckResult> {
  const page = await send(ctx.prober, base, check.request);
  if (page.error || page.status !== 200)
    return result(check, target, page, [`the page ${check.request.path} answered ${page.error ?? page.status}`]);
  const origins = new Set([base.origin, ...ctx.cdnOrigins, ...check.cdnOrigins]);
  const assets = assetUrls(page.body, pathOn(base, check.request.path)).filter((u) => origins.has(u.origin));
  const failures: string[] = [];
  await forEachLimited(assets, ctx.prober.options.concurrency, async (url) => {
    const answer = await ctx.prober.send({ url, headers: check.request.headers });
    if (answer.status !== 200) failures.push(`${url.pathname} ${answer.error ?? answer.status}`);
  });
  const problems = failures.length ? [`${failures.length} of ${assets.length} assets failed: ${failures.sort().join(", ")}`] : [];
  return {
    ...result(check, target, page, problems),
    reason: problems[0] ?? (assets.length ? undefined : "the page references no asset"),
  };
}

function cookies(headers: IncomingHttpHeaders, jar: Map<string, string>): void {
  for (const line of headers["set-cookie"] ?? []) {
    const [pair] = line.split(";");
    const at = pair?.indexOf("=") ?? -1;
    if (pair && at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

/** Signs in on the active color, then asks the target to accept that session. */
async function checkSession(
  check: Extract<Check, { kind: "session" }>,
  target: SmokeTarget,
  ctx: SmokeContext,
): Promise<CheckResult> {
  const active = ctx.bases.active as URL;
  const jar = new Map<string, string>();
  for (const step of check.sequence) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const answer = await send(ctx.prober, active, step, cookie ? { cookie } : {});
    if (answer.error || answer.status >= 400) {
      return result(check, target, answer, [
        `signing in on the active color failed at ${step.method} ${step.path}: ${answer.error ?? answer.status}`,
      ]);
    }
    cookies(answer.headers, jar);
  }
  if (jar.size === 0) return result(check, target, undefined, ["the active color set no cookie to carry over"]);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const answer = await send(ctx.prober, ctx.bases[target] as URL, check.verify, { cookie });
  const problems = judge(answer, check.expect, check.maxLatencyMs);
  return result(
    check,
    target,
    answer,
    problems.map((p) => `with the active color's session: ${p}`),
  );
}

/** Keys and value types of a JSON document, as `path: type` lines; `ignore` paths left out. */
export function shape(value: unknown, ignore: string[], path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (ignore.includes(path.slice(1))) return out;
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  out.set(path || "$", type);
  if (type === "object")
    for (const [k, v] of Object.entries(value as object)) for (const [p, t] of shape(v, ignore, `${path}.${k}`)) out.set(p, t);
  if (type === "array" && (value as unknown[]).length)
    for (const [p, t] of shape((value as unknown[])[0], ignore, `${path}[]`)) out.set(p, t);
  return out;
}

/** The same request to both colors: what old clients would see change. */
export async function compareColors(check: Extract<Check, { kind: "compare" }>, ctx: SmokeContext): Promise<CheckResult> {
  const [standby, active] = await Promise.all([
    send(ctx.prober, ctx.bases.standby as URL, check.request),
    send(ctx.prober, ctx.bases.active as URL, check.request),
  ]);
  const problems: string[] = [];
  if (standby.status !== active.status) problems.push(`status ${standby.status} on the standby, ${active.status} on the active`);
  const parse = (body: string) => {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  };
  const [a, b] = [parse(active.body), parse(standby.body)];
  if (a !== undefined && b !== undefined) {
    const [was, now] = [shape(a, check.ignore), shape(b, check.ignore)];
    for (const [path, type] of was) {
      if (!now.has(path)) problems.push(`${path} (${type}) is gone`);
      else if (now.get(path) !== type) problems.push(`${path} changed from ${type} to ${now.get(path)}`);
    }
    for (const [path, type] of now) if (!was.has(path)) problems.push(`${path} (${type}) is new`);
  } else if ((a === undefined) !== (b === undefined)) {
    problems.push(`only the ${a === undefined ? "standby" : "active"} color answers JSON`);
  }
  return result(check, "both", standby, problems);
}
