// What a job's steps share and leave behind: the runner's state for one job, and each step's record.
import type { Annotation } from "./commands.ts";
import type { Contexts } from "./expressions.ts";
import type { StandInContext } from "./stand-ins.ts";

export class WorkflowFailure extends Error {}

export interface StepRecord {
  name: string;
  uses?: string;
  outcome: "success" | "failure" | "skipped" | "cancelled";
  conclusion: "success" | "failure" | "skipped" | "cancelled";
  outputs: Record<string, string>;
  log: string;
  annotations: Annotation[];
  /** What a stand-in did: the role assumed, the tree copied. */
  standIn?: Record<string, string>;
  ms: number;
}

export interface StepContext {
  outputs: unknown;
  outcome: string;
  conclusion: string;
}

/** What a job's steps share: set up by the runner for each job. */
export interface JobState {
  id: string;
  workspace: string;
  temp: string;
  contexts: Contexts;
  /** Workflow and job env, then what steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  path: string[];
  masks: Set<string>;
  permissions: Record<string, string>;
  processEnv: Record<string, string>;
  standIn: Omit<StandInContext, "workspace" | "permissions">;
  records: StepRecord[];
  summary: string;
  cancelled: () => boolean;
  signal?: AbortSignal;
  count: number;
  /** When the job's timeout-minutes ends (ms since the epoch). */
  deadline?: number;
  /** The running step's time limit, from its timeout-minutes and the job's. */
  timeout?: { ms: number; message: string };
  /** Called as each step that ran ends, before the next one starts. */
  onStep?: (step: StepRecord & { id?: string }) => void | Promise<void>;
}
