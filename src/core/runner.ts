// The runner's side of a step, through @actions/core: inputs, log commands, outputs, the job
// summary. Steps import this module rather than the toolkit so that a test or a later change of
// toolkit touches one file.
import * as core from "@actions/core";

export { endGroup, error, getInput, info, setFailed, setOutput, setSecret, startGroup, warning } from "@actions/core";

/** Appends Markdown to the job summary; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
