// What a test gives the workflow runner, and what it gets back.
import type { Plain } from "./load.ts";
import type { StandInContext } from "./stand-ins.ts";
import type { StepRecord } from "./steps.ts";

export interface RunnerSetup {
  /** The caller's repository: its tree is what actions/checkout copies, its workflows are run. */
  repo: string;
  /** Its owner/name. Default: acme/shop. */
  repository?: string;
  /** Other repositories, owner/name → tree: reusable workflows and actions named by repository. */
  repositories?: Record<string, string>;
  clouds?: StandInContext["clouds"];
  /** The runner machine's environment on top of this process's: GITHUB_API_URL, say. */
  env?: Record<string, string>;
  /** The repository's secrets. Reading one not given fails the run, where GitHub would give ''. */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Cancels the run: steps get SIGINT, then only jobs and steps that ask for always() or cancelled() run. */
  signal?: AbortSignal;
  /** A skipped job that this does not accept fails the run. Default: none accepted. */
  expectSkip?: (skip: Skip) => boolean;
  /** Called as each job ends, before any job that needs it starts. */
  onJob?: (job: JobRun) => void | Promise<void>;
  /** Called as each step that ran ends, before the next one starts: `job` is the job's id. */
  onStep?: (job: string, step: StepRecord & { id?: string }) => void | Promise<void>;
}

export interface Skip {
  job: string;
  /** The job's condition, with the implicit success() (`success()` alone: it has no if:). */
  condition: string;
}

export interface Trigger {
  event: string;
  inputs?: Record<string, unknown>;
  sha?: string;
  ref?: string;
}

export interface JobRun {
  /** The job's id, after its callers' ids (`release/switch`), with its matrix values. */
  id: string;
  result: "success" | "failure" | "skipped" | "cancelled";
  outputs: Record<string, string>;
  environment?: { name: string; url: string };
  /** runs-on as labels (a group's name and labels, flattened); empty for a job that calls a workflow. */
  runsOn: string[];
  concurrency?: string;
  permissions: Record<string, string>;
  matrix?: Plain;
  steps: StepRecord[];
  summary: string;
  /** From its start to its end, in milliseconds. */
  ms: number;
}

export interface WorkflowRun {
  result: "success" | "failure" | "cancelled";
  outputs: Record<string, string>;
  jobs: JobRun[];
  /** Each workflow's concurrency group, the caller's first. */
  concurrency: string[];
}
