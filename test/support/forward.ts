// The one builder of an ELBv2 forward to both colors' target groups, for unit tests and the
// sandbox's world alike. Plain data: it fits the SDK's Action and the sandbox's stored action.

/** A type, not an interface, so that it fits the sandbox's index-signature StoredAction too. */
export type Forward = {
  Type: "forward";
  Order?: number;
  ForwardConfig: {
    TargetGroups: { TargetGroupArn: string; Weight: number }[];
    TargetGroupStickinessConfig?: { Enabled: boolean; DurationSeconds: number };
  };
};

export interface ForwardOptions {
  /** Group stickiness: `true` for 300 seconds, or a number of seconds; off when absent or 0. */
  sticky?: boolean | number;
  /** The action's Order, as after an authenticate action. */
  order?: number;
}

export function forwardTo(
  groups: { blue: string; green: string },
  weights: { blue: number; green: number },
  options: ForwardOptions = {},
): Forward {
  const seconds = options.sticky === true ? 300 : options.sticky || 0;
  return {
    Type: "forward",
    ...(options.order === undefined ? {} : { Order: options.order }),
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: groups.blue, Weight: weights.blue },
        { TargetGroupArn: groups.green, Weight: weights.green },
      ],
      ...(seconds ? { TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: seconds } } : {}),
    },
  };
}
