// Every environment file the docs show is one that the release's steps read as written, for each of
// its environments: deploy-standby, the switch (its strategy, steps, step-interval and gates fit
// together), rollback and teardown. The environment step, which test/e2e/environment-file-docs.test.ts
// runs on the same files, checks the router's settings only.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "../sandbox/run-action.ts";
import { fileBlocks } from "../support/file-blocks.ts";
import { readStep } from "../support/read-step.ts";

const workspace = mkdtempSync(path.join(tmpdir(), "cutover-doc-steps-"));
mkdirSync(path.join(workspace, ".github"));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const STEPS = ["deploy-standby", "switch", "rollback", "teardown"] as const;
const RUN = { version: "v1.4.2", reason: "a reason", "github-token": "ghs_example" };

it.each(fileBlocks(ROOT))("$where", async ({ text, environments }) => {
  const refused: string[] = [];
  for (const environment of environments)
    for (const step of STEPS)
      await readStep(workspace, step, text, { ...RUN, environment }).catch((error: Error) =>
        refused.push(`${environment}, ${step}: ${error.message}`),
      );
  expect(refused.join("\n")).toBe("");
});
