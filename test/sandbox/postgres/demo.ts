// npm run demo -- --scenario migrate: the data layer on the ALB sandbox with a real PostgreSQL,
// while 100 requests/s read and write the apps' table. An expand release goes through; a rename
// is stopped by the lint; the same rename forced past the lint is caught by the N-1 gate and
// undone; a rollback across a contract migration is refused.
import path from "node:path";
import pg from "pg";
import { LoadGenerator, summarize } from "../load.ts";
import { type ActionRun, ROOT, runAction } from "../run-action.ts";
import { startWorld, type World } from "../world.ts";
import { Postgres, postgresBin } from "./server.ts";

const RATE = 100;
const MIGRATIONS = "test/sandbox/migrations";

/** The shape demo.ts prints and reports. */
interface Report {
  name: string;
  ok: boolean;
  requests: number;
  failedRequests: number;
  /** 5xx answered on purpose by a broken app: none in these scenarios, whose failures are real. */
  injectedErrors?: number;
  switchMs: number | null;
  rtoMs: number | null;
  steps: { name: string; ok: boolean; ms: number }[];
}

interface Stage {
  world: World;
  db: Postgres;
  env: Record<string, string>;
}

function show(name: string, run: ActionRun, ok: boolean): void {
  const outputs = ["migration", "verdicts", "gate-ms", "active-color"]
    .filter((k) => run.outputs[k])
    .map((k) => `${k}=${run.outputs[k]}`)
    .join(" ");
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name.padEnd(14)} ${String(Math.round(run.ms)).padStart(5)} ms  ${outputs}`);
  for (const line of run.stdout
    .split("\n")
    .filter((l) => /^(::error::|::warning::|\S+\.sql:\d+ \[|N-1 gate: (passed|failed))/.test(l)))
    console.log(`         │ ${line}`);
}

async function scenario(
  stage: Stage,
  name: string,
  title: string,
  steps: (
    run: (step: string, inputs: Record<string, string>, expect: (r: ActionRun) => boolean) => Promise<ActionRun>,
  ) => Promise<void>,
): Promise<Report> {
  console.log(`\nScenario ${name}: ${title}`);
  const load = new LoadGenerator(`${stage.world.urls.prod}/items`, RATE).start();
  const done: Report["steps"] = [];
  await steps(async (step, inputs, expect) => {
    const run = await runAction(step, inputs, stage.env);
    const ok = expect(run);
    done.push({ name: step, ok, ms: Math.round(run.ms) });
    show(step, run, ok);
    return run;
  });
  const records = await load.stop();
  const figures = summarize(records);
  console.log(`  requests ${figures.requests}, failed ${figures.failedRequests}, p95 ${figures.p95LatencyMs} ms`);
  return {
    name,
    ok: done.every((s) => s.ok),
    requests: figures.requests,
    failedRequests: figures.failedRequests,
    switchMs: null,
    rtoMs: null,
    steps: done,
  };
}

function migrateInputs(stage: Stage, extra: Record<string, string>): Record<string, string> {
  return {
    ...stage.world.inputs,
    "database-url": stage.db.url,
    "active-url": stage.world.urls.prod,
    checks: "- name: items\n  path: /items\n",
    "gate-soak-duration": "3s",
    "gate-soak-path": "/items",
    "migrate-command": `for f in $CUTOVER_MIGRATIONS; do psql "$CUTOVER_DATABASE_URL" -v ON_ERROR_STOP=1 -q -f "$f"; done`,
    ...extra,
  };
}

async function fresh(stage: Stage): Promise<void> {
  await stage.world.reset();
  await stage.db.query("DROP TABLE IF EXISTS items");
  await stage.db.run(path.join(ROOT, MIGRATIONS, "001_items.sql"));
}

export async function migrateDemo(): Promise<Report[]> {
  console.log(
    `cutover demo: migrations on the ALB sandbox with a real PostgreSQL, ${RATE} requests/s on /items (each writes a row and reads five).`,
  );
  const [world, db] = await Promise.all([startWorld(), Postgres.start()]);
  const pool = new pg.Pool({ connectionString: db.url, max: 16 });
  // An idle client the server drops (at shutdown) is an error event on the pool; the next query reconnects.
  pool.on("error", () => undefined);
  world.useDatabase(pool);
  const stage: Stage = { world, db, env: { ...world.env, PATH: `${postgresBin()}:${process.env.PATH}` } };
  const expand = `${MIGRATIONS}/001_items.sql\n${MIGRATIONS}/002_add_note.sql`;
  const rename = `${MIGRATIONS}/003_rename_item.sql`;
  const reports: Report[] = [];
  try {
    await fresh(stage);
    reports.push(
      await scenario(
        stage,
        "migrate-expand",
        "v2 adds a nullable column; blue (v1) is proved on it, then green (v2) goes live",
        async (run) => {
          await run(
            "migrate",
            migrateInputs(stage, { migrations: expand }),
            (r) => r.code === 0 && r.outputs.migration === "done",
          );
          await run("switch", world.inputs, (r) => r.code === 0);
        },
      ),
    );
    await fresh(stage);
    reports.push(
      await scenario(
        stage,
        "migrate-lint",
        "a release that renames a column is refused by the lint, before any write",
        async (run) => {
          await run(
            "migrate",
            migrateInputs(stage, { migrations: rename }),
            (r) => r.code === 1 && r.outputs.migration === "refused",
          );
        },
      ),
    );
    reports.push(
      await scenario(
        stage,
        "migrate-gate",
        "the same rename forced past the lint: the N-1 gate catches v1 failing, the down migration runs",
        async (run) => {
          const down = `psql "$CUTOVER_DATABASE_URL" -v ON_ERROR_STOP=1 -q -f ${MIGRATIONS}/down/003_rename_item.sql`;
          await run(
            "migrate",
            migrateInputs(stage, { migrations: rename, "allow-contract": "true", "migrate-rollback-command": down }),
            (r) => r.code === 1 && r.outputs.migration === "rolled-back",
          );
        },
      ),
    );
    await fresh(stage);
    // green serves v2, which writes the note column.
    await db.run(path.join(ROOT, MIGRATIONS, "002_add_note.sql"));
    // The ledger as a contract release (v3, 003) leaves it once teardown's contract-command ran,
    // with blue (v2, released against 002) deployed again by hand.
    world.settleOn("green");
    const marks = (color: "blue" | "green", entries: [string, string][]) =>
      world.elbv2.tags.set(world.group(color).arn, new Map(entries));
    marks("blue", [
      ["cutover:version", "v2"],
      ["cutover:schema-version", "002_add_note"],
      ["cutover:schema-contract", "003_rename_item"],
    ]);
    marks("green", [
      ["cutover:version", "v3"],
      ["cutover:schema-version", "003_rename_item"],
      ["cutover:schema-applied", "003_rename_item"],
      ["cutover:schema-contract", "003_rename_item"],
    ]);
    reports.push(
      await scenario(
        stage,
        "rollback-contract",
        "a rollback to a color released before an applied contract is refused",
        async (run) => {
          await run(
            "rollback",
            { ...world.inputs, reason: "demo: v3 is slow" },
            (r) => r.code === 1 && /rollback refuses/.test(r.stdout),
          );
        },
      ),
    );
  } finally {
    await pool.end();
    await Promise.all([world.stop(), db.stop()]);
  }
  // Only the gate scenario fails requests on purpose: v1 on the renamed column, until the down migration.
  for (const r of reports) if (r.name !== "migrate-gate" && r.failedRequests) r.ok = false;
  return reports;
}
