// The router's state as read: each route's weights, and whether the production routes agree on
// one live color.
import { type Color, otherColor, type PerColor } from "../core/color.ts";
import type { HealthVerdict } from "../routers/health.ts";
import type { Ledger, RouterConfig } from "../routers/port.ts";
import { formatWeights, type RouteState, routeName, sameSplit, soleColor, type Weights } from "../routers/routes.ts";

export interface RouterState {
  routes: RouteState[];
  /** The split all production routes share; undefined when they disagree. */
  production?: Weights;
  /** The color with all production weight; undefined while shifting or disagreeing. */
  active?: Color;
}

export function productionRoutes(state: RouterState): RouteState[] {
  return state.routes.filter((r) => r.ref.role === "production");
}

/**
 * A test route must send to the standby: one left on the live color (a switch or rollback ran
 * without it) would have smoke-test check production while calling it the standby.
 */
export function testRouteProblem(state: RouterState): string | undefined {
  if (!state.active) return undefined;
  const standby = otherColor(state.active);
  const wrong = state.routes.filter((r) => r.ref.role === "test" && soleColor(r.weights) !== standby);
  if (wrong.length === 0) return undefined;
  const names = wrong.map((r) => `${routeName(r.ref)} (${formatWeights(r.weights)})`).join(", ");
  // The inputs that named these routes, in the router's own words: test-listener-arn, nginx-test-upstream, test-service…
  const inputs = [...new Set(wrong.map((r) => r.ref.input))].join(" and ");
  return `The test route ${names} does not send to the standby, ${standby}: it reaches the live color, ${state.active}. A switch or rollback ran without ${inputs}. Give it to every switch and rollback; to fix the test route now, run switch with to: ${state.active} and ${inputs} set, which writes only the test route.`;
}

export function describeRoutes(routes: RouteState[]): string {
  return routes.map((r) => `${routeName(r.ref)}: ${formatWeights(r.weights)}`).join("; ");
}

/** Whether the production routes agree, and on which color, from each route's weights. */
export function stateOf(routes: RouteState[]): RouterState {
  const production = routes.filter((r) => r.ref.role === "production");
  const first = (production[0] as RouteState).weights;
  const agreed = production.every((r) => sameSplit(r.weights, first));
  return { routes, production: agreed ? first : undefined, active: agreed ? soleColor(first) : undefined };
}

/** What a step reads of the router before it acts: the routes, the ledger, and the health when asked. */
export interface Snapshot {
  config: RouterConfig;
  state: RouterState;
  tags: PerColor<Ledger>;
  health?: Partial<PerColor<HealthVerdict>>;
}
