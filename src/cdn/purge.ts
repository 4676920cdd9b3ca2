import { createHash } from "node:crypto";
import { formatDuration, readDuration } from "../core/durations.ts";
import { AwsCallError, CutoverError } from "../core/errors.ts";
import { inputError, readBoolean, readList } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { sleep } from "../core/time.ts";
import { readVersionCheck, type VersionCheck, type VersionReport, verifyVersion } from "../probe/version.ts";
import { ledgerValue } from "../routers/ledger-keys.ts";
import type { CdnPort } from "./cloudfront.ts";
import { planBatch, readPurgePaths } from "./paths.ts";

export interface PurgeConfig {
  distributionIds: string[];
  paths: string[];
  wait: boolean;
  timeoutMs: number;
  verify?: Omit<VersionCheck, "expected"> & { expected?: string };
}

export interface Invalidated {
  distributionId: string;
  invalidationId: string;
  status: string;
  /** From the request until Completed (or until it stopped waiting). */
  ms: number;
}

export interface PurgeReport {
  invalidations: Invalidated[];
  paths: string[];
  notes: string[];
  version?: VersionReport;
  /** Set when verify-url was given but no version was known to check the edge for (a first release's untagged color). */
  unchecked?: string;
}

const POLL_MS = 1_000;
const PROGRESS_MS = 10_000;
const BUSY_BACKOFF_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * CloudFront's API is the global one in us-east-1 only in the `aws` partition. In GovCloud (US),
 * CloudFront lies outside the boundary and takes a standard account's credentials ("Amazon
 * CloudFront" in the AWS GovCloud (US) User Guide); the China regions run their own CloudFront.
 */
const CDN_PARTITIONS: Record<string, string> = {
  "aws-us-gov":
    "the ARNs are in aws-us-gov, and CloudFront lies outside the AWS GovCloud (US) boundary: its distributions belong to a standard AWS account, with that account's credentials. Leave distribution-id empty here and invalidate from a job that has those credentials",
  "aws-cn":
    "the ARNs are in aws-cn, and cutover does not address CloudFront in the China regions (it calls the global CloudFront API in us-east-1). Leave distribution-id empty and invalidate with a client configured for aws-cn",
};

/** distribution-id and the purge inputs; undefined when no distribution is given and none is required. */
export function readPurgeConfig(required: boolean, partition: string): PurgeConfig | undefined {
  const distributionIds = readList("distribution-id");
  const refused =
    distributionIds.length && partition !== "aws"
      ? (CDN_PARTITIONS[partition] ?? `the ARNs are in ${partition}, where cutover does not address CloudFront`)
      : undefined;
  if (refused) throw inputError("distribution-id", `cannot be purged: ${refused}`, "(empty)");
  for (const id of distributionIds) {
    if (!/^E[A-Z0-9]{5,}$/.test(id))
      throw inputError("distribution-id", `is not a CloudFront distribution ID, got ${JSON.stringify(id)}`, "E2QWRUHAPOMQZL");
  }
  const paths = readPurgePaths();
  const wait = readBoolean("wait", true);
  const timeoutMs = readDuration("timeout", "10m", 3_600_000);
  const verify = readVersionCheck(timeoutMs);
  if (distributionIds.length === 0) {
    if (required)
      throw inputError(
        "distribution-id",
        "is required: the CloudFront distribution(s) in front of the load balancer",
        "E2QWRUHAPOMQZL",
      );
    return undefined;
  }
  return { distributionIds, paths, wait: wait || verify !== undefined, timeoutMs, verify };
}

/**
 * The same purge must not invalidate twice when a job's step is run again, while a rollback's
 * purge in the same job must not be mistaken for the switch's: run, attempt, job, purpose, paths.
 */
export function callerReference(purpose: string, paths: string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256").update(paths.join("\n")).digest("hex").slice(0, 16);
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${env.GITHUB_JOB ?? ""}`
    : `local-${Date.now()}`;
  return ledgerValue(`cutover-${run}-${purpose}-${hash}`).slice(0, 128);
}

/** One invalidation per distribution, in parallel; then, when asked, waits and checks the edge. */
export async function purge(
  cdn: CdnPort,
  config: PurgeConfig,
  purpose: string,
  expected?: string,
  /** The run's cancel: the waits stop, and the invalidations go on at CloudFront by themselves. */
  signal?: AbortSignal,
): Promise<PurgeReport> {
  const want = config.verify ? (config.verify.expected ?? expected) : undefined;
  const plan = planBatch(config.paths);
  for (const note of plan.notes) core.warning(`purge: ${note}`);
  const reference = callerReference(purpose, plan.paths);
  const deadline = Date.now() + config.timeoutMs;
  core.info(`Invalidating ${plan.paths.join(", ")} on ${config.distributionIds.join(", ")} (CallerReference ${reference}).`);
  const invalidations = await Promise.all(
    config.distributionIds.map((id) => invalidate(cdn, id, plan.paths, reference, deadline, config.wait, signal)),
  );
  let version: VersionReport | undefined;
  if (config.verify && !want) {
    // Normal on the first release with cutover: the color that was live before carries no version tag.
    const unchecked =
      "the invalidation is done, but verify-url could not check the edge: the live color carries no cutover:version tag (as on the first release with cutover) and no expected-version was given, so there was no version to look for. Set expected-version to have the edge checked.";
    core.warning(`purge: ${unchecked}`);
    return { invalidations, paths: plan.paths, notes: plan.notes, unchecked };
  }
  if (config.verify && want) {
    const check = { ...config.verify, expected: want };
    version = await confirmEdge(check, deadline, signal, async () => {
      const again = callerReference(`${purpose}-again`, plan.paths);
      core.info(`Invalidating ${plan.paths.join(", ")} once more (CallerReference ${again}).`);
      const more = await Promise.all(
        config.distributionIds.map((id) => invalidate(cdn, id, plan.paths, again, deadline, true, signal)),
      );
      invalidations.push(...more);
    });
    if (signal?.aborted) {
      throw new CutoverError(
        "The run was cancelled while verify-url checked the edge: the invalidations are done, but the edge was not confirmed. Traffic was not touched.",
      );
    }
    if (!version.ok) throw new CutoverError(`The edge still does not serve ${want} after the invalidation: ${version.detail}.`);
  }
  return { invalidations, paths: plan.paths, notes: plan.notes, version };
}

/**
 * How long the edge has, once the invalidation completed, to serve the new version before it is
 * invalidated once more. A router's change reaches its data plane a little after the router shows
 * it (ALB: "Edit a listener rule" says requests may follow the previous configuration for a short
 * time); an invalidation that completes inside that moment lets the edge fetch the old color again
 * and keep it for its whole TTL.
 */
const STALE_EDGE_MS = 5_000;

/** verify-url until the deadline; when the edge still serves another version just after the invalidation, `again` runs once first. */
async function confirmEdge(
  check: Omit<VersionCheck, "timeoutMs">,
  deadline: number,
  signal: AbortSignal | undefined,
  again: () => Promise<void>,
): Promise<VersionReport> {
  const run = signal ?? new AbortController().signal;
  const within = (ms: number) => verifyVersion({ ...check, timeoutMs: Math.max(1_000, ms) }, run);
  const first = await within(Math.min(STALE_EDGE_MS, deadline - Date.now()));
  if (first.ok || run.aborted || Date.now() >= deadline) return first;
  const twice = deadline - Date.now() > STALE_EDGE_MS;
  if (twice) {
    core.info(
      `verify-url ${first.detail}, though the invalidation had completed: the edge may have fetched the old color again while the router's change was still reaching its data plane.`,
    );
    await again();
  }
  const second = await within(deadline - Date.now());
  const detail = twice ? `${second.detail}, after a second invalidation` : second.detail;
  return { ...second, detail, probes: first.probes + second.probes, ms: first.ms + second.ms };
}

async function invalidate(
  cdn: CdnPort,
  distributionId: string,
  paths: string[],
  reference: string,
  deadline: number,
  wait: boolean,
  signal?: AbortSignal,
): Promise<Invalidated> {
  const started = Date.now();
  const created = await createWhenRoom(cdn, distributionId, paths, reference, deadline, signal);
  core.info(`Invalidation ${created.id} on ${distributionId}: ${created.status}.`);
  if (!wait || created.status === "Completed")
    return { distributionId, invalidationId: created.id, status: created.status, ms: Date.now() - started };
  let nextProgress = Date.now() + PROGRESS_MS;
  for (;;) {
    await sleep(POLL_MS, signal);
    if (signal?.aborted) {
      throw new CutoverError(
        `The run was cancelled while waiting for invalidation ${created.id} on ${distributionId}: CloudFront finishes it by itself, and the edge may serve stale HTML until then. Traffic was not touched; run purge-cdn again to wait for it (the same job reuses the invalidation).`,
      );
    }
    const now = await cdn.getInvalidation(distributionId, created.id);
    if (now.status === "Completed") {
      const ms = Date.now() - started;
      core.info(`Invalidation ${created.id} on ${distributionId} completed after ${formatDuration(ms)}.`);
      return { distributionId, invalidationId: created.id, status: now.status, ms };
    }
    if (Date.now() >= deadline) {
      throw new CutoverError(
        `Invalidation ${created.id} on ${distributionId} is still ${now.status} after ${formatDuration(Date.now() - started)} (timeout). It goes on by itself; the edge may serve stale HTML until it completes.`,
      );
    }
    if (Date.now() >= nextProgress) {
      core.info(
        `Waiting for invalidation ${created.id} on ${distributionId}: ${now.status}, ${formatDuration(deadline - Date.now())} left.`,
      );
      nextProgress += PROGRESS_MS;
    }
  }
}

/** CloudFront refuses new invalidations while too many are in progress; wait for room until the deadline. */
async function createWhenRoom(
  cdn: CdnPort,
  distributionId: string,
  paths: string[],
  reference: string,
  deadline: number,
  signal?: AbortSignal,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await cdn.createInvalidation(distributionId, paths, reference);
    } catch (error) {
      const code = error instanceof AwsCallError ? error.code : "";
      if (code === "NoSuchDistribution") {
        throw new CutoverError(
          `CloudFront has no distribution ${distributionId} (or this role may not see it): check distribution-id.`,
        );
      }
      const wait = BUSY_BACKOFF_MS[Math.min(attempt, BUSY_BACKOFF_MS.length - 1)] as number;
      if (code !== "TooManyInvalidationsInProgress" || Date.now() + wait > deadline) throw error;
      core.info(
        `CloudFront has too many invalidations in progress on ${distributionId}; trying again in ${formatDuration(wait)}.`,
      );
      await sleep(wait, signal);
      if (signal?.aborted) {
        throw new CutoverError(
          `The run was cancelled while waiting for room for an invalidation on ${distributionId}: nothing was invalidated there. Traffic was not touched.`,
        );
      }
    }
  }
}
