// The repository as someone adopting it reads it: a short README that starts with the two
// commands, links that lead somewhere, examples GitHub accepts, and the licences of what dist holds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { referenceFile } from "../../scripts/docs.ts";
import { STEP_NAMES } from "../../src/step-names.ts";
import { ROOT } from "../sandbox/run-action.ts";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const markdown = [
  "README.md",
  "CONTRIBUTING.md",
  "SECURITY.md",
  "CHANGELOG.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
  ...STEP_NAMES.map(referenceFile),
];

describe("README.md", () => {
  const readme = read("README.md");

  it("is 15 KB or less", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it("shows the demo and the test command in its first lines", () => {
    const top = readme.split("\n").slice(0, 6).join("\n");
    expect(top).toContain("npm ci && npm run demo");
    expect(top).toContain("npm ci && npm test");
  });

  it("names the prerequisites and the OIDC subjects of both kinds of job", () => {
    for (const part of ["## Prerequisites", "## Quick start", "## The three workflows", "## OIDC trust policy", "## Links"])
      expect(readme).toContain(part);
    expect(readme).toContain("repo:ORG/REPO:environment:production");
    expect(readme).toContain("repo:ORG/REPO:ref:refs/heads/main");
  });
});

describe.each(markdown)("%s", (file) => {
  const text = read(file);

  it("links only to files that exist", () => {
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target as string)) continue;
      expect(existsSync(path.join(ROOT, path.dirname(file), target as string)), `${file} → ${target}`).toBe(true);
    }
  });

  it("calls the steps in its YAML examples only with inputs they declare", () => {
    const walk = (node: unknown, found: { uses: string; with: object }[]) => {
      if (Array.isArray(node)) for (const item of node) walk(item, found);
      else if (node && typeof node === "object") {
        const { uses, with: inputs } = node as { uses?: unknown; with?: object };
        if (typeof uses === "string" && inputs) found.push({ uses, with: inputs });
        for (const value of Object.values(node)) walk(value, found);
      }
      return found;
    };
    for (const [, block] of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      for (const step of walk(parse(block as string), [])) {
        const name =
          /^OWNER\/cutover(?:\/([a-z-]+))?@v1$/.exec(step.uses)?.[1] ??
          (step.uses.startsWith("OWNER/cutover@") ? "." : undefined);
        if (!name || step.uses.includes(".github/workflows")) continue;
        const declared = Object.keys((parse(read(`${name}/action.yml`)) as { inputs: object }).inputs);
        for (const key of Object.keys(step.with)) expect(declared, `${file}: ${step.uses} has no input ${key}`).toContain(key);
      }
    }
  });

  it("has no YAML merge key in its examples, which GitHub rejects", () => {
    expect(text).not.toMatch(/^\s*<<:/m);
  });

  it("names cutover by the one placeholder owner", () => {
    for (const [name] of text.matchAll(/\b[\w-]+\/cutover(?=[/@])/g)) expect(name).toBe("OWNER/cutover");
  });
});

describe("dist/licenses.txt", () => {
  it("holds the licence of every runtime dependency the bundle carries", () => {
    const licenses = read("dist/licenses.txt");
    const pkg = JSON.parse(read("package.json")) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) expect(licenses, name).toMatch(new RegExp(`^${name} \\d`, "m"));
  });

  it("sits beside the MIT LICENSE that package.json names", () => {
    expect(JSON.parse(read("package.json")).license).toBe("MIT");
    expect(read("LICENSE")).toMatch(/^MIT License/);
  });
});
