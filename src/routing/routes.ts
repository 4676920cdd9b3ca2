import { COLORS, type Color, type PerColor } from "../core/color.ts";
import { ConfigurationError } from "../core/inputs.ts";
import type { RouteRef } from "../routers/alb/config.ts";
import type { Action } from "../routers/alb/elbv2.ts";

export type Weights = PerColor<number>;

export interface RouteState {
  ref: RouteRef;
  actions: Action[];
  weights: Weights;
}

/** The colors a route's forward names, at any weight: ALB health-checks only groups some route names. */
export function namedColors(actions: Action[], targetGroups: PerColor<string>): Color[] {
  const forward = actions.find((a) => a.Type === "forward");
  const arns = forward?.ForwardConfig?.TargetGroups?.length
    ? forward.ForwardConfig.TargetGroups.map((g) => g.TargetGroupArn)
    : [forward?.TargetGroupArn];
  return COLORS.filter((c) => arns.includes(targetGroups[c]));
}

/** Weights as a forward names them: `blue 100 / green 0`, or `blue 100 only` when green is not in it. */
export function formatForward(weights: Weights, named: Color[]): string {
  return named.length === 1 ? `${named[0]} ${weights[named[0] as Color]} only` : formatWeights(weights);
}

/** `listener/app/my-alb/…/…`: the part of the ARN an operator recognises. */
export function routeName(ref: RouteRef): string {
  const resource = ref.arn.split(":").slice(5).join(":");
  return `${ref.role === "test" ? "test " : ""}${resource || ref.arn}`;
}

/**
 * `my-alb listener f2f7dc8e`, `my-alb rule 9683b2d0`: the load balancer's name and the start of
 * the route's own id, short enough for a table cell, still unique enough to find in the console.
 */
export function shortRouteName(ref: RouteRef): string {
  const parts = ref.arn.split(":").slice(5).join(":").split("/");
  const [type, , lb] = parts;
  const id = parts.at(-1) ?? "";
  if (!lb || (type !== "listener" && type !== "listener-rule")) return routeName(ref);
  return `${ref.role === "test" ? "test " : ""}${lb} ${type === "listener" ? "listener" : "rule"} ${id.slice(0, 8)}`;
}

export function formatWeights(weights: Weights): string {
  return `blue ${weights.blue} / green ${weights.green}`;
}

export function sameWeights(a: Weights, b: Weights): boolean {
  return a.blue === b.blue && a.green === b.green;
}

/** Two routes agree when they split traffic in the same proportion, whatever their scale. */
export function sameSplit(a: Weights, b: Weights): boolean {
  return a.blue * b.green === a.green * b.blue;
}

/** The color holding all the weight, or undefined while both hold some. */
export function soleColor(weights: Weights): Color | undefined {
  if (weights.blue > 0 && weights.green === 0) return "blue";
  if (weights.green > 0 && weights.blue === 0) return "green";
  return undefined;
}

export function allOn(color: Color): Weights {
  return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}

/**
 * Reads how a route's forward action splits traffic between the two colors. A forward that names
 * only one of them (the `TargetGroupArn` shorthand, say) gives the other weight 0. Anything else in
 * the forward is a layout cutover does not own, and is refused rather than overwritten.
 */
export function readWeights(ref: RouteRef, actions: Action[], targetGroups: PerColor<string>): Weights {
  const forwards = actions.filter((a) => a.Type === "forward");
  const where = `${routeName(ref)} (from ${ref.input})`;
  if (forwards.length !== 1) {
    const types = actions.map((a) => a.Type).join(", ") || "none";
    throw new ConfigurationError(
      `${where} must have exactly one forward action to the blue and green target groups; its actions are: ${types}.`,
    );
  }
  const forward = forwards[0] as Action;
  const groups = forward.ForwardConfig?.TargetGroups?.length
    ? forward.ForwardConfig.TargetGroups.map((g) => ({ arn: g.TargetGroupArn ?? "", weight: g.Weight ?? 1 }))
    : [{ arn: forward.TargetGroupArn ?? "", weight: 1 }];

  const weights: Weights = { blue: 0, green: 0 };
  for (const group of groups) {
    const color = COLORS.find((c) => targetGroups[c] === group.arn);
    if (!color) {
      throw new ConfigurationError(
        `${where} forwards to ${group.arn || "no target group"}, which is neither blue-target-group-arn nor green-target-group-arn. cutover only moves routes that forward to exactly these two target groups.`,
      );
    }
    weights[color] = group.weight;
  }
  if (weights.blue + weights.green === 0) {
    throw new ConfigurationError(`${where} gives weight 0 to both colors, so it sends no traffic to either.`);
  }
  return weights;
}

/**
 * The route's whole action list with new weights. ModifyListener and ModifyRule replace the list,
 * so every other action (authentication, its Order) goes back as it was read.
 */
export function withWeights(
  actions: Action[],
  targetGroups: PerColor<string>,
  weights: Weights,
  options: { releaseSticky?: boolean } = {},
): Action[] {
  return writable(
    actions.map((action) => {
      if (action.Type !== "forward") return action;
      // The shorthand ARN must go: next to a two-group ForwardConfig, ELBv2 refuses it.
      const { TargetGroupArn: _shorthand, ...rest } = action;
      // A sticky cookie keeps naming its group while that group is in the forward, even at weight
      // 0; only leaving the group out releases those clients.
      const release = options.releaseSticky && action.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
      const colors = release ? COLORS.filter((c) => weights[c] > 0) : COLORS;
      return {
        ...rest,
        ForwardConfig: {
          ...action.ForwardConfig,
          // Explicit weights always: a missing weight would count as 1, not 0.
          TargetGroups: colors.map((color) => ({ TargetGroupArn: targetGroups[color], Weight: weights[color] })),
        },
      };
    }),
  );
}

/**
 * Describe calls never return an OIDC client secret; writing the action back without one fails
 * unless ELBv2 is told to keep the secret it has.
 */
export function writable(actions: Action[]): Action[] {
  return actions.map((action) => {
    if (action.Type !== "authenticate-oidc" || !action.AuthenticateOidcConfig) return action;
    const { ClientSecret: _secret, ...config } = action.AuthenticateOidcConfig;
    return { ...action, AuthenticateOidcConfig: { ...config, UseExistingClientSecret: true } };
  });
}
