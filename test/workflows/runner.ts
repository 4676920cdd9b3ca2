// A workflow runner for tests: runs a workflow file job by job as GitHub does, on GitHub's own parser
// and expression engine. Jobs start when their needs are done; a job's `if:` reads the needed jobs'
// results and outputs (status functions over all its ancestors, as "Status check functions" says);
// a job calling a reusable workflow runs that workflow's jobs with the inputs and secrets it
// declares, and takes its outputs. Steps run in steps.ts; third-party actions are stand-ins
// (stand-ins.ts). Where GitHub would go on quietly, this runner fails the run: an expression error,
// a job output that is not defined, an input no one declares, a job skipped that the test did not
// expect (RunnerSetup.expectSkip).
import { mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CalledFile, calledFile, callOutputs } from "./called.ts";
import { checkCap, combinations, githubContext, permissionsOf, type RunIdentity } from "./context.ts";
import { asString, type Contexts, evaluate, Known, resolve, truthy } from "./expressions.ts";
import { checkInputs, checkSecrets, triggerOf } from "./inputs.ts";
import { runJob } from "./job.ts";
import { type JobDef, loadWorkflow, type Plain, type WorkflowDef } from "./load.ts";
import type { Snapshots } from "./stand-ins.ts";
import { WorkflowFailure } from "./steps.ts";
import type { JobRun, RunnerSetup, Trigger, WorkflowRun } from "./types.ts";

export { WorkflowFailure } from "./steps.ts";
export type { JobRun, RunnerSetup, Skip, Trigger, WorkflowRun } from "./types.ts";

interface Scope {
  def: WorkflowDef;
  prefix: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** owner/name of the repository the workflow file is in, and its tree. */
  repository: string;
  tree: string;
  permissions?: unknown;
  cap?: Record<string, string>;
  results: Map<string, Promise<JobRun>>;
}

export async function runWorkflow(file: string, trigger: Trigger, setup: RunnerSetup): Promise<WorkflowRun> {
  return new Runner(setup, trigger).run(path.resolve(setup.repo, file), trigger);
}

class Runner {
  readonly jobs: JobRun[] = [];
  readonly concurrency: string[] = [];
  readonly dir = mkdtempSync(path.join(tmpdir(), "cutover-workflow-"));
  readonly identity: RunIdentity;
  readonly eventPath: string;
  readonly snapshots: Snapshots = { root: path.join(this.dir, "snapshots"), trees: new Map() };

  readonly setup: RunnerSetup;

  constructor(setup: RunnerSetup, trigger: Trigger) {
    this.setup = setup;
    const repository = setup.repository ?? "acme/shop";
    const payload = trigger.event === "workflow_dispatch" ? { inputs: trigger.inputs ?? {} } : {};
    this.eventPath = path.join(this.dir, "event.json");
    writeFileSync(this.eventPath, JSON.stringify(payload));
    this.identity = {
      event: trigger.event,
      eventPayload: payload,
      repository,
      sha: trigger.sha ?? "0123456789abcdef0123456789abcdef01234567",
      ref: trigger.ref ?? "refs/heads/main",
      token: "ghs_runnertoken0123456789",
      apiUrl: setup.env?.GITHUB_API_URL ?? "https://api.github.com",
      workflowName: "",
    };
  }

  async run(file: string, trigger: Trigger): Promise<WorkflowRun> {
    try {
      const def = await loadWorkflow(file);
      this.identity.workflowName = asString(def.raw.name) || path.basename(file);
      const declared = (triggerOf(def.raw, trigger.event).inputs ?? {}) as Plain;
      const contexts = { github: githubContext(this.identity, "", ""), vars: this.setup.vars ?? {} };
      const inputs = checkInputs(declared, trigger.inputs ?? {}, contexts, `on: ${trigger.event}`);
      const scope = this.scope(def, "", inputs, this.setup.secrets ?? {}, this.identity.repository, this.setup.repo);
      await this.preload(scope);
      const own = await this.runAll(scope);
      const outputs =
        trigger.event === "workflow_call"
          ? callOutputs(def, own, { ...contexts, inputs: new Known("inputs", inputs) }, "on: workflow_call")
          : {};
      return { result: this.conclusion(own), outputs, jobs: this.jobs, concurrency: this.concurrency };
    } finally {
      // Asynchronous, as the checkouts are (stand-ins.ts): the jobs' trees are thousands of files.
      await rm(this.dir, { recursive: true, force: true });
    }
  }

  scope(
    def: WorkflowDef,
    prefix: string,
    inputs: Record<string, unknown>,
    secrets: Record<string, string>,
    repository: string,
    tree: string,
    cap?: Record<string, string>,
  ): Scope {
    const contexts = {
      github: githubContext(this.identity, "", ""),
      inputs: new Known("inputs", inputs),
      vars: this.setup.vars ?? {},
    };
    const concurrency = def.raw.concurrency;
    if (concurrency !== undefined) {
      const value = resolve(concurrency, contexts, `${def.file} concurrency`);
      this.concurrency.push(asString(typeof value === "object" && value ? (value as Plain).group : value));
    }
    return { def, prefix, inputs, secrets, repository, tree, permissions: def.raw.permissions, cap, results: new Map() };
  }

  async runAll(scope: Scope): Promise<JobRun[]> {
    return Promise.all(scope.def.jobs.map((job) => this.result(scope, job.id)));
  }

  result(scope: Scope, id: string): Promise<JobRun> {
    let result = scope.results.get(id);
    if (!result) {
      const def = scope.def.jobs.find((j) => j.id === id);
      if (!def) throw new WorkflowFailure(`${scope.def.file}: no job ${id}`);
      result = this.job(scope, def);
      scope.results.set(id, result);
    }
    return result;
  }

  ancestors(scope: Scope, def: JobDef, seen = new Set<string>()): string[] {
    for (const need of def.needs) {
      if (seen.has(need)) continue;
      seen.add(need);
      this.ancestors(scope, scope.def.jobs.find((j) => j.id === need) as JobDef, seen);
    }
    return [...seen];
  }

  async job(scope: Scope, def: JobDef): Promise<JobRun> {
    const needs = await Promise.all(def.needs.map((n) => this.result(scope, n)));
    const ancestors = await Promise.all(this.ancestors(scope, def).map((a) => this.result(scope, a)));
    const id = `${scope.prefix}${def.id}`;
    const contexts: Contexts = {
      github: githubContext(this.identity, def.id, ""),
      inputs: new Known("inputs", scope.inputs),
      vars: this.setup.vars ?? {},
      needs: new Known(
        "needs",
        Object.fromEntries(
          def.needs.map((n, i) => [
            n,
            { result: needs[i]?.result, outputs: new Known(`needs.${n}.outputs`, needs[i]?.outputs ?? {}) },
          ]),
        ),
      ),
    };
    const cancelled = () => this.setup.signal?.aborted ?? false;
    const status = {
      success: () => !cancelled() && ancestors.every((a) => a.result === "success"),
      failure: () => ancestors.some((a) => a.result === "failure"),
      cancelled,
    };
    const declared = this.declaredOutputs(scope, def);
    if (!truthy(evaluate(def.if, contexts, `job ${id} if`, status))) {
      if (!this.setup.expectSkip?.({ job: id, condition: def.if }))
        throw new WorkflowFailure(
          `job ${id} was skipped (if: ${def.if}; needs: ${needs.map((n) => `${n.id} ${n.result}`).join(", ") || "none"}), and the test did not expect it`,
        );
      return this.finish({
        id,
        result: "skipped",
        outputs: declared,
        runsOn: [],
        permissions: {},
        steps: [],
        summary: "",
        ms: 0,
      });
    }
    const strategy = resolve(def.raw.strategy, contexts, `job ${id} strategy`) as Plain | undefined;
    const matrices = combinations(strategy?.matrix as Plain | undefined);
    if (!matrices.length) return this.instance(scope, def, id, contexts, declared);
    const runs = await Promise.all(
      matrices.map((matrix) =>
        this.instance(
          scope,
          def,
          `${id} (${Object.values(matrix).map(asString).join(", ")})`,
          { ...contexts, matrix, strategy: { "job-total": matrices.length } },
          declared,
          matrix,
        ),
      ),
    );
    const result = runs.some((r) => r.result === "failure")
      ? "failure"
      : runs.every((r) => r.result === "success")
        ? "success"
        : "cancelled";
    return {
      ...(runs[runs.length - 1] as JobRun),
      id,
      result,
      outputs: Object.assign({ ...declared }, ...runs.map((r) => r.outputs)),
    };
  }

  declaredOutputs(scope: Scope, def: JobDef): Record<string, string> {
    const keys = def.raw.uses
      ? Object.keys((this.calledTrigger(scope, def).outputs ?? {}) as Plain)
      : Object.keys((def.raw.outputs ?? {}) as Plain);
    return Object.fromEntries(keys.map((k) => [k, ""]));
  }

  async finish(run: JobRun): Promise<JobRun> {
    this.jobs.push(run);
    await this.setup.onJob?.(run);
    return run;
  }

  async instance(
    scope: Scope,
    def: JobDef,
    id: string,
    contexts: Contexts,
    declared: Record<string, string>,
    matrix?: Plain,
  ): Promise<JobRun> {
    const permissions = permissionsOf(def.raw.permissions ?? scope.permissions ?? (scope.cap ? scope.cap : undefined));
    checkCap(id, permissions, scope.cap);
    if (def.raw.uses) return this.call(scope, def, id, contexts, declared, permissions, matrix);
    const run = await runJob(
      {
        setup: this.setup,
        identity: this.identity,
        eventPath: this.eventPath,
        dir: mkdtempSync(path.join(this.dir, `${def.id}-`)),
        snapshots: this.snapshots,
      },
      {
        def,
        id,
        contexts,
        declared,
        permissions,
        secrets: scope.secrets,
        repository: scope.repository,
        workflowFile: path.relative(scope.tree, scope.def.file),
        workflowEnv: scope.def.raw.env,
        workflowDefaults: scope.def.raw.defaults,
      },
    );
    return this.finish({ ...run, matrix });
  }

  calledFile(scope: Scope, def: JobDef): CalledFile {
    return calledFile(String(def.raw.uses), def.id, scope, this.setup.repositories ?? {});
  }

  calledTrigger(scope: Scope, def: JobDef): Plain {
    const called = this.called.get(this.calledFile(scope, def).file);
    if (!called) throw new WorkflowFailure(`job ${def.id}: ${String(def.raw.uses)} was not loaded`);
    return triggerOf(called.raw, "workflow_call");
  }

  readonly called = new Map<string, WorkflowDef>();

  /** Loads every workflow a scope's jobs call, so that their outputs are known before any job runs. */
  async preload(scope: Scope): Promise<void> {
    for (const job of scope.def.jobs.filter((j) => j.raw.uses)) {
      const { file, repository, tree } = this.calledFile(scope, job);
      const def = await loadWorkflow(file);
      this.called.set(file, def);
      await this.preload({ ...scope, def, repository, tree });
    }
  }

  async call(
    scope: Scope,
    def: JobDef,
    id: string,
    contexts: Contexts,
    declared: Record<string, string>,
    permissions: Record<string, string>,
    matrix?: Plain,
  ): Promise<JobRun> {
    const started = performance.now();
    const { file, repository, tree } = this.calledFile(scope, def);
    const called = this.called.get(file) as WorkflowDef;
    const trigger = this.calledTrigger(scope, def);
    const where = `job ${id} (${String(def.raw.uses)})`;
    const callContexts = { ...contexts, secrets: new Known("secrets", { GITHUB_TOKEN: this.identity.token, ...scope.secrets }) };
    const given = (resolve(def.raw.with ?? {}, callContexts, `${where} with`) ?? {}) as Record<string, unknown>;
    const inputs = checkInputs((trigger.inputs ?? {}) as Plain, given, callContexts, where);
    const rawSecrets =
      def.raw.secrets === "inherit"
        ? "inherit"
        : ((resolve(def.raw.secrets ?? {}, callContexts, `${where} secrets`) ?? {}) as Record<string, string>);
    const secrets = checkSecrets((trigger.secrets ?? {}) as Plain, rawSecrets, scope.secrets, where);
    const inner = this.scope(called, `${id}/`, inputs, secrets, repository, tree, permissions);
    const jobs = await this.runAll(inner);
    const outputs = { ...declared, ...callOutputs(called, jobs, { ...contexts, inputs: new Known("inputs", inputs) }, where) };
    const ms = Math.round(performance.now() - started);
    return this.finish({
      id,
      result: this.conclusion(jobs),
      outputs,
      runsOn: [],
      permissions,
      matrix,
      steps: [],
      summary: "",
      ms,
    });
  }

  conclusion(jobs: JobRun[]): WorkflowRun["result"] {
    return jobs.some((j) => j.result === "failure") ? "failure" : this.setup.signal?.aborted ? "cancelled" : "success";
  }
}
