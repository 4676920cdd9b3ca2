// What a request path may be, and how a URL with a password is shown.
import { describe, expect, it } from "vitest";
import { hideUserinfo, pathOn, pathProblem, shownUrl } from "../../src/core/urls.ts";
import { fitSummary } from "../../src/github/report.ts";

describe("request paths stay on their host", () => {
  it("accepts paths, and refuses whatever resolves to another host", () => {
    for (const ok of ["/", "/health", "/a//b", "/a\\b", "/search?q=//x", "/%2F%2Fevil.com"])
      expect(pathProblem(ok)).toBe(undefined);
    expect(pathProblem("health")).toBe("does not start with /");
    expect(pathProblem("//evil.com/x")).toMatch(/names another host/);
    expect(pathProblem("/\\evil.com/x")).toMatch(/names another host/);
    // A URL parser drops tabs and newlines: "/\t/evil.com" would become "//evil.com".
    expect(pathProblem("/\t/evil.com/x")).toBe("holds a control character");
    expect(pathProblem("/\n/evil.com/x")).toBe("holds a control character");
  });

  it("builds the URL on the base's origin, keeping its userinfo", () => {
    const base = new URL("http://u:p@shop.test:8080/ignored");
    expect(pathOn(base, "/health").href).toBe("http://u:p@shop.test:8080/health");
    expect(() => pathOn(base, "//evil.com/x")).toThrow(/names another host/);
  });
});

describe("userinfo is never shown", () => {
  it("in URLs and in text that does not parse", () => {
    expect(shownUrl(new URL("https://user:s3cret@shop.test/x"))).toBe("https://***@shop.test/x");
    expect(shownUrl(new URL("https://token@shop.test/"))).toBe("https://***@shop.test/");
    expect(shownUrl(new URL("https://shop.test/"))).toBe("https://shop.test/");
    expect(hideUserinfo("http://u:s3cret@[bad/x")).toBe("http://***@[bad/x");
  });
});

describe("the summary fits GitHub's limit", () => {
  it("keeps whole lines and says where it was cut", () => {
    const block = Array.from({ length: 100 }, (_, i) => `| row ${i} |`).join("\n");
    expect(fitSummary(block, 10_000)).toBe(block);
    const cut = fitSummary(block, 700);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(700);
    expect(cut).toMatch(/\| row \d+ \|\n\n> \*\*Cut here\*\*: this summary would be 1 KiB/);
  });
});
