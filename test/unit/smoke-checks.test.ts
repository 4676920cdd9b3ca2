// The checks schema: what each kind of check parses to, and the line every error points at.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.ts";
import { type Check, MAX_CHECKS, parseChecks, readChecks } from "../../src/smoke/checks.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

afterEach(clearInputs);

const parse = (yaml: string) => parseChecks(yaml, "inline");
/** The error's message without the example that every checks error ends with. */
const problem = (yaml: string) => {
  try {
    parse(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message.replace(/\. Example: [\s\S]*$/, "");
  }
  throw new Error("parsed without an error");
};

describe("parseChecks", () => {
  it("reads an http check with its defaults: GET, any 2xx or 3xx", () => {
    const [check] = parse("- name: home\n  path: /\n") as [Extract<Check, { kind: "http" }>];
    expect(check).toMatchObject({ name: "home", line: 1, kind: "http", maxLatencyMs: undefined });
    expect(check.request).toEqual({ method: "GET", path: "/", headers: {}, body: undefined });
    expect(check.expect).toMatchObject({ statusText: "2xx or 3xx", bodyContains: [], json: {}, headers: {}, headerMatches: {} });
    expect([199, 200, 302, 399, 400].map(check.expect.status)).toEqual([false, true, true, true, false]);
  });

  it("reads every expectation", () => {
    const [check] = parse(
      [
        "checks:",
        "  - name: api",
        "    method: post",
        "    path: /api/cart",
        "    headers: { Content-Type: application/json }",
        "    body: '{\"sku\": 1}'",
        "    max-latency: 500ms",
        "    expect:",
        "      status: [200, 201]",
        "      body-contains: [cart, sku]",
        "      body-matches: '^\\{'",
        "      json: { cart.items: 1, ok: true }",
        "      header: { content-type: application/json }",
        "      header-matches: { X-Request-Id: '^[a-f0-9]+$' }",
      ].join("\n"),
    ) as [Extract<Check, { kind: "http" }>];
    expect(check).toMatchObject({ name: "api", line: 2, maxLatencyMs: 500 });
    expect(check.request).toEqual({
      method: "POST",
      path: "/api/cart",
      headers: { "Content-Type": "application/json" },
      body: '{"sku": 1}',
    });
    expect(check.expect).toMatchObject({
      statusText: "200, 201",
      bodyContains: ["cart", "sku"],
      bodyMatches: /^\{/,
      json: { "cart.items": 1, ok: true },
      headers: { "content-type": "application/json" },
      headerMatches: { "x-request-id": /^[a-f0-9]+$/ },
    });
    expect([200, 201, 204].map(check.expect.status)).toEqual([true, true, false]);
  });

  it("reads a status range and a single status", () => {
    const [range, single] = parse(
      '- name: a\n  path: /\n  expect: { status: "200-299" }\n- name: b\n  path: /\n  expect: { status: 204 }',
    ) as Extract<Check, { kind: "http" }>[];
    expect(range?.expect.statusText).toBe("200-299");
    expect([200, 299, 300].map((s) => range?.expect.status(s))).toEqual([true, true, false]);
    expect([204, 200].map((s) => single?.expect.status(s))).toEqual([true, false]);
  });

  it("reads assets, session and compare checks", () => {
    const checks = parse(
      [
        "- name: assets",
        "  kind: assets",
        "  cdn-origins: [https://cdn.example.com/static]",
        "- name: cart survives",
        "  kind: session",
        "  steps:",
        "    - { method: POST, path: /login, body: user=a }",
        "  verify: { path: /cart }",
        "  expect: { status: 200 }",
        "- name: same page",
        "  kind: compare",
        "  path: /",
        "  ignore: [x-request-id, date]",
      ].join("\n"),
    );
    expect(checks[0]).toMatchObject({
      kind: "assets",
      request: { method: "GET", path: "/" },
      cdnOrigins: ["https://cdn.example.com"],
    });
    expect(checks[1]).toMatchObject({
      kind: "session",
      line: 4,
      sequence: [{ method: "POST", path: "/login", body: "user=a" }],
      verify: { method: "GET", path: "/cart" },
      expect: { statusText: "200" },
    });
    expect(checks[2]).toMatchObject({ kind: "compare", line: 10, request: { path: "/" }, ignore: ["x-request-id", "date"] });
  });

  it("points at the line of what is wrong", () => {
    expect(problem("- name: a\n  path: /\n  colour: red\n")).toBe(
      `Input 'checks' (inline) line 3: unknown key "colour" in check "a"; allowed: name, kind, method, path, headers, body, expect, max-latency`,
    );
    expect(problem("- path: /\n")).toBe("Input 'checks' (inline) line 1: every check needs a name");
    expect(problem("- name: a\n  path: /\n- name: a\n  path: /x\n")).toBe(
      `Input 'checks' (inline) line 3: the check name "a" is used twice`,
    );
    expect(problem("- name: a\n  kind: grpc\n")).toBe(
      `Input 'checks' (inline) line 2: check "a" has kind "grpc"; the kinds are http, assets, session, compare`,
    );
    expect(problem("- name: a\n  method: TRACE\n  path: /\n")).toBe(
      `Input 'checks' (inline) line 2: check "a" method must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS`,
    );
    expect(problem("- name: a\n  path: https://elsewhere.example.com/\n")).toMatch(
      /^Input 'checks' \(inline\) line 2: check "a" path "https:\/\/elsewhere.example.com\/" .*: it must be a path on the checked host, such as \/health$/,
    );
  });

  it("refuses values of the wrong shape", () => {
    expect(problem("- name: a\n  path: /\n  max-latency: fast\n")).toBe(
      `Input 'checks' (inline) line 3: check "a" max-latency must be a duration such as 500ms or 2s, got "fast"`,
    );
    expect(problem("- name: a\n  path: /\n  expect: { status: 2000 }\n")).toMatch(
      /line 3: check "a" expect.status must be a status \(200\), a list \(\[200, 204\]\) or a range \("200-299"\)$/,
    );
    expect(problem("- name: a\n  path: /\n  expect: { body-matches: '(' }\n")).toMatch(
      /line 3: check "a" expect.body-matches is not a valid regular expression/,
    );
    expect(problem("- name: a\n  path: /\n  headers: { 'Bad Name': x }\n")).toBe(
      `Input 'checks' (inline) line 3: check "a" headers: bad header name "Bad Name"`,
    );
    expect(problem("- name: s\n  kind: session\n  verify: { path: /cart }\n")).toBe(
      `Input 'checks' (inline) line 1: check "s" needs steps: the requests that sign in on the active color`,
    );
    expect(problem("- name: a\n  kind: assets\n  cdn-origins: ftp://cdn.example.com\n")).toMatch(
      /line 3: check "a" cdn-origins must be http\(s\) origins such as https:\/\/cdn.example.com, got "ftp:\/\/cdn.example.com"$/,
    );
  });

  it("refuses what is not a list of checks, and more than the limit", () => {
    expect(problem("")).toBe("Input 'checks' (inline) line 1: must be a non-empty list of checks");
    expect(problem("checks: []\n")).toBe("Input 'checks' (inline) line 1: must be a non-empty list of checks");
    expect(problem("- name: a\n  path: [\n")).toMatch(/^Input 'checks' \(inline\) line \d+: is not valid YAML/);
    const many = Array.from({ length: MAX_CHECKS + 1 }, (_, i) => `- name: c${i}\n  path: /`).join("\n");
    expect(problem(many)).toBe(
      `Input 'checks' (inline) line 1: holds ${MAX_CHECKS + 1} checks, more than ${MAX_CHECKS}; split them over several steps`,
    );
  });
});

describe("readChecks", () => {
  it("checks GET / and GET /health by default", () => {
    setInputs({});
    expect(readChecks().map((c) => [c.name, c.kind === "http" ? c.request.path : ""])).toEqual([
      ["home", "/"],
      ["health", "/health"],
    ]);
  });

  it("reads checks inline or from a file, naming the file in errors", () => {
    setInputs({ checks: "- name: inline\n  path: /\n" });
    expect(readChecks().map((c) => c.name)).toEqual(["inline"]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cutover-checks-")), "smoke.yml");
    writeFileSync(file, "- name: from-file\n  path: /\n  nope: 1\n");
    setInputs({ checks: file });
    expect(() => readChecks()).toThrow(`Input 'checks' (${file}) line 3: unknown key "nope"`);
    writeFileSync(file, "- name: from-file\n  path: /\n");
    expect(readChecks().map((c) => c.name)).toEqual(["from-file"]);
  });

  it("refuses a file that cannot be read", () => {
    setInputs({ checks: "/nonexistent/smoke.yml" });
    expect(() => readChecks()).toThrow(/^Input 'checks' names the file \/nonexistent\/smoke.yml, which cannot be read \(ENOENT/);
  });
});
