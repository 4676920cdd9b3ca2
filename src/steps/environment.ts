import { readList, readRequiredString, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import type { RouterConfig } from "../routers/port.ts";
import { readRouterConfig } from "../routers/registry.ts";
import type { Step } from "../step.ts";

interface EnvironmentInputs {
  router: RouterConfig;
  environment: string;
  role: string;
  readRole: string;
  distributionIds: string[];
  environmentUrl?: URL;
}

/**
 * Reads and checks the environment file, and hands a job what it needs before it can call AWS: the
 * role to assume and the region, which the ARNs carry. Calls nothing.
 */
export const step: Step<EnvironmentInputs> = {
  name: "environment",
  readInputs: () => ({
    environment: readRequiredString("environment", "production"),
    router: readRouterConfig(),
    role: readString("role"),
    readRole: readString("read-role"),
    distributionIds: readList("distribution-id"),
    environmentUrl: readUrl("environment-url", "https://shop.example.com"),
  }),

  async run({ environment, router, role, readRole, distributionIds, environmentUrl }) {
    core.setOutput("role", role);
    core.setOutput("read-role", readRole);
    core.setOutput("aws-region", router.aws.region);
    core.setOutput("distribution-id", distributionIds.join(","));
    core.setOutput("environment-url", environmentUrl?.href ?? "");
    // The region is said with the roles it is for: a router outside AWS with no role has no use for it.
    const aws = role || readRole ? `; region ${router.aws.region}` : "";
    core.info(
      `Environment ${environment}: ${router.description}${aws}${role ? `; role ${role}` : ""}${readRole ? `; read-role ${readRole}` : ""}.`,
    );
    return undefined;
  },
};
