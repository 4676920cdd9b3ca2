import { type PurgeConfig, readPurgeConfig } from "../cdn/purge.ts";
import { purgeSections } from "../cdn/report.ts";
import { COLORS } from "../core/color.ts";
import { readBoolean, readChoice, readInteger, readOptionalChoice, readRequiredString } from "../core/inputs.ts";
import { code } from "../core/untrusted.ts";
import { reportFailedFlip, reportFlip, setFlipOutputs } from "../flip/report.ts";
import { purgeFailure, type RollbackRequest, rollBack } from "../flip/rollback.ts";
import { type DeploymentConfig, readDeploymentConfig, restoreDeployment } from "../github/deployments.ts";
import { rollbackSchemaGuard } from "../migrate/guards.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import type { Step } from "../step.ts";

interface RollbackInputs {
  router: RouterConfig;
  request: RollbackRequest;
  deployments?: DeploymentConfig;
}

/** Sends traffic back to the previous color after a health gate, purges the CDN, and records why. */
export const step: Step<RollbackInputs> = {
  name: "rollback",
  readInputs: () => {
    const to = readChoice("to", ["previous", ...COLORS], "previous");
    const router = readRouterConfig();
    return {
      router,
      request: {
        to: to === "previous" ? "standby" : to,
        expectedActive: readOptionalChoice("expected-active-color", COLORS),
        reason: readRequiredString("reason", "smoke tests failed after release v1.4.2"),
        force: readBoolean("force", false),
        minHealthy: readInteger("min-healthy-targets", 1, { min: 0, max: 1000 }),
        dryRun: readBoolean("dry-run", false),
        purge: readPurgeConfig(false, router.aws.partition) as PurgeConfig | undefined,
      },
      deployments: readDeploymentConfig({ withId: true }),
    };
  },

  async run({ router, request, deployments }, ports) {
    const overrode = await rollbackSchemaGuard(ports, router, request.to, request.force);
    const result = await rollBack(ports, router, request).catch(reportFailedFlip);
    const { outcome } = result;
    setFlipOutputs(outcome.previous, outcome.moved, outcome.movedAt);
    if (outcome.moved) await restoreDeployment(deployments, request.reason);
    const title = outcome.moved
      ? `cutover: rolled back to ${outcome.target}`
      : request.dryRun
        ? `cutover: rollback to ${outcome.target} (dry-run)`
        : `cutover: already on ${outcome.target}, no rollback needed`;
    const purged = result.purge
      ? ["**CDN purge**", ...purgeSections(result.purge)]
      : result.purgeError
        ? [`**CDN purge failed:** ${result.purgeError}`]
        : [];
    const lead = outcome.moved
      ? {
          word: "rolled back" as const,
          next: `fix the release and run the blue-green workflow again; teardown retires ${outcome.previous} after its ttl (the teardown workflow).`,
        }
      : request.dryRun
        ? { word: "dry run" as const, next: "run rollback without dry-run to move the traffic." }
        : { word: "nothing to do" as const, next: "nothing to do." };
    await reportFlip(
      outcome,
      title,
      [`**Reason:** ${code(request.reason)}`, ...(overrode ? [`**Overridden:** ${overrode}.`] : [])],
      purged,
      lead,
      "rollback",
    );
    const failure = purgeFailure(result);
    if (failure) throw failure;
  },
};
