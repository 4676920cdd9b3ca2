// The migrate step and the schema guards of rollback and teardown: the committed bundles against
// the ALB sandbox, a real PostgreSQL from Debian, and apps that read and write it under load.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { Postgres, postgresBin } from "../sandbox/postgres/server.ts";
import { ROOT, runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

const MIGRATIONS = "test/sandbox/migrations";
const EXPAND = `${MIGRATIONS}/001_items.sql\n${MIGRATIONS}/002_add_note.sql`;
const RENAME = `${MIGRATIONS}/003_rename_item.sql`;

let world: World;
let db: Postgres;
let pool: pg.Pool;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  [world, db] = await Promise.all([startWorld(), Postgres.start()]);
  pool = new pg.Pool({ connectionString: db.url, max: 16 });
  // An idle client the server drops (at shutdown) is an error event on the pool; the next query reconnects.
  pool.on("error", () => undefined);
  world.useDatabase(pool);
  dir = mkdtempSync(path.join(tmpdir(), "cutover-migrate-"));
  // psql for the commands, from the same PostgreSQL package.
  env = { ...world.env, PATH: `${postgresBin()}:${process.env.PATH}` };
}, 60_000);
afterAll(async () => {
  await pool?.end();
  await Promise.all([world?.stop(), db?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await world.reset();
  await db.query("DROP TABLE IF EXISTS items");
  await db.run(path.join(ROOT, MIGRATIONS, "001_items.sql"));
  rmSync(path.join(dir, "runs"), { force: true });
});

function tags(color: "blue" | "green"): Record<string, string> {
  return Object.fromEntries(world.elbv2.tags.get(world.group(color).arn) ?? []);
}

async function columns(): Promise<string[]> {
  const rows = await db.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'items' ORDER BY ordinal_position",
  );
  return rows.map((r) => r.column_name);
}

/** A command that counts its runs in a file, then applies each migration the step names with psql. */
function psqlEach(files = "$CUTOVER_MIGRATIONS", before = ""): string {
  return `${before}echo run >> ${dir}/runs; for f in ${files}; do echo "applying $f"; psql "$CUTOVER_DATABASE_URL" -v ON_ERROR_STOP=1 -q -f "$f"; done`;
}

function inputs(extra: Record<string, string>): Record<string, string> {
  return {
    ...world.inputs,
    "database-url": db.url,
    "active-url": world.urls.prod,
    checks: "- name: items\n  path: /items\n",
    "gate-soak-duration": "2s",
    "gate-soak-path": "/items",
    "migrate-command": psqlEach(),
    ...extra,
  };
}

function runs(): number {
  return existsSync(path.join(dir, "runs")) ? readFileSync(path.join(dir, "runs"), "utf8").split("\n").filter(Boolean).length : 0;
}

describe("migrate: inputs", () => {
  it("refuses each bad input with one line naming it, and runs nothing", async () => {
    const badToml = path.join(dir, "bad.toml");
    writeFileSync(badToml, "excluded_rules = [prefer-robust-stmts\n");
    // Every input's checks are in test/unit/migrate.test.ts; here, through the bundle, that nothing runs.
    const cases: [Record<string, string>, RegExp][] = [
      [
        { migrations: "" },
        /^Input 'migrations' is required: the migration files to lint, as paths or globs\. Example: migrations: /,
      ],
      [
        { "lint-config": badToml },
        /^Input 'lint-config' does not parse as squawk's \.squawk\.toml: line 1: excluded_rules has a value TOML does not read: .* Example: lint-config: \.squawk\.toml$/,
      ],
      [
        { "database-url": "mysql://shop@db/shop" },
        /^Input 'database-url' must be a postgres:\/\/ or postgresql:\/\/ URL, got a mysql:\/\/ one\. Example: database-url: /,
      ],
      [
        { "gate-soak-path": "items" },
        /^Input 'gate-soak-path' does not start with \/, got "items"\. Example: gate-soak-path: \/health$/,
      ],
    ];
    world.aws.calls.length = 0;
    const results = await Promise.all(cases.map(([bad]) => runAction("migrate", inputs({ migrations: EXPAND, ...bad }), env)));
    for (const [i, run] of results.entries()) {
      const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(run.code, run.stdout).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.slice("::error::".length)).toMatch(cases[i]?.[1] as RegExp);
    }
    expect(world.aws.calls).toEqual([]);
    expect(runs()).toBe(0);
  });
});

describe("migrate", () => {
  it("releases an expand migration under load: lint says expand, the N-1 gate passes, and the switch to v2 fails no request", async () => {
    const load = new LoadGenerator(`${world.urls.prod}/items`, 50).start();
    const run = await runAction("migrate", inputs({ migrations: EXPAND }), env);
    expect(run.code, run.stdout).toBe(0);
    const switched = await runAction("switch", world.inputs, world.env);
    // The load runs on until it has met green's v2, or for 5 s: the switch returns once the write is read back.
    const seen = Date.now() + 5_000;
    while (!load.records.some((r) => r.version === "v2") && Date.now() < seen) await new Promise((r) => setTimeout(r, 50));
    const records = await load.stop();
    expect(switched.code, switched.stdout).toBe(0);
    expect(JSON.parse(run.outputs.verdicts ?? "")).toEqual({
      [`${MIGRATIONS}/001_items.sql`]: "expand",
      [`${MIGRATIONS}/002_add_note.sql`]: "expand",
    });
    expect(run.outputs.migration).toBe("done");
    expect(Number(run.outputs["gate-ms"])).toBeGreaterThan(2_000);
    expect(runs()).toBe(1);
    expect(await columns()).toEqual(["id", "item", "note"]);
    expect(tags("green")).toMatchObject({ "cutover:schema-version": "002_add_note", "cutover:schema-applied": "002_add_note" });
    expect(tags("blue")["cutover:schema-applied"]).toBe("002_add_note");
    expect(run.summary).toContain("### 🗄️ Migrated: 002_add_note applied, blue passed the N-1 gate · cutover migrate");
    expect(run.summary).toContain("**Next:** deploy-standby puts the new release on green");
    // The migration's own lines, stdout and stderr (psql's NOTICE), in the summary.
    expect(run.summary).toContain("**migrate-command** (3 lines):");
    for (const line of [
      `applying ${MIGRATIONS}/001_items.sql`,
      `psql:${MIGRATIONS}/001_items.sql:4: NOTICE:  relation "items" already exists, skipping`,
      `applying ${MIGRATIONS}/002_add_note.sql`,
    ])
      expect(run.summary).toContain(`- \`${line}\``);
    expect(records.filter(isFailure)).toEqual([]);
    expect(new Set(records.map((r) => r.version))).toEqual(new Set(["v1", "v2"]));
    console.log(
      `expand release: ${records.length} requests, N-1 gate verdict ${run.outputs["gate-ms"]} ms after the migration ended`,
    );
  });

  it("refuses a rename in the lint, before anything is migrated", async () => {
    const run = await runAction("migrate", inputs({ migrations: RENAME }), env);
    expect(run.code).toBe(1);
    expect(run.outputs.migration).toBe("refused");
    expect(JSON.parse(run.outputs.verdicts ?? "")).toEqual({ [RENAME]: "contract" });
    expect(run.stdout).toContain(`${RENAME}:5 [contract] renaming-column: Renaming a column may break existing clients.`);
    expect(run.stdout).toMatch(
      /::error::The lint found contract changes in test\/sandbox\/migrations\/003_rename_item\.sql: .*Contract changes belong in a later release/,
    );
    expect(run.summary).toContain(`| ${RENAME}:5 | contract | renaming-column |`);
    expect(runs()).toBe(0);
    expect(await columns()).toEqual(["id", "item"]);
    expect(world.aws.calls.filter((c) => c.write)).toEqual([]);
  });

  it("catches a rename forced past the lint in the N-1 gate, runs the down migration, and never deploys the standby", async () => {
    const downAt = path.join(dir, "down-at");
    const load = new LoadGenerator(`${world.urls.prod}/items`, 50).start();
    const run = await runAction(
      "migrate",
      inputs({
        migrations: RENAME,
        "allow-contract": "true",
        "migrate-rollback-command": `psql "$CUTOVER_DATABASE_URL" -v ON_ERROR_STOP=1 -q -f ${MIGRATIONS}/down/003_rename_item.sql; date +%s%3N > ${downAt}`,
      }),
      env,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const records = await load.stop();
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.migration).toBe("rolled-back");
    expect(run.stdout).toMatch(
      /::error::The N-1 gate failed after migration 003_rename_item: check "items" on blue \(active\): status 500, expected 2xx.*migrate-rollback-command ran: the schema is back where it was, and so is the ledger\. The standby was not deployed\./,
    );
    expect(run.summary).toContain("### ❌ Failed · cutover migrate");
    // The verdict alone: nothing happened before the failure that the migrate step did not say.
    expect(run.summary).toContain("**What happened:** The N-1 gate failed after migration 003_rename_item");
    expect(await columns()).toEqual(["id", "item"]);
    expect(tags("green")["cutover:version"]).toBeUndefined();
    expect(Object.keys({ ...tags("blue"), ...tags("green") }).filter((k) => k.startsWith("cutover:schema"))).toEqual([]);
    const down = Number(readFileSync(downAt, "utf8"));
    // Real requests show the broken window in the load figures, and none fails once the column is back.
    expect(records.filter((r) => isFailure(r) && r.at < down).length).toBeGreaterThan(0);
    expect(records.filter((r) => isFailure(r) && r.at > down)).toEqual([]);
  });

  it("lets two migrate steps started at once run the migration once: one waits for the lock, then finds it applied", async () => {
    const slow = inputs({
      migrations: EXPAND,
      "migrate-command": psqlEach("$CUTOVER_MIGRATIONS", "sleep 1; "),
      "gate-soak-duration": "0s",
    });
    const [a, b] = await Promise.all([startAction("migrate", slow, env).result, startAction("migrate", slow, env).result]);
    expect([a?.code, b?.code], `${a?.stdout}\n${b?.stdout}`).toEqual([0, 0]);
    expect([a?.outputs.migration, b?.outputs.migration].sort()).toEqual(["done", "skipped"]);
    expect(runs()).toBe(1);
    const waited = [a, b].find((r) => r?.outputs.migration === "skipped");
    expect(waited?.stdout).toMatch(
      /The ledger says schema 002_add_note is applied already \(another run migrated while this one waited\)/,
    );
  });

  it("reports a migration still running in the database after migrate-timeout as running, never as done", async () => {
    const slow = `psql "$CUTOVER_DATABASE_URL" -q -c "SELECT pg_sleep(8)"`;
    try {
      const run = await runAction(
        "migrate",
        inputs({ migrations: EXPAND, "migrate-timeout": "1s", "migrate-command": slow }),
        env,
      );
      expect(run.code).toBe(1);
      expect(run.outputs.migration).toBe("running");
      // psql dies with the command's process group; its statement runs on in the server.
      expect(run.stdout).toMatch(
        /::error::migrate-command did not finish within 1\.0s and was stopped\. The migration is still RUNNING in the database \(pid \d+: SELECT pg_sleep\(8\)\): it is not done, nothing was deployed, and the ledger was not changed\./,
      );
      expect(tags("green")["cutover:schema-applied"]).toBeUndefined();
    } finally {
      await db.query(
        "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()",
      );
    }
  });

  it("fails clearly when the lock stays held past lock-timeout", async () => {
    const holder = new pg.Client({ connectionString: db.url, application_name: "cutover migrate acme/shop/actions/runs/1" });
    await holder.connect();
    const { lockKeys } = await import("../../src/migrate/lock.ts");
    await holder.query("SELECT pg_advisory_lock($1, $2)", lockKeys("cutover migrate"));
    try {
      const run = await runAction("migrate", inputs({ migrations: EXPAND, "lock-timeout": "1s" }), env);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::The migration lock "cutover migrate" is still held by cutover migrate acme\/shop\/actions\/runs\/1 \(connected since \S+\) after 1\.0s \(lock-timeout\): another release is migrating this environment\. Nothing was migrated/,
      );
      expect(runs()).toBe(0);
    } finally {
      await holder.end();
    }
  });
});

describe("rollback and teardown know the schema", () => {
  const RETIRED_LONG_AGO = "2026-01-01T00:00:00Z";

  function contracted(blueRetiredAt: string): void {
    world.settleOn("green");
    world.elbv2.tags.set(
      world.blue.arn,
      new Map([
        ["cutover:version", "v2"],
        ["cutover:schema-version", "002_add_note"],
        ["cutover:retired-at", blueRetiredAt],
      ]),
    );
    world.elbv2.tags.set(
      world.green.arn,
      new Map([
        ["cutover:version", "v3"],
        ["cutover:schema-version", "003_rename_item"],
        ["cutover:schema-applied", "003_rename_item"],
        ["cutover:live-since", blueRetiredAt],
      ]),
    );
  }

  it("refuses a rollback across an applied contract, and with force does it and says what it overrode", async () => {
    contracted(RETIRED_LONG_AGO);
    for (const color of ["blue", "green"] as const)
      world.elbv2.tags.get(world.group(color).arn)?.set("cutover:schema-contract", "003_rename_item");
    const refused = await runAction("rollback", { ...world.inputs, reason: "v3 is slow" }, world.env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "::error::rollback refuses: blue was released against schema 002_add_note, and the contract migration 003_rename_item has been applied since: blue's code cannot run on the live schema. Nothing was written.",
    );
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
    const forced = await runAction("rollback", { ...world.inputs, reason: "v3 is slow", force: "true", to: "blue" }, world.env);
    expect(forced.code, forced.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(forced.summary).toContain(
      "**Overridden:** force: true overrode the schema guard: blue was released against schema 002_add_note, and the contract migration 003_rename_item has been applied since",
    );
  });

  it("refuses allow-contract while the color that predates the contract is not torn down", async () => {
    contracted(RETIRED_LONG_AGO);
    const run = await runAction("migrate", inputs({ migrations: RENAME, "allow-contract": "true" }), env);
    expect(run.code).toBe(1);
    expect(run.outputs.migration).toBe("refused");
    expect(run.stdout).toContain(
      "::error::allow-contract is true, but blue (v2) is not torn down, so a rollback could still send traffic to code that predates the contract change. Tear it down first; nothing was migrated.",
    );
    expect(runs()).toBe(0);
    expect(await columns()).toEqual(["id", "item"]);
  });

  it("warns, and rolls back, across an expand", async () => {
    contracted(RETIRED_LONG_AGO);
    const run = await runAction("rollback", { ...world.inputs, reason: "v3 is slow" }, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "::warning::Schema: blue was released against schema 002_add_note; the database has been expanded to 003_rename_item since, which old code tolerates.",
    );
  });

  it("runs teardown's contract-command only once the old color is retired past its TTL and torn down", async () => {
    const contract = `echo contract >> ${dir}/runs`;
    contracted(new Date().toISOString().replace(/\.\d+Z$/, "Z"));
    const early = await runAction("teardown", { ...world.inputs, ttl: "1h", "contract-command": contract }, world.env);
    expect(early.code, early.stdout).toBe(0);
    expect(early.stdout).toMatch(/Nothing to tear down/);
    expect(runs()).toBe(0);

    world.elbv2.tags.get(world.blue.arn)?.set("cutover:retired-at", RETIRED_LONG_AGO);
    const run = await runAction(
      "teardown",
      { ...world.inputs, ttl: "1h", "contract-command": contract, "drain-timeout": "10s" },
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(runs()).toBe(1);
    expect(run.stdout.indexOf("Running contract-command")).toBeGreaterThan(run.stdout.indexOf("blue drained"));
    expect(tags("blue")["cutover:torn-down-at"]).toBeTruthy();
    expect(tags("green")["cutover:schema-contract"]).toBe("003_rename_item");
    expect(run.summary).toContain("contract-command ran after blue was torn down; the schema is contracted at 003_rename_item.");
  });
});
