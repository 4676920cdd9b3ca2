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

// CUTOVER_TEST_SECRETS: each secret is registered, then printed in every form cutover could print it.
const secrets = JSON.parse(process.env.CUTOVER_TEST_SECRETS ?? "[]") as string[];
for (const secret of secrets) core.setSecret(secret);
for (const [i, secret] of secrets.entries()) {
  const half = Math.floor(secret.length / 2);
  const forms = [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    JSON.stringify(secret),
    `${secret.slice(0, half)}\n${secret.slice(half)}`,
    `${secret.slice(0, 40)}…`,
    `https://user:${secret}@Shop.Example.com?token=${encodeURIComponent(secret)}`,
  ];
  for (const form of forms) {
    core.info(`answered ${form} in time`);
    core.warning(`header ${form}`);
    core.error(`{"token":${JSON.stringify(form)}}`);
    core.setOutput(`secret-${i}`, form);
    await core.appendSummary(`| ${form} |`);
  }
  console.error(core.reportText(forms.join("\n")));
}
