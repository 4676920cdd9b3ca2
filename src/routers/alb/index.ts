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
  words: { member: "target", retire: "deregister", restore: "register", testRoute: "test listener" },
  readConfig: readAlbConfig,
  readTargets,
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
        return { targetGroup: resourceOf(config.pools[color]), loadBalancer: `${type}/${name}/${id}` };
      },
    },
  };
}
