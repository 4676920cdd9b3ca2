// Local stand-ins for the third-party actions the workflows use. Each does what its action promises
// and checks its inputs against the action's own action.yml; any other third-party action fails the
// run. They are:
// - actions/checkout: a copy of the repository's tree at `path` (the whole tree, or only the
//   sparse-checkout paths). The repositories are the test's: RunnerSetup.repositories.
// - aws-actions/configure-aws-credentials: the sandbox's credentials and endpoints as env, with the
//   region given; a role needs the job's id-token: write permission, as OIDC does.
// - azure/login and google-github-actions/auth: the env the test gives for that cloud, after the
//   same OIDC checks; with none given they fail, naming what is missing.

import { execFile } from "node:child_process";
import { chmod, copyFile, link, lstat, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

export interface StandInContext {
  workspace: string;
  /** owner/name → a local tree that stands for that repository. */
  repositories: Record<string, string>;
  githubRepository: string;
  permissions: Record<string, string>;
  /** Env for each cloud, from the test: `aws` is the sandbox's (World.env). */
  clouds: Partial<Record<"aws" | "azure" | "gcp", Record<string, string>>>;
  /** The run's snapshots of the trees it checks out, in a directory the run removes. */
  snapshots: Snapshots;
}

export interface Snapshots {
  root: string;
  trees: Map<string, Snapshot>;
}

interface Snapshot {
  dir: string;
  stamps: Map<string, string>;
  /** The refresh under way, which the next one waits for. */
  refresh: Promise<unknown>;
}

export interface StandInResult {
  outputs: Record<string, string>;
  env: Record<string, string>;
  /** What a test may assert: the role assumed, the tree copied. */
  record: Record<string, string>;
}

interface StandIn {
  inputs: string[];
  outputs: string[];
  run(inputs: Record<string, string>, context: StandInContext): StandInResult | Promise<StandInResult>;
}

export class StandInFailure extends Error {}

function fail(message: string): never {
  throw new StandInFailure(message);
}

const exists = (file: string) =>
  lstat(file).then(
    () => true,
    () => false,
  );

/** Runs `work` on every item, `width` at a time. */
async function eachLimited<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * The files of a tree as git would check them out: tracked and new, not ignored; all files when it
 * is no work tree. Everything here is asynchronous: the Kubernetes sandbox runs in the test's own
 * process, and a checkout that blocked the event loop (a synchronous copy of the tree took 3 s on
 * a loaded machine) starved its data planes and pods, so that a probe or a request of the load
 * got no answer for seconds.
 */
async function treeFiles(root: string): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)(
      "git",
      ["-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const files = stdout.split("\0").filter(Boolean);
    const present = await Promise.all(files.map((f) => exists(path.join(root, f))));
    return files.filter((_, i) => present[i]);
  } catch {
    const walk = async (dir: string): Promise<string[]> => {
      const names = await readdir(path.join(root, dir));
      const nested = await Promise.all(
        names.map(async (name) => {
          const rel = path.join(dir, name);
          return (await stat(path.join(root, rel))).isDirectory() ? walk(rel) : [rel];
        }),
      );
      return nested.flat();
    };
    return walk("");
  }
}

/**
 * Each source tree is copied once per run into a read-only snapshot, refreshed file by file when a
 * file changes, and a checkout hard-links the snapshot's files: a copy of 25 MB per job took
 * seconds on a loaded machine. A step that writes to a checked-out file fails (read-only) instead
 * of changing the next job's checkout.
 */
async function snapshotOf(snapshots: Snapshots, source: string, files: string[]): Promise<string> {
  let snapshot = snapshots.trees.get(source);
  if (!snapshot) {
    // Made at once, before any await: jobs of a matrix check out side by side and share it.
    snapshot = { dir: path.join(snapshots.root, `tree-${snapshots.trees.size}`), stamps: new Map(), refresh: Promise.resolve() };
    snapshots.trees.set(source, snapshot);
  }
  // One refresh at a time per tree: two at once would remove each other's fresh copies.
  const refresh = snapshot.refresh.then(() => refreshSnapshot(snapshot, source, files));
  snapshot.refresh = refresh.catch(() => undefined);
  await refresh;
  return snapshot.dir;
}

async function refreshSnapshot(snapshot: Snapshot, source: string, files: string[]): Promise<void> {
  const { dir, stamps } = snapshot;
  await eachLimited(files, 16, async (file) => {
    const info = await stat(path.join(source, file));
    const stamp = `${info.mtimeMs}:${info.size}:${info.mode}`;
    if (stamps.get(file) === stamp) return;
    const copy = path.join(dir, file);
    await mkdir(path.dirname(copy), { recursive: true });
    await rm(copy, { force: true });
    await copyFile(path.join(source, file), copy);
    await chmod(copy, info.mode & 0o555);
    stamps.set(file, stamp);
  });
}

const checkout: StandIn = {
  // actions/checkout v4+ action.yml
  inputs: [
    "repository",
    "ref",
    "token",
    "ssh-key",
    "ssh-known-hosts",
    "ssh-strict",
    "ssh-user",
    "persist-credentials",
    "path",
    "clean",
    "filter",
    "sparse-checkout",
    "sparse-checkout-cone-mode",
    "fetch-depth",
    "fetch-tags",
    "show-progress",
    "lfs",
    "submodules",
    "set-safe-directory",
    "github-server-url",
  ],
  outputs: ["ref", "commit"],
  async run(inputs, context) {
    const repository = inputs.repository || context.githubRepository;
    const source = context.repositories[repository];
    if (!source) fail(`actions/checkout: the test gave no tree for repository ${repository}`);
    const target = path.resolve(context.workspace, inputs.path ?? "");
    if (target !== context.workspace && !target.startsWith(`${context.workspace}/`))
      fail(`actions/checkout: repository path '${target}' is not under '${context.workspace}'`);
    const sparse = (inputs["sparse-checkout"] ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (sparse.some((p) => /[*?[!]/.test(p)))
      fail(`actions/checkout: sparse-checkout patterns with wildcards are not copied here: ${sparse.join(", ")}`);
    const wanted = (file: string) =>
      !sparse.length || sparse.some((p) => file === p || file.startsWith(`${p.replace(/\/$/, "")}/`));
    const files = (await treeFiles(source)).filter(wanted);
    const snapshot = await snapshotOf(context.snapshots, source, files);
    await eachLimited(files, 16, async (file) => {
      await mkdir(path.dirname(path.join(target, file)), { recursive: true });
      await link(path.join(snapshot, file), path.join(target, file));
    });
    return {
      outputs: { ref: inputs.ref ?? "", commit: "" },
      env: {},
      record: { repository, path: inputs.path ?? "", files: String(files.length) },
    };
  },
};

/** OIDC needs a token the job may only request with id-token: write ("About security hardening with OpenID Connect"). */
function requireIdToken(action: string, context: StandInContext): void {
  if (context.permissions["id-token"] !== "write")
    fail(
      `${action}: OIDC needs the id-token: write permission, and this job has id-token: ${context.permissions["id-token"] ?? "none"}`,
    );
}

function cloud(action: string, name: "aws" | "azure" | "gcp", context: StandInContext): Record<string, string> {
  const env = context.clouds[name];
  if (!env) fail(`${action}: the test gave the runner no ${name} sandbox (clouds.${name})`);
  return env;
}

const awsCredentials: StandIn = {
  // aws-actions/configure-aws-credentials v4+ action.yml
  inputs: [
    "audience",
    "aws-access-key-id",
    "aws-secret-access-key",
    "aws-session-token",
    "aws-region",
    "mask-aws-account-id",
    "role-to-assume",
    "web-identity-token-file",
    "role-chaining",
    "role-duration-seconds",
    "role-session-name",
    "role-external-id",
    "role-skip-session-tagging",
    "transitive-tag-keys",
    "inline-session-policy",
    "managed-session-policies",
    "output-credentials",
    "output-env-credentials",
    "unset-current-credentials",
    "disable-retry",
    "retry-max-attempts",
    "special-characters-workaround",
    "use-existing-credentials",
    "allowed-account-ids",
    "force-skip-oidc",
    "action-timeout-s",
    "http-proxy",
    "proxy-server",
    "no-proxy",
  ],
  outputs: ["aws-account-id", "aws-access-key-id", "aws-secret-access-key", "aws-session-token", "aws-expiration"],
  run(inputs, context) {
    const action = "aws-actions/configure-aws-credentials";
    const region = inputs["aws-region"] ?? "";
    if (!region) fail(`${action}: Input required and not supplied: aws-region`);
    const role = inputs["role-to-assume"] ?? "";
    // With neither a role nor keys, the real action retries for minutes, then says this.
    if (!role && !inputs["aws-access-key-id"])
      fail(`${action}: Credentials could not be loaded, please check your action inputs`);
    if (role && !/^(arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+|[\w+=,.@-]+)$/.test(role))
      fail(`${action}: role-to-assume is no role ARN or name: ${role}`);
    if (role && !inputs["aws-access-key-id"]) requireIdToken(action, context);
    const env = { ...cloud(action, "aws", context), AWS_REGION: region, AWS_DEFAULT_REGION: region };
    const account = /::(\d{12}):/.exec(role)?.[1] ?? "";
    return { outputs: { "aws-account-id": account }, env, record: { role, region } };
  },
};

const azureLogin: StandIn = {
  // azure/login v2 action.yml
  inputs: [
    "creds",
    "client-id",
    "tenant-id",
    "subscription-id",
    "enable-AzPSSession",
    "environment",
    "allow-no-subscriptions",
    "audience",
    "auth-type",
  ],
  outputs: [],
  run(inputs, context) {
    const action = "azure/login";
    if (!inputs.creds) {
      if (!inputs["client-id"] || !inputs["tenant-id"]) fail(`${action}: give creds, or client-id and tenant-id for OIDC`);
      requireIdToken(action, context);
    }
    return { outputs: {}, env: cloud(action, "azure", context), record: { "client-id": inputs["client-id"] ?? "" } };
  },
};

const googleAuth: StandIn = {
  // google-github-actions/auth v2 action.yml
  inputs: [
    "project_id",
    "workload_identity_provider",
    "service_account",
    "audience",
    "credentials_json",
    "create_credentials_file",
    "export_environment_variables",
    "token_format",
    "delegates",
    "universe",
    "request_reason",
    "cleanup_credentials",
    "access_token_lifetime",
    "access_token_scopes",
    "access_token_subject",
    "retries",
    "backoff",
    "backoff_limit",
    "id_token_audience",
    "id_token_include_email",
  ],
  outputs: ["project_id", "credentials_file_path", "auth_token", "access_token", "id_token"],
  run(inputs, context) {
    const action = "google-github-actions/auth";
    const wif = inputs.workload_identity_provider ?? "";
    if (!wif === !inputs.credentials_json) fail(`${action}: give exactly one of workload_identity_provider and credentials_json`);
    if (wif) requireIdToken(action, context);
    const env = cloud(action, "gcp", context);
    return {
      outputs: { project_id: inputs.project_id ?? "", credentials_file_path: env.GOOGLE_APPLICATION_CREDENTIALS ?? "" },
      env,
      record: { provider: wif },
    };
  },
};

export const STAND_INS: Record<string, StandIn> = {
  "actions/checkout": checkout,
  "aws-actions/configure-aws-credentials": awsCredentials,
  "azure/login": azureLogin,
  "google-github-actions/auth": googleAuth,
};
