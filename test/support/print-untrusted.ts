// Prints each hostile string of CUTOVER_TEST_TEXTS (a JSON array) through every way cutover writes
// to the runner: log lines, warnings, errors, groups, outputs and the summary. Run as its own
// process, as a step is, so that the raw stdout is what the runner would parse.
import * as core from "../../src/core/runner.ts";

const texts = JSON.parse(process.env.CUTOVER_TEST_TEXTS ?? "[]") as string[];
for (const [i, text] of texts.entries()) {
  core.info(text);
  core.info(`verify-url answered ${text}`);
  core.warning(`The alarm says: ${text}`);
  core.error(`Could not parse: ${text}`);
  core.startGroup(`Ledger ${text}`);
  core.endGroup();
  core.setOutput(`text-${i}`, text);
  await core.appendSummary(`| color | ${text} |\n| --- | --- |\n| blue | ${text} |\n\nReason: ${text}\n`);
}
