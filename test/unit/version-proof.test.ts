// Which version an answer carries, and the inputs that say where verify-url finds it.
import { afterEach, describe, expect, it } from "vitest";
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
