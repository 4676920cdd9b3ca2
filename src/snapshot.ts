import type { LoadBalancerPort, Tags } from "./aws/elbv2.ts";
import { COLORS, type PerColor } from "./color.ts";
import type { Snapshot } from "./report.ts";
import type { RouterConfig } from "./router/config.ts";
import { Router } from "./router/router.ts";

export async function readColorTags(lb: LoadBalancerPort, config: RouterConfig): Promise<PerColor<Tags>> {
  const tags = await lb.describeTags(COLORS.map((c) => config.targetGroups[c]));
  return { blue: tags.get(config.targetGroups.blue) ?? {}, green: tags.get(config.targetGroups.green) ?? {} };
}

/** The routes and both colors' tags, read in parallel: what every step starts from. */
export async function readSnapshot(lb: LoadBalancerPort, config: RouterConfig): Promise<Snapshot> {
  const [state, tags] = await Promise.all([new Router(lb, config).read(), readColorTags(lb, config)]);
  return { config, state, tags };
}
