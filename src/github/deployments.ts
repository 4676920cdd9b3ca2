import { describeError } from "../core/errors.ts";
import { readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";

/** Where releases show up on GitHub: the environment's deployments. Optional; never fails a release. */
export interface DeploymentConfig {
  token: string;
  environment?: string;
  environmentUrl?: string;
  deploymentId?: number;
}

type State = "in_progress" | "success" | "failure" | "inactive";

/** `deployment-id` is read by the steps that finish a deployment the switch started. */
export function readDeploymentConfig(options: { withId: boolean }): DeploymentConfig | undefined {
  const token = readString("github-token");
  if (!token) return undefined;
  core.setSecret(token);
  const id = options.withId ? readString("deployment-id") : "";
  return {
    token,
    environment: readString("environment") || undefined,
    environmentUrl: readUrl("environment-url", "https://shop.example.com")?.href,
    deploymentId: id && /^\d+$/.test(id) ? Number(id) : undefined,
  };
}

/** Runs a deployment call; a token without deployments: write (or any other refusal) is a warning. */
async function attempt<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    core.warning(
      `GitHub deployment record: ${what} failed (${describeError(error)}). The release goes on; give the job permissions: deployments: write to record it.`,
    );
    return undefined;
  }
}

/** @actions/github is loaded only by a step that has a deployment to write. */
async function github(config: DeploymentConfig) {
  const { context, getOctokit } = await import("@actions/github");
  return { context, repos: getOctokit(config.token, { baseUrl: context.apiUrl }).rest.repos };
}

async function setState(config: DeploymentConfig, id: number, state: State, description: string): Promise<void> {
  await attempt(`setting deployment ${id} to ${state}`, async () => {
    const { context, repos } = await github(config);
    return repos.createDeploymentStatus({
      ...context.repo,
      deployment_id: id,
      state,
      description: description.slice(0, 140),
      environment_url: config.environmentUrl,
      log_url: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
      auto_inactive: state === "success",
    });
  });
  core.info(`GitHub deployment ${id}: ${state}.`);
}

/** The switch opens a deployment of the version for the environment, in progress until the soak says. */
export async function startDeployment(
  config: DeploymentConfig | undefined,
  version: string,
  color: string,
): Promise<number | undefined> {
  if (!config?.environment) return undefined;
  const environment = config.environment;
  const created = await attempt("creating the deployment", async () => {
    const { context, repos } = await github(config);
    return repos.createDeployment({
      ...context.repo,
      ref: context.sha || "HEAD",
      environment,
      auto_merge: false,
      required_contexts: [],
      payload: { version, color },
      description: `cutover: ${version} on ${color}`,
    });
  });
  const id = created && "id" in created.data ? created.data.id : undefined;
  if (id) await setState(config, id, "in_progress", `switching to ${color}`);
  return id;
}

export async function finishDeployment(
  config: DeploymentConfig | undefined,
  state: "success" | "failure",
  description: string,
): Promise<void> {
  const id = config?.deploymentId;
  if (config && id) await setState(config, id, state, description);
}

/**
 * A rollback marks the replaced deployment failed and makes the one before it active again, so
 * that the environment page shows what is live.
 */
export async function restoreDeployment(config: DeploymentConfig | undefined, reason: string): Promise<void> {
  if (!config?.environment) return;
  const environment = config.environment;
  const list = await attempt("listing deployments", async () => {
    const { context, repos } = await github(config);
    return repos.listDeployments({ ...context.repo, environment, per_page: 20 });
  });
  if (!list) return;
  const deployments = [...list.data].sort((a, b) => b.id - a.id);
  const replaced = config.deploymentId ?? deployments[0]?.id;
  const restored = deployments.find((d) => replaced !== undefined && d.id < replaced);
  if (replaced) await setState(config, replaced, "failure", `rolled back: ${reason}`);
  if (restored) await setState(config, restored.id, "success", `restored by a rollback: ${reason}`);
}
