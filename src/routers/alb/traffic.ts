import type { Color } from "../../core/color.ts";
import { COLORS } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import type { CallOptions, RouteChange, RouteRef, RouteState, TrafficPort, Weights, WriteOptions } from "../port.ts";
import { routeName } from "../routes.ts";
import { namedColors, readWeights, withWeights, writable } from "./actions.ts";
import { AlbClient } from "./client.ts";
import { routeKind } from "./config.ts";
import type { Action } from "./elbv2.ts";

/** An ALB's listeners and rules: each route is a forward action's weights over the two target groups. */
export class AlbTraffic extends AlbClient implements TrafficPort {
  async read(options: CallOptions = {}): Promise<RouteState[]> {
    const lb = this.client(options);
    const refs = this.config.routes;
    const ids = (kind: "listener" | "rule") => refs.filter((r) => routeKind(r) === kind).map((r) => r.id);
    const [listeners, rules] = await Promise.all([
      ids("listener").length ? lb.describeListenerActions(ids("listener"), options.signal) : new Map<string, Action[]>(),
      ids("rule").length ? lb.describeRuleActions(ids("rule"), options.signal) : new Map<string, Action[]>(),
    ]);
    return refs.map((ref) => {
      const actions = listeners.get(ref.id) ?? rules.get(ref.id) ?? [];
      return { ref, weights: readWeights(ref, actions, this.config.pools), raw: actions };
    });
  }

  withWeights(route: RouteState, weights: Weights, options: WriteOptions = {}): RouteState {
    return { ...route, weights, raw: withWeights(actionsOf(route), this.config.pools, weights, options) };
  }

  write(route: RouteState, options: CallOptions = {}): Promise<void> {
    const lb = this.client(options);
    const actions = writable(actionsOf(route));
    return routeKind(route.ref) === "listener"
      ? lb.modifyListenerActions(route.ref.id, actions, options.signal)
      : lb.modifyRuleActions(route.ref.id, actions, options.signal);
  }

  named(route: RouteState): Color[] {
    return namedColors(actionsOf(route), this.config.pools);
  }

  /**
   * Group stickiness keeps a client on the target group its AWSALBTG cookie names for DurationSeconds
   * (TargetGroupStickinessConfig, ELBv2 API reference). The guide does not say whether a group at
   * weight 0 keeps its pinned clients; cutover takes the harsher case, that it does while the forward
   * names it, as the sandbox does. A forward that leaves the color out (sticky-sessions: release) pins no one to it.
   */
  pinnedFor(route: RouteState, color: Color): number | undefined {
    const stickiness = actionsOf(route).find((a) => a.Type === "forward")?.ForwardConfig?.TargetGroupStickinessConfig;
    if (!stickiness?.Enabled || !this.named(route).includes(color)) return undefined;
    return (stickiness.DurationSeconds ?? 0) * 1000;
  }

  writeVerb(ref: RouteRef): string {
    return routeKind(ref) === "listener" ? "ModifyListener" : "ModifyRule";
  }

  /**
   * A forward to several target groups with group stickiness off is refused by ALB when any of the
   * groups has stickiness enabled ("Listeners for your Application Load Balancers"). That can only
   * arise where a write adds a group to a forward that named one; it is checked before any write.
   */
  async checkChanges(changes: RouteChange[], options: WriteOptions = {}, call: CallOptions = {}): Promise<void> {
    const widened = changes.filter((c) => {
      const written = actionsOf(this.withWeights(c.before, c.after, options));
      const forward = written.find((a) => a.Type === "forward");
      const more = namedColors(written, this.config.pools).length > this.named(c.before).length;
      return more && !forward?.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
    });
    if (widened.length === 0) return;
    const settings = await Promise.all(COLORS.map((c) => this.lb.describeTargetGroupSettings(this.config.pools[c], call.signal)));
    const sticky = COLORS.filter((_, i) => settings[i]?.attributes["stickiness.enabled"] === "true");
    if (sticky.length === 0) return;
    const routes = widened.map((c) => routeName(c.ref)).join(", ");
    throw new CutoverError(
      `${routes} must name both target groups, and ${sticky.join(" and ")}'s target group has stickiness enabled (stickiness.enabled), so ALB requires group stickiness on that forward and would refuse the write. Enable group stickiness on the route (ForwardConfig.TargetGroupStickinessConfig, with a DurationSeconds), or turn stickiness.enabled off on the target groups. Nothing was written.`,
    );
  }

  /**
   * ALB health-checks a target group only while a rule forwards to it (Target.NotInUse otherwise):
   * when no route names `color`, it joins the production forwards at weight 0.
   */
  planReference(routes: RouteState[], color: Color): RouteChange[] {
    if (routes.some((r) => this.named(r).includes(color))) return [];
    const other = color === "blue" ? "green" : "blue";
    // A forward that does not name `color` sends everything to the other one; weights go explicit.
    const after: Weights = { blue: 0, green: 0, [other]: 100 } as Weights;
    return routes.filter((r) => r.ref.role === "production").map((before) => ({ ref: before.ref, before, after }));
  }

  async testUrl(): Promise<URL | undefined> {
    const test = this.config.routes.find((r) => r.role === "test" && routeKind(r) === "listener");
    return test ? this.lb.listenerUrl(test.id) : undefined;
  }
}

function actionsOf(route: RouteState): Action[] {
  return route.raw as Action[];
}
