// Which version an answer carries, the inputs that say where verify-url finds it, and a step's split seen through it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { awaitSplit, neededAnswers } from "../../src/probe/split.ts";
import { readVersionCheck, versionIn } from "../../src/probe/version.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

afterEach(clearInputs);

describe("versionIn", () => {
  const header = { header: "X-App-Version" };

  it("reads the version header, whatever its case in the input, trimmed", () => {
    expect(versionIn("", { "x-app-version": " v2 " }, header)).toBe("v2");
    expect(versionIn("", {}, header)).toBe("");
  });

  it("reads a dotted JSON path when version-field is set, and ignores the header then", () => {
    const body = JSON.stringify({ build: { version: "v3", number: 7 } });
    expect(versionIn(body, { "x-app-version": "v2" }, { header: "x-app-version", jsonField: "build.version" })).toBe("v3");
    expect(versionIn(body, {}, { header: "x-app-version", jsonField: "$.build.number" })).toBe("7");
    expect(versionIn(body, {}, { header: "x-app-version", jsonField: "build.missing" })).toBe("");
  });

  it("finds no version in a body that is not JSON", () => {
    expect(versionIn("<html>", {}, { header: "x-app-version", jsonField: "version" })).toBe("");
  });
});

describe("readVersionCheck", () => {
  it("is off without verify-url", () => {
    setInputs({});
    expect(readVersionCheck(60_000)).toBeUndefined();
  });

  it("reads verify-url with the default header", () => {
    setInputs({ "verify-url": "https://shop.example.com/version", "expected-version": "v2" });
    expect(readVersionCheck(60_000)).toEqual({
      url: new URL("https://shop.example.com/version"),
      expected: "v2",
      header: "x-app-version",
      jsonField: undefined,
      timeoutMs: 60_000,
    });
  });

  it("refuses expected-version without verify-url, and a header name that is not one", () => {
    setInputs({ "expected-version": "v2" });
    expect(() => readVersionCheck(60_000)).toThrow(
      "Input 'expected-version' is only used with verify-url, which is empty. Example: expected-version: verify-url: https://shop.example.com/version",
    );
    setInputs({ "verify-url": "https://shop.example.com/version", "version-header": "x app" });
    expect(() => readVersionCheck(60_000)).toThrow(/Input 'version-header' is not an HTTP header name, got "x app"/);
  });
});

describe("awaitSplit", () => {
  /** A URL whose every `every`-th answer comes from v2, the others from v1: a split of 1/every. */
  async function splitServer(every: number): Promise<{ url: URL; close(): void }> {
    let n = 0;
    const server = createServer((_, res) => {
      n += 1;
      res.writeHead(200, { "x-app-version": n % every === 0 ? "v2" : "v1" }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: new URL(`http://127.0.0.1:${port}/version`), close: () => server.close() };
  }
  const check = (url: URL, percent: number, previousPercent: number) => ({
    url,
    expected: "v2",
    header: "x-app-version",
    timeoutMs: 3_000,
    percent,
    previousPercent,
  });

  it("needs a share of the new version nearer the written split than the previous one", () => {
    expect(neededAnswers(10, 0)).toBe(2);
    expect(neededAnswers(50, 10)).toBe(12);
    expect(neededAnswers(1, 0)).toBe(1);
  });

  it("passes once traffic carries the written split", async () => {
    const tenth = await splitServer(10);
    try {
      const report = await awaitSplit(check(tenth.url, 10, 0), new AbortController().signal);
      expect(report).toMatchObject({ ok: true, detail: "4 of the last 40 answers came from v2" });
    } finally {
      tenth.close();
    }
  });

  it("fails when traffic still follows the previous split, within verify-timeout", async () => {
    const tenth = await splitServer(10);
    try {
      const report = await awaitSplit({ ...check(tenth.url, 50, 10), timeoutMs: 1_500 }, new AbortController().signal);
      expect(report.ok).toBe(false);
      expect(report.detail).toMatch(/, 4 of the last 40 answers from .* came from v2, and 12 of 40 were needed$/);
    } finally {
      tenth.close();
    }
  });
});
