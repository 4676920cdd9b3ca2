// A step's inputs as runStep reads them, in this process: the environment file first, then the
// step's own readers, with the caller's repository as the workspace and the working directory,
// as the runner starts a step. One read at a time: each sets the process's environment and folder.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { readStepInputs } from "../../src/step.ts";
import type { StepName } from "../../src/step-names.ts";

type Impl = { name: string; readInputs(): unknown };

/** What `step` reads with `file` as the workspace's .github/cutover.yml and `inputs` as its inputs; throws its one error line. */
export async function readStep(
  workspace: string,
  step: StepName,
  file: string,
  inputs: Record<string, string>,
): Promise<unknown> {
  writeFileSync(path.join(workspace, ".github/cutover.yml"), file);
  const original = { env: process.env, cwd: process.cwd() };
  const given = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  process.env = { ...original.env, ...given, GITHUB_WORKSPACE: workspace };
  process.chdir(workspace);
  try {
    const { step: impl } = (await import(`../../src/steps/${step}.ts`)) as { step: Impl };
    return await readStepInputs(impl);
  } finally {
    process.env = original.env;
    process.chdir(original.cwd);
  }
}
