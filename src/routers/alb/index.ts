// The ALB router: weighted forwards on listeners and rules, target groups as pools, tags as the ledger.
import { loadedOnFirstCall } from "../../core/lazy.ts";
import { defineRouter } from "../define.ts";
import type { RouterConfig, RouterPorts } from "../port.ts";
import { readAlbConfig, resourceOf } from "./config.ts";
import type { LoadBalancerPort } from "./elbv2.ts";
import { ALB_INPUTS } from "./inputs.ts";
import { AlbLedger } from "./ledger.ts";
import { AlbPool } from "./pool.ts";
import { readTargets } from "./targets.ts";
import { AlbTraffic } from "./traffic.ts";

export const alb = defineRouter<RouterConfig>({
  kind: "alb",
  inputs: ALB_INPUTS,
  words: {
    member: "target",
    pool: "target group",
    retire: "deregister",
    restore: "register",
    retired: "deregistered",
    restored: "registered",
    testRoute: "test listener",
    // ELBv2 health-checks a target group only while a rule forwards to it (TargetHealth reason Target.NotInUse).
    unchecked: "ALB does not health-check it (Target.NotInUse)",
  },
  readConfig: readAlbConfig,
  readTargets,
  // ARNs are unique: two entries of routers: sharing one are the same ALB, written and counted twice.
  identityInputs: [
    "listener-arn",
    "test-listener-arn",
    "rule-arns",
    "test-rule-arns",
    "blue-target-group-arn",
    "green-target-group-arn",
  ],
  // Kept for the deploy and teardown commands and the workflows written before active-pool.
  commandEnv: (config, standby) => ({
    CUTOVER_STANDBY_TARGET_GROUP_ARN: config.pools[standby],
    CUTOVER_ACTIVE_TARGET_GROUP_ARN: config.pools[standby === "blue" ? "green" : "blue"],
  }),
  outputs: [
    {
      name: "active-target-group-arn",
      description: "router alb: the active color's target group ARN (with several ALBs, each one's, comma-separated).",
      value: (config, { active }) => config.pools[active],
    },
    {
      name: "standby-target-group-arn",
      description: "router alb: the standby color's target group ARN (with several ALBs, each one's, comma-separated).",
      value: (config, { standby }) => config.pools[standby],
    },
  ],
  connect(config) {
    const options = { region: config.aws.region, maxAttempts: config.aws.maxAttempts };
    const lb = loadedOnFirstCall<LoadBalancerPort>(() => import("./elbv2.ts").then((m) => m.createLoadBalancerPort(options)));
    // Its own short retry budget, for writes that must land inside a cancel's grace.
    const urgent = loadedOnFirstCall<LoadBalancerPort>(() =>
      import("./elbv2.ts").then((m) => m.createUrgentLoadBalancerPort(options)),
    );
    return connectAlb(config, lb, urgent);
  },
});

/** The ALB's ports over any ELBv2 client: the SDK's, or a test's. */
export function connectAlb(config: RouterConfig, lb: LoadBalancerPort, urgent: LoadBalancerPort = lb): RouterPorts {
  const route = config.routes[0]?.id ?? "";
  return {
    traffic: new AlbTraffic(lb, urgent, config),
    pool: new AlbPool(lb, urgent, config),
    ledger: new AlbLedger(lb, urgent, config),
    metrics: {
      // CloudWatch's dimensions for ALB: `targetgroup/name/id`, and `app/name/id` from any route's ARN.
      pool: (color) => {
        const [, type, name, id] = resourceOf(route).split("/");
        return { pool: resourceOf(config.pools[color]), router: `${type}/${name}/${id}` };
      },
    },
  };
}
