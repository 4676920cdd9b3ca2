import { CutoverError } from "../core/errors.ts";
import * as core from "../core/runner.ts";
import { code } from "../core/untrusted.ts";
import { clip, setCommonOutputs, table } from "../github/report.ts";
import { writeSummary } from "../github/summary.ts";
import { changedSince } from "../migrate/changed.ts";
import { type MigrateConfig, readMigrateConfig } from "../migrate/inputs.ts";
import { type LintResult, lint } from "../migrate/lint.ts";
import { type Migrated, migrateUnderLock } from "../migrate/release.ts";
import { contractProblem } from "../migrate/schema.ts";
import { versionOf } from "../routers/ledger-keys.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import { settledColors } from "../routing/snapshot.ts";
import { readStepSnapshot, type Step } from "../step.ts";

interface MigrateInputs {
  router: RouterConfig;
  migrate: MigrateConfig;
}

/** Lints the release's migrations, runs the expand under the lock, and proves the old color on the new schema before deploy. */
export const step: Step<MigrateInputs> = {
  name: "migrate",
  readInputs: () => ({ router: readRouterConfig(), migrate: readMigrateConfig() }),

  async run({ router, migrate }, ports) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const snapshot = await readStepSnapshot(ports.router, router);
    setCommonOutputs(snapshot);
    const { active } = settledColors(snapshot, "migrate");
    const since = versionOf(snapshot.tags[active]);
    const changed = migrate.named ? undefined : await changedSince(migrate.files, since, workspace);
    const files = changed ?? migrate.files;
    core.info(
      migrate.named
        ? `Linting the ${files.length} migration files named.`
        : changed
          ? `Linting the ${files.length} of ${migrate.files.length} migration files changed since ${active}'s version ${since}.`
          : `Linting all ${files.length} migration files: ${since ? `${since} (${active}'s version) is not a commit this checkout knows` : `${active} carries no version`}.`,
    );
    const linted = await lint(files, migrate.lint, workspace);
    for (const f of linted.findings) core.info(`${f.file}:${f.line} [${f.kind}] ${f.rule}: ${f.message}`);
    const contracts = files.filter((f) => linted.verdicts[f] === "contract");
    core.setOutput("verdicts", JSON.stringify(linted.verdicts));
    core.setOutput("contract-changes", String(contracts.length));
    core.setOutput("schema-version", migrate.schemaVersion);
    const lintSection = lintTable(linted);

    if (contracts.length && !migrate.allowContract) {
      core.setOutput("migration", "refused");
      const why = `The lint found contract changes in ${contracts.join(", ")}: code the active color (${active}) runs would break on them. Contract changes belong in a later release, once the color that predates them is torn down (teardown's contract-command); nothing was migrated. Set allow-contract: true only for a release whose old color is gone.`;
      await writeSummary("cutover migrate: contract change refused", snapshot, [`**Refused.** ${why}`, lintSection], {
        word: "failed",
      });
      throw new CutoverError(why);
    }
    if (contracts.length) {
      const problem = contractProblem(snapshot.tags, active);
      if (problem) {
        core.setOutput("migration", "refused");
        const why = `allow-contract is true, but ${problem}. Tear it down first; nothing was migrated.`;
        await writeSummary("cutover migrate: contract change refused", snapshot, [`**Refused.** ${why}`, lintSection], {
          word: "failed",
        });
        throw new CutoverError(why);
      }
      core.warning(
        `allow-contract: true lets ${contracts.join(", ")} through the lint; the N-1 gate still checks ${active} on the result.`,
      );
    }
    if (!migrate.commands) {
      core.setOutput("migration", "linted");
      await writeSummary(
        "cutover migrate: linted",
        snapshot,
        [`**Linted** ${files.length} files; no migrate-command is given.`, lintSection],
        {
          word: "checked",
          next: "run your migrations, then deploy-standby; or give migrate-command so that migrate runs them under the N-1 gate.",
        },
      );
      return;
    }
    const migrated = await migrateUnderLock(ports, migrate, migrate.commands, active, contracts.length > 0);
    core.setOutput("migration", migrated.state);
    core.setOutput("gate-ms", String(migrated.gateMs ?? ""));
    await report(migrated, migrate, active, snapshot, lintSection);
  },
};

async function report(
  migrated: Migrated,
  migrate: MigrateConfig,
  active: string,
  snapshot: Parameters<typeof writeSummary>[1],
  lintSection: string,
): Promise<void> {
  const gate = migrated.gate;
  const checks = table(
    ["", "Check", "Color", "Status", "Why it failed"],
    (gate?.checks ?? []).map((c) => [
      c.ok ? "✅" : "❌",
      clip(c.name, 80),
      `${active} (active)`,
      String(c.status ?? "—"),
      clip(c.reason ?? "", 300),
    ]),
  );
  const soak = gate?.soak
    ? `Soak of ${active}: ${gate.soak.result}, ${gate.soak.figures.samples} samples, error rate ${(gate.soak.figures.errorRate * 100).toFixed(2)}%.`
    : "";
  const timing =
    migrated.gateMs === undefined ? "" : `The N-1 gate's verdict came ${migrated.gateMs} ms after the migration ended.`;
  if (gate?.passed) {
    await writeSummary(
      `cutover migrate: ${migrate.schemaVersion} ${migrated.state === "skipped" ? "already applied" : "applied"}, ${active} passed the N-1 gate`,
      snapshot,
      [
        `**Migrated** to schema ${migrate.schemaVersion}; the active color ${active} (old code) works on it. ${timing}`,
        lintSection,
        checks,
        soak,
        commandLogs(migrated),
      ],
    );
    return;
  }
  const what = `The N-1 gate failed after migration ${migrate.schemaVersion}: ${gate?.failure}.`;
  const verdict = `${what} ${migrated.detail} The standby was not deployed.`;
  await writeSummary(
    `cutover migrate: N-1 gate failed on ${active}`,
    snapshot,
    [`**Failed.** ${verdict}`, timing, lintSection, checks, soak, commandLogs(migrated)],
    { word: "failed" },
  );
  throw new CutoverError(verdict);
}

const LOG_LINES = 30;

/** The commands' last lines, each in a code span: their output is the user's, never Markdown. */
function commandLogs(migrated: Migrated): string {
  return migrated.logs
    .map(({ label, lines }) => {
      const shown = lines.filter((l) => l.trim()).slice(-LOG_LINES);
      if (shown.length === 0) return `**${label}** printed nothing.`;
      const which =
        shown.length === LOG_LINES ? `last ${LOG_LINES} lines` : shown.length === 1 ? "1 line" : `${shown.length} lines`;
      return `**${label}** (${which}):\n\n${shown.map((l) => `- ${code(l)}`).join("\n")}`;
    })
    .join("\n\n");
}

function lintTable(linted: LintResult): string {
  const files = table(
    ["File", "Verdict"],
    linted.files.map((f) => [f, linted.verdicts[f] ?? "expand"]),
  );
  const findings = linted.findings.length
    ? table(
        ["Where", "Kind", "Rule", "Finding"],
        linted.findings.map((f) => [`${f.file}:${f.line}`, f.kind, f.rule, clip(f.message, 200)]),
      )
    : "";
  const count = linted.files.length === 1 ? "1 file" : `${linted.files.length} files`;
  return [`**Lint** (squawk): ${count}.`, files, findings].filter(Boolean).join("\n\n");
}
