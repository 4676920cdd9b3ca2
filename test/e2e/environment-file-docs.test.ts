// Every environment file the docs show validates as written: each fenced block of README.md and
// docs/*.md that is an environment file, and the example files, is read by the product's own parser
// and then by the committed environment step for each of its environments, which checks the
// router's settings (a router's required setting, an ARN's shape) as every step does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAll } from "../../src/environment/parse.ts";
import { ROOT, runAction } from "../sandbox/run-action.ts";
import { fileBlocks } from "../support/file-blocks.ts";

const dir = mkdtempSync(path.join(tmpdir(), "cutover-doc-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const blocks = fileBlocks(ROOT);

describe("the environment files in the docs and examples", () => {
  it("are found: one per router kind in the README's quick start, and the examples", () => {
    const where = blocks.map((b) => b.where);
    expect(where.filter((w) => w.startsWith("README.md")).length).toBeGreaterThanOrEqual(4);
    expect(where).toContain("docs/nginx.md #1");
    expect(where).toContain("examples/environments/kubernetes.yml");
    for (const kind of ["alb", "nginx", "kubernetes", "gateway-api"])
      expect(
        blocks.some((b) => b.where.startsWith("README.md") && b.text.includes(`router: ${kind}\n`)),
        kind,
      ).toBe(true);
  });

  describe.concurrent("validate as written", () => {
    it.each(blocks)("$where", async ({ where, text, environments }) => {
      expect(environments.length, where).toBeGreaterThan(0);
      expect(() => parseAll(text, ".github/cutover.yml")).not.toThrow();
      const workspace = mkdtempSync(path.join(dir, "workspace-"));
      mkdirSync(path.join(workspace, ".github"));
      writeFileSync(path.join(workspace, ".github/cutover.yml"), text);
      for (const environment of environments) {
        const run = await runAction("environment", { environment }, { GITHUB_WORKSPACE: workspace });
        expect(run.code, `${where} ${environment}: ${run.stdout}`).toBe(0);
        expect(run.stdout, where).not.toContain("::warning::");
      }
    });
  });
});
