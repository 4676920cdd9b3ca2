// Reusable workflows: where a job's `uses:` points, and the outputs a called workflow hands back
// (on.workflow_call.outputs, read from the jobs context of its finished jobs).
import path from "node:path";
import { asString, type Contexts, Known, resolve } from "./expressions.ts";
import { triggerOf } from "./inputs.ts";
import type { Plain, WorkflowDef } from "./load.ts";
import { WorkflowFailure } from "./steps.ts";
import type { JobRun } from "./types.ts";

export interface CalledFile {
  file: string;
  /** owner/name of the repository the called workflow is in, and its tree. */
  repository: string;
  tree: string;
}

/** `./.github/workflows/x.yml` in the caller's own tree, or `owner/name/path@ref` in one the test maps. */
export function calledFile(
  uses: string,
  job: string,
  caller: { repository: string; tree: string },
  repositories: Record<string, string>,
): CalledFile {
  if (uses.startsWith("./")) return { file: path.join(caller.tree, uses), repository: caller.repository, tree: caller.tree };
  const match = /^([^/]+\/[^/]+)\/(.+)@.+$/.exec(uses);
  const tree = match && repositories[match[1] as string];
  if (!match || !tree) throw new WorkflowFailure(`job ${job}: the test gave no tree for ${uses}`);
  return { file: path.join(tree, match[2] as string), repository: match[1] as string, tree };
}

export function callOutputs(def: WorkflowDef, jobs: JobRun[], contexts: Contexts, where: string): Record<string, string> {
  const jobsContext = new Known(
    "jobs",
    Object.fromEntries(
      def.jobs.map((job, i) => [
        job.id,
        { result: jobs[i]?.result, outputs: new Known(`jobs.${job.id}.outputs`, jobs[i]?.outputs ?? {}) },
      ]),
    ),
  );
  const specs = (triggerOf(def.raw, "workflow_call").outputs ?? {}) as Record<string, Plain>;
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [
      key,
      asString(resolve(spec.value, { ...contexts, jobs: jobsContext }, `${where} output ${key}`)),
    ]),
  );
}
