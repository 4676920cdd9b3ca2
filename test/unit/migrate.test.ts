// The migrate step's inputs, its lint's verdicts, and the schema guards of rollback and migrate.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { changedSince } from "../../src/migrate/changed.ts";
import { readMigrateConfig, squawkConfigProblem } from "../../src/migrate/inputs.ts";
import { classify, kindOf, lint, SQUAWK_VERSION } from "../../src/migrate/lint.ts";
import { contractProblem, rollbackSchemaProblem } from "../../src/migrate/schema.ts";
import { ROOT } from "../sandbox/run-action.ts";
import { clearInputs, setInputs } from "../support/inputs.ts";

const MIGRATIONS = "test/sandbox/migrations";
const badToml = path.join(mkdtempSync(path.join(tmpdir(), "cutover-migrate-unit-")), "bad.toml");
writeFileSync(badToml, "excluded_rules = [prefer-robust-stmts\n");
const db = { url: "postgres://shop@127.0.0.1:5432/shop" };
const world = { urls: { prod: "http://127.0.0.1:8080" } };

const GOOD: Record<string, string> = {
  migrations: `${MIGRATIONS}/*.sql`,
  "migrate-command": "./migrate.sh",
  "database-url": db.url,
  "active-url": world.urls.prod,
};

const BAD: [Record<string, string>, RegExp][] = [
  [{ migrations: "" }, /^Input 'migrations' is required: the migration files to lint, as paths or globs\. Example: migrations: /],
  [
    { migrations: "db/nope/*.sql" },
    /^Input 'migrations' "db\/nope\/\*\.sql" matches no file in the workspace .* Example: migrations: db\/migrations\/\*\.sql$/,
  ],
  [
    { migrations: "../secrets/*.sql" },
    /^Input 'migrations' must be paths inside the workspace, got "\.\.\/secrets\/\*\.sql"\. Example: migrations: /,
  ],
  [
    { migrations: "package.json" },
    /^Input 'migrations' must be SQL files \(the linter reads PostgreSQL\), got "package\.json"\. Example: migrations: /,
  ],
  [
    { "schema-version": "v 2!" },
    /^Input 'schema-version' must be letters, digits, _ \. - \(at most 128\), got "v 2!"\. Example: schema-version: 003_add_note$/,
  ],
  [
    { "lint-config": "nope.toml" },
    /^Input 'lint-config' names "nope\.toml", which is not a file in the workspace\. Example: lint-config: \.squawk\.toml$/,
  ],
  [
    { "lint-config": badToml },
    /^Input 'lint-config' does not parse as squawk's \.squawk\.toml: line 1: excluded_rules has a value TOML does not read: .* Example: lint-config: \.squawk\.toml$/,
  ],
  [
    { "pg-version": "fifteen" },
    /^Input 'pg-version' must be a PostgreSQL version such as 15 or 15\.4, got "fifteen"\. Example: pg-version: 15$/,
  ],
  [
    { "migrate-command": "", "migrate-rollback-command": "./down.sh" },
    /^Input 'migrate-command' is required when migrate-rollback-command is given\. Example: migrate-command: /,
  ],
  [
    { "database-url": "" },
    /^Input 'database-url' is required with migrate-command: the migration lock is a PostgreSQL advisory lock in that database\. Example: database-url: postgres:\/\//,
  ],
  [
    { "database-url": "mysql://shop@db/shop" },
    /^Input 'database-url' must be a postgres:\/\/ or postgresql:\/\/ URL, got a mysql:\/\/ one\. Example: database-url: /,
  ],
  [
    { "active-url": "" },
    /^Input 'active-url' is required with migrate-command: the N-1 gate checks the active color on the new schema\. Example: active-url: /,
  ],
  [
    { "lock-timeout": "soon" },
    /^Input 'lock-timeout' must be a duration such as 90s, 5m or 24h, got "soon"\. Example: lock-timeout: 5m$/,
  ],
  [
    { "gate-soak-path": "items" },
    /^Input 'gate-soak-path' does not start with \/, got "items"\. Example: gate-soak-path: \/health$/,
  ],
  [
    { "gate-soak-duration": "500ms" },
    /^Input 'gate-soak-duration' must be 0s \(no soak\) or at least 1s\. Example: gate-soak-duration: 30s$/,
  ],
  [{ "allow-contract": "yes" }, /^Input 'allow-contract' must be true or false, got "yes"\. Example: allow-contract: false$/],
  [
    { checks: "- name: both\n  kind: compare\n  path: /api/info\n" },
    /^Input 'checks' cannot hold a compare check here: the N-1 gate checks the active color alone\. /,
  ],
];

afterEach(() => clearInputs());

describe("migrate inputs", () => {
  it.each(BAD.map(([inputs, error]) => [Object.keys(inputs).join(", "), inputs, error] as const))(
    "refuses a bad %s with one line naming it",
    (_, bad, error) => {
      setInputs({ ...GOOD, ...bad });
      expect(() => readMigrateConfig(ROOT)).toThrow(error);
    },
  );

  it("refuses at least ten different mistakes", () => {
    expect(BAD.length).toBeGreaterThanOrEqual(10);
  });

  it("reads the files in order and takes the schema version from the last", () => {
    setInputs(GOOD);
    const config = readMigrateConfig(ROOT);
    expect(config.files).toEqual([
      `${MIGRATIONS}/001_items.sql`,
      `${MIGRATIONS}/002_add_note.sql`,
      `${MIGRATIONS}/003_rename_item.sql`,
    ]);
    expect(config.schemaVersion).toBe("003_rename_item");
    expect(config.named).toBe(false);
    expect(config.commands?.gate.soakMs).toBe(30_000);
  });

  it("reads squawk's own config format", () => {
    expect(
      squawkConfigProblem(
        'excluded_rules = ["prefer-robust-stmts", "require-timeout-settings"]\npg_version = "15"\nassume_in_transaction = true\n[upload_to_github]\nfail_on_violations = true\n',
      ),
    ).toBeUndefined();
    expect(squawkConfigProblem("colour = 1")).toBe("line 1: unknown key colour");
  });
});

describe("the files a release changed", () => {
  it("are those changed since the active color's version when git knows it, and every file when it does not", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), "cutover-migrate-git-"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
    mkdirSync(path.join(repo, "db"));
    writeFileSync(path.join(repo, "db/001.sql"), "CREATE TABLE a (id bigint);\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "v1");
    git("tag", "v1.0.0");
    writeFileSync(path.join(repo, "db/002.sql"), "ALTER TABLE a ADD COLUMN b text;\n");
    git("add", ".");
    git("commit", "-qm", "v2");
    writeFileSync(path.join(repo, "db/003.sql"), "ALTER TABLE a DROP COLUMN b;\n");
    const files = ["db/001.sql", "db/002.sql", "db/003.sql"];
    expect(await changedSince(files, "v1.0.0", repo)).toEqual(["db/002.sql", "db/003.sql"]);
    expect(await changedSince(files, "v9.9.9", repo)).toBeUndefined();
    expect(await changedSince(files, "--output=x", repo)).toBeUndefined();
    rmSync(repo, { recursive: true, force: true });
  });
});

describe("lint", () => {
  it("pins the squawk release package.json installs", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.devDependencies["squawk-cli"] ?? pkg.dependencies["squawk-cli"]).toBe(SQUAWK_VERSION);
  });

  it("gives the sandbox's migrations their verdicts, each finding with its file and line", async () => {
    const files = ["001_items.sql", "002_add_note.sql", "003_rename_item.sql"].map((f) => `${MIGRATIONS}/${f}`);
    const result = await lint(files, {}, ROOT);
    expect(result.verdicts).toEqual({
      [files[0] as string]: "expand",
      [files[1] as string]: "expand",
      [files[2] as string]: "contract",
    });
    expect(result.findings).toEqual([
      {
        file: files[2],
        line: 5,
        rule: "renaming-column",
        message: "Renaming a column may break existing clients.",
        kind: "contract",
      },
    ]);
  });

  it("maps squawk's rules onto expand and contract, and fails a file it cannot parse", () => {
    for (const rule of ["renaming-column", "ban-drop-column", "ban-drop-table", "changing-column-type", "adding-required-field"])
      expect(kindOf(rule), rule).toBe("contract");
    for (const rule of [
      "require-concurrent-index-creation",
      "prefer-robust-stmts",
      "require-timeout-settings",
      "adding-field-with-default",
    ])
      expect(kindOf(rule), rule).toBe("expand");
    const syntax = JSON.stringify([
      { file: "a.sql", line: 2, level: "Error", message: "expected command, found IDENT", rule_name: "syntax-error" },
    ]);
    expect(() => classify(["a.sql"], syntax)).toThrow(
      "a.sql:3 does not parse as PostgreSQL (expected command, found IDENT); nothing was migrated.",
    );
  });
});

describe("schema guards", () => {
  const tags = (blue: Record<string, string>, green: Record<string, string>) => ({ blue, green });

  it("refuses a rollback across an applied contract, warns across an expand, and says nothing without marks", () => {
    const contracted = tags(
      { "cutover:schema-version": "002_add_note" },
      {
        "cutover:schema-version": "003_rename_item",
        "cutover:schema-contract": "003_rename_item",
        "cutover:schema-applied": "003_rename_item",
      },
    );
    expect(rollbackSchemaProblem(contracted, "blue").refuse).toMatch(
      /^blue was released against schema 002_add_note, and the contract migration 003_rename_item has been applied since/,
    );
    const expanded = tags({ "cutover:schema-version": "001_items" }, { "cutover:schema-applied": "002_add_note" });
    expect(rollbackSchemaProblem(expanded, "blue")).toEqual({
      warn: "blue was released against schema 001_items; the database has been expanded to 002_add_note since, which old code tolerates",
    });
    expect(rollbackSchemaProblem(tags({}, {}), "blue")).toEqual({});
    // Versions compare as numbers where they are: V10 comes after V9.
    expect(
      rollbackSchemaProblem(tags({ "cutover:schema-version": "V10__a" }, { "cutover:schema-contract": "V9__b" }), "blue"),
    ).toEqual({});
  });

  it("lets a contract through only when the other color was never deployed or is torn down", () => {
    expect(contractProblem(tags({}, {}), "blue")).toBeUndefined();
    expect(contractProblem(tags({}, { "cutover:version": "v1" }), "blue")).toMatch(/^green \(v1\) is not torn down/);
    const gone = {
      "cutover:version": "v1",
      "cutover:deployed-at": "2026-01-01T00:00:00Z",
      "cutover:torn-down-at": "2026-01-02T00:00:00Z",
    };
    expect(contractProblem(tags({}, gone), "blue")).toBeUndefined();
  });
});
