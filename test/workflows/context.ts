// The contexts and the environment GitHub gives a job: github, job, runner, the GITHUB_* and RUNNER_*
// variables ("Variables reference", "Contexts reference"), and the token's permissions.
import type { Plain } from "./load.ts";
import { WorkflowFailure } from "./steps.ts";

export interface RunIdentity {
  event: string;
  eventPayload: Plain;
  repository: string;
  sha: string;
  ref: string;
  token: string;
  apiUrl: string;
  workflowName: string;
}

export function githubContext(run: RunIdentity, job: string, workspace: string): Plain {
  return {
    event_name: run.event,
    event: run.eventPayload,
    sha: run.sha,
    ref: run.ref,
    ref_name: run.ref.replace(/^refs\/(heads|tags)\//, ""),
    ref_type: run.ref.startsWith("refs/tags/") ? "tag" : "branch",
    repository: run.repository,
    repository_owner: run.repository.split("/")[0],
    token: run.token,
    run_id: "4242",
    run_number: "7",
    run_attempt: "1",
    actor: "octocat",
    triggering_actor: "octocat",
    server_url: "https://github.com",
    api_url: run.apiUrl,
    workflow: run.workflowName,
    job,
    action: "",
    workspace,
    retention_days: "90",
  };
}

/** The GITHUB_* and RUNNER_* variables of a job's processes. */
export function defaultEnv(
  github: Plain,
  temp: string,
  eventPath: string,
  permissions: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_SHA: String(github.sha),
    GITHUB_REF: String(github.ref),
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: String(github.run_id),
    GITHUB_RUN_NUMBER: String(github.run_number),
    GITHUB_RUN_ATTEMPT: String(github.run_attempt),
    GITHUB_ACTOR: String(github.actor),
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_API_URL: String(github.api_url),
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_JOB: String(github.job),
    GITHUB_WORKSPACE: String(github.workspace),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: temp,
    RUNNER_ENVIRONMENT: "github-hosted",
  };
  // The OIDC token endpoint exists only for a job with id-token: write ("About security hardening
  // with OpenID Connect"); the stand-ins check the permission itself.
  if (permissions["id-token"] === "write") {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = "http://127.0.0.1:9/oidc-not-served-by-this-runner";
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = "oidc-request-token";
  }
  return env;
}

/** The runner machine's own environment: nothing a step would not get on a fresh runner. */
export function machineEnv(extra: Record<string, string>): Record<string, string> {
  const own = Object.entries(process.env).filter(
    (e): e is [string, string] => e[1] !== undefined && !/^(INPUT_|GITHUB_|AWS_|RUNNER_|ACTIONS_|VITEST|KUBECONFIG$)/.test(e[0]),
  );
  return { ...Object.fromEntries(own), ...extra };
}

const SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
];
const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A permissions value as every scope's level; unset, the restricted default ("Permissions for the GITHUB_TOKEN"). */
export function permissionsOf(value: unknown): Record<string, string> {
  if (value === undefined) return { contents: "read", packages: "read", metadata: "read" };
  if (value === "read-all" || value === "write-all") return Object.fromEntries(SCOPES.map((s) => [s, value.slice(0, -4)]));
  const given = (value ?? {}) as Record<string, string>;
  return Object.fromEntries(SCOPES.map((s) => [s, given[s] ?? "none"]).filter(([, level]) => level !== "none"));
}

/** A called workflow's job may not ask for more than its caller job has; GitHub refuses the run. */
export function checkCap(job: string, wanted: Record<string, string>, cap: Record<string, string> | undefined): void {
  if (!cap) return;
  for (const [scope, level] of Object.entries(wanted)) {
    const allowed = cap[scope] ?? "none";
    if ((LEVEL[level] ?? 0) > (LEVEL[allowed] ?? 0))
      throw new WorkflowFailure(
        `The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${allowed}'.`,
      );
  }
}

/** strategy.matrix as its combinations: the product of its keys, less exclude, with include added. */
export function combinations(matrix: Plain | undefined): Plain[] {
  if (!matrix) return [];
  const { include = [], exclude = [], ...axes } = matrix as { include?: Plain[]; exclude?: Plain[] } & Plain;
  let combos: Plain[] = Object.keys(axes).length ? [{}] : [];
  for (const [key, values] of Object.entries(axes))
    combos = combos.flatMap((c) => (values as unknown[]).map((v) => ({ ...c, [key]: v })));
  const matches = (combo: Plain, partial: Plain) =>
    Object.entries(partial).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v));
  combos = combos.filter((c) => !(exclude as Plain[]).some((e) => matches(c, e)));
  for (const extra of include as Plain[]) {
    const original = Object.fromEntries(Object.entries(extra).filter(([k]) => k in axes));
    const targets = combos.filter((c) => matches(c, original));
    if (targets.length && Object.keys(original).length) for (const t of targets) Object.assign(t, extra);
    else combos.push({ ...extra });
  }
  return combos;
}
