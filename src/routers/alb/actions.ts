// ALB's route actions: how a forward names the two target groups, and the list written back.
import { COLORS, type Color, type PerColor } from "../../core/color.ts";
import { ConfigurationError } from "../../core/errors.ts";
import type { RouteRef, Weights } from "../port.ts";
import { routeName } from "../routes.ts";
import type { Action } from "./elbv2.ts";

/** The colors a route's forward names, at any weight: ALB health-checks only groups some route names. */
export function namedColors(actions: Action[], targetGroups: PerColor<string>): Color[] {
  const forward = actions.find((a) => a.Type === "forward");
  const arns = forward?.ForwardConfig?.TargetGroups?.length
    ? forward.ForwardConfig.TargetGroups.map((g) => g.TargetGroupArn)
    : [forward?.TargetGroupArn];
  return COLORS.filter((c) => arns.includes(targetGroups[c]));
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
