// One job on a fresh runner: an empty workspace, the contexts and variables GitHub gives it, its
// environment and concurrency recorded, its steps in order, and its outputs from its steps'. An
// output that holds a secret is dropped, as GitHub does ("Skip output ... since it may contain secret").
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defaultEnv, githubContext, machineEnv, type RunIdentity } from "./context.ts";
import { asString, type Contexts, Known, resolve } from "./expressions.ts";
import type { JobDef, Plain } from "./load.ts";
import type { Snapshots } from "./stand-ins.ts";
import { type JobState, runSteps, WorkflowFailure } from "./steps.ts";
import type { JobRun, RunnerSetup } from "./types.ts";

export interface RunnerState {
  setup: RunnerSetup;
  identity: RunIdentity;
  eventPath: string;
  /** This job's own directory: workspace and temp. */
  dir: string;
  snapshots: Snapshots;
}

export interface JobInput {
  def: JobDef;
  id: string;
  /** github, inputs, vars, needs, and matrix and strategy for a matrix job. */
  contexts: Contexts;
  declared: Record<string, string>;
  permissions: Record<string, string>;
  secrets: Record<string, string>;
  /** The repository and path of the workflow file the job is in (job.workflow_*). */
  repository: string;
  workflowFile: string;
  workflowEnv: unknown;
  workflowDefaults: unknown;
}

function envOf(raw: unknown, contexts: Contexts, where: string): Record<string, string> {
  const value = (resolve(raw ?? {}, contexts, `${where} env`) ?? {}) as Plain;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asString(v)]));
}

function environmentOf(raw: unknown, contexts: Contexts, where: string): JobRun["environment"] {
  if (raw === undefined) return undefined;
  if (typeof raw === "object" && raw !== null && !("expr" in raw)) {
    return { name: asString(resolve((raw as Plain).name, contexts, `${where} environment name`)), url: "" };
  }
  return { name: asString(resolve(raw, contexts, `${where} environment`)), url: "" };
}

/** Keys this runner does not carry out: a job with one fails the run rather than run differently. */
const UNSUPPORTED = ["container", "services", "defaults"];

export async function runJob(runner: RunnerState, input: JobInput): Promise<JobRun> {
  const { def, id, permissions, identity } = { ...input, identity: runner.identity };
  for (const key of UNSUPPORTED.filter(
    (k) => def.raw[k] !== undefined || (k === "defaults" && input.workflowDefaults !== undefined),
  ))
    throw new WorkflowFailure(`job ${id}: ${key} is not carried out by this runner`);
  const started = performance.now();
  const workspace = path.join(runner.dir, "workspace");
  const temp = path.join(runner.dir, "temp");
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const github = githubContext(identity, def.id, workspace);
  const contexts: Contexts = {
    ...input.contexts,
    github,
    secrets: new Known("secrets", { GITHUB_TOKEN: identity.token, ...input.secrets }),
    job: {
      status: "success",
      workflow_repository: input.repository,
      workflow_sha: identity.sha,
      workflow_ref: `${input.repository}/${input.workflowFile}@${identity.ref}`,
      workflow_file_path: input.workflowFile,
    },
    runner: { os: "Linux", arch: "X64", name: "test-runner", temp, environment: "github-hosted" },
  };
  const where = `job ${id}`;
  const environment = environmentOf(def.raw.environment, contexts, where);
  const runsOn = resolve(def.raw["runs-on"], input.contexts, `${where} runs-on`);
  const labels = typeof runsOn === "object" && runsOn && !Array.isArray(runsOn) ? Object.values(runsOn).flat() : [runsOn].flat();
  const concurrency =
    def.raw.concurrency === undefined ? undefined : asString(resolve(def.raw.concurrency, contexts, `${where} concurrency`));
  const workflowEnv = envOf(input.workflowEnv, contexts, where);
  const env = { ...workflowEnv, ...envOf(def.raw.env, { ...contexts, env: workflowEnv }, where) };
  const { setup } = runner;
  const state: JobState = {
    id,
    workspace,
    temp,
    contexts,
    env,
    path: [],
    masks: new Set([identity.token, ...Object.values(input.secrets).filter(Boolean)]),
    permissions,
    processEnv: { ...machineEnv(setup.env ?? {}), ...defaultEnv(github, temp, runner.eventPath, permissions) },
    standIn: {
      repositories: { [identity.repository]: setup.repo, ...setup.repositories },
      githubRepository: identity.repository,
      clouds: setup.clouds ?? {},
      snapshots: runner.snapshots,
    },
    records: [],
    summary: "",
    cancelled: () => setup.signal?.aborted ?? false,
    signal: setup.signal,
    onStep: setup.onStep && ((step) => setup.onStep?.(id, step)),
    count: 0,
    deadline:
      def.raw["timeout-minutes"] === undefined
        ? undefined
        : Date.now() + Number(resolve(def.raw["timeout-minutes"], contexts, `${where} timeout-minutes`)) * 60_000,
  };
  const steps = await runSteps(state, def.steps);
  const after = { ...contexts, env, steps: new Known("steps", steps.steps) };
  const outputs = { ...input.declared };
  for (const [key, value] of Object.entries((def.raw.outputs ?? {}) as Plain)) {
    const text = asString(resolve(value, after, `${where} output ${key}`));
    outputs[key] = [...state.masks].some((m) => m && text.includes(m)) ? "" : text;
  }
  const url = typeof def.raw.environment === "object" ? (def.raw.environment as Plain | null)?.url : undefined;
  if (environment && url !== undefined) environment.url = asString(resolve(url, after, `${where} environment url`));
  const result = state.cancelled() ? "cancelled" : steps.failed ? "failure" : "success";
  return {
    id,
    result,
    outputs,
    environment,
    runsOn: labels.filter((l) => l !== undefined && l !== null).map(asString),
    concurrency,
    permissions,
    steps: state.records,
    summary: state.summary,
    ms: Math.round(performance.now() - started),
  };
}
