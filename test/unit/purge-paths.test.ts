import { describe, expect, it } from "vitest";
import { covers, encodePath, MAX_PATHS, planBatch } from "../../src/cdn/paths.ts";
import { callerReference } from "../../src/cdn/purge.ts";

describe("purge paths", () => {
  // "Invalidate files" in the CloudFront guide: encode only non-ASCII and RFC 1738's unsafe
  // characters; a query string is part of the path to invalidate and is sent as it is.
  it("encodes what CloudFront wants encoded, once, and keeps a query string as it is", () => {
    expect(encodePath("/a b/ü.html")).toBe("/a%20b/%C3%BC.html");
    expect(encodePath("/already%20encoded")).toBe("/already%20encoded");
    expect(encodePath("/products/*")).toBe("/products/*");
    expect(encodePath("/q?x=1&y=2")).toBe("/q?x=1&y=2");
    expect(encodePath("/search?q=shoes")).toBe("/search?q=shoes");
    expect(encodePath('/a{b}|c^~[d]`<e>"#')).toBe("/a%7Bb%7D%7Cc%5E%7E%5Bd%5D%60%3Ce%3E%22%23");
    expect(encodePath("/x;y:z@a!$'()+,=")).toBe("/x;y:z@a!$'()+,=");
  });

  it("drops duplicates and paths a wildcard of the batch covers", () => {
    expect(planBatch(["/", "/index.html", "/", "/blog/*", "/blog/a.html"]).paths).toEqual(["/", "/index.html", "/blog/*"]);
    expect(covers("/blog/*", "/blog/a")).toBe(true);
    expect(covers("/blog/*", "/blog/*")).toBe(false);
  });

  it("folds past 3,000 paths into one wildcard per top-level folder", () => {
    const paths = Array.from({ length: MAX_PATHS + 1 }, (_, i) => `/${i % 3 === 0 ? "a" : "b"}/${i}.html`);
    const plan = planBatch([...paths, "/index.html"]);
    expect(plan.paths.sort()).toEqual(["/a/*", "/b/*", "/index.html"]);
    expect(plan.notes.join()).toMatch(/3002 paths exceed CloudFront's quota/);
  });

  it("folds past 15 wildcards, to /* when nothing narrower fits", () => {
    const wildcards = Array.from({ length: 16 }, (_, i) => `/s${i}/*`);
    expect(planBatch(wildcards).paths).toEqual(["/*"]);
    const nested = Array.from({ length: 16 }, (_, i) => `/shop/s${i}/*`);
    expect(planBatch(nested).paths).toEqual(["/shop/*"]);
  });

  it("derives the CallerReference from the run, attempt, job, purpose and paths", () => {
    const env = { GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "2", GITHUB_JOB: "purge" };
    const a = callerReference("to-green", ["/"], env);
    expect(a).toMatch(/^cutover-42-2-purge-to-green-[0-9a-f]{16}$/);
    expect(callerReference("to-green", ["/"], env)).toBe(a);
    expect(callerReference("to-green", ["/", "/index.html"], env)).not.toBe(a);
    expect(callerReference("rollback-to-blue", ["/"], env)).not.toBe(a);
    expect(callerReference("to-green", ["/"], { ...env, GITHUB_RUN_ATTEMPT: "3" })).not.toBe(a);
  });
});
