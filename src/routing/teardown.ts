import { COLORS, type Color, type PerColor } from "../core/color.ts";
import { formatDuration } from "../core/durations.ts";
import { LEDGER, tornDownAt } from "../routers/ledger-keys.ts";
import type { Ledger, RouterConfig } from "../routers/port.ts";
import { lastWriter, TEARDOWN_MARK_FRESH_MS } from "./ledger.ts";
import type { RouterState } from "./router.ts";

export type TeardownDecision =
  | { act: true; color: Color; detail: string }
  | { act: false; refuse: boolean; color?: Color; detail: string };

/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
export function idleColors(state: RouterState): Color[] {
  const production = state.routes.filter((r) => r.ref.role === "production");
  return COLORS.filter((color) => production.every((r) => r.weights[color] === 0));
}

/**
 * Whether teardown may act, and on which color. It acts only on a color with no production
 * weight, retired for longer than the TTL, and not torn down already; anything it cannot be sure
 * of is skipped, never guessed at.
 */
export function decideTeardown(
  state: RouterState,
  tags: PerColor<Ledger>,
  ttlMs: number,
  now: number,
  /** How long the router's stickiness may keep clients on a color after it last took new ones (Router.pinnedForMs). */
  pinnedForMs: (color: Color) => number = () => 0,
): TeardownDecision {
  const [color, other] = idleColors(state);
  if (!color || other) {
    return { act: false, refuse: true, detail: "the router is shifting or its routes disagree, so no color is surely idle" };
  }
  const t = tags[color];
  const retired = t[LEDGER.retiredAt];
  const deployed = t[LEDGER.deployedAt];
  const tornDown = tornDownAt(t);
  if (tornDown) {
    return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
  }
  if (!retired) {
    return {
      act: false,
      refuse: false,
      color,
      detail: `${color} has no ${LEDGER.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
    };
  }
  const retiredAt = Date.parse(retired);
  if (Number.isNaN(retiredAt))
    return {
      act: false,
      refuse: false,
      color,
      detail: `${color}'s ${LEDGER.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
    };
  if (deployed && deployed > retired) {
    return {
      act: false,
      refuse: false,
      color,
      detail: `${color} holds a release deployed at ${deployed}, after it was retired at ${retired}; it is left alone`,
    };
  }
  const age = now - retiredAt;
  if (age < ttlMs) {
    const due = new Date(retiredAt + ttlMs).toISOString();
    return {
      act: false,
      refuse: false,
      color,
      detail: `${color} was retired ${formatDuration(age)} ago; the ttl of ${formatDuration(ttlMs)} ends at ${due}`,
    };
  }
  const pinned = pinnedUntil(tags, retiredAt, pinnedForMs(color));
  if (pinned && now < pinned.until) {
    return {
      act: false,
      refuse: false,
      color,
      detail: `${color} was retired ${formatDuration(age)} ago, but clients pinned to it by session stickiness (a production route still names it; a pin lasts up to ${formatDuration(pinned.ms)} after its last weight change, at ${pinned.since}) may reach it until ${new Date(pinned.until).toISOString()}: teardown will be safe then`,
    };
  }
  return {
    act: true,
    color,
    detail: `${color} was retired ${formatDuration(age)} ago, longer than the ttl of ${formatDuration(ttlMs)}`,
  };
}

/**
 * When the last client pinned to the idle color lets go: the pin's length after its last weight
 * change, taken as the later of its retirement and the last run that wrote the routes (a switch to it
 * that was put back gave it clients after it was retired).
 */
function pinnedUntil(
  tags: PerColor<Ledger>,
  retiredAt: number,
  ms: number,
): { since: string; until: number; ms: number } | undefined {
  if (ms <= 0) return undefined;
  const last = lastWriter(tags) ?? "";
  const lastWrite = Date.parse(last.slice(last.lastIndexOf(" at ") + 4));
  const since = Number.isNaN(lastWrite) ? retiredAt : Math.max(retiredAt, lastWrite);
  return { since: new Date(since).toISOString(), until: since + ms, ms };
}

/** How to take a teardown mark off a color by hand, on every router the environment has. */
export function clearMarkHint(config: RouterConfig, color: Color): string {
  const members = config.members ?? [config];
  const clear = `Once no teardown of ${color} is running, run teardown again to finish it, deploy-standby to reuse ${color}, or remove ${LEDGER.teardownStarted} from ${color}'s ledger`;
  if (!members.every((m) => m.kind === "alb")) return `${clear}.`;
  const arns = members.map((m) => m.pools[color]).join(" ");
  return `${clear}: aws elbv2 remove-tags --resource-arns ${arns} --tag-keys ${LEDGER.teardownStarted}`;
}

/** How long a fresh teardown mark makes switch and rollback refuse its color. */
export const TEARDOWN_MARK_BLOCKS = formatDuration(TEARDOWN_MARK_FRESH_MS);
