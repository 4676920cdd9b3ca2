import type { InputSpec } from "../port.ts";

/** The ALB router's inputs, as every step's action.yml declares them. */
export const ALB_INPUTS: InputSpec[] = [
  {
    name: "listener-arn",
    description:
      "router alb: ARN of the production listener whose default action forwards to the blue and green target groups. Give this, rule-arns, or both.",
  },
  {
    name: "rule-arns",
    description:
      "router alb: ARNs of production listener rules (comma- or newline-separated) that forward to the two target groups. They move together with the listener.",
  },
  {
    name: "test-listener-arn",
    description:
      "router alb: ARN of a test listener whose default action always forwards to the standby color. It moves the inverse way of production.",
  },
  {
    name: "test-rule-arns",
    description:
      "router alb: ARNs of test listener rules (comma- or newline-separated) that always forward to the standby color.",
  },
  { name: "blue-target-group-arn", description: "router alb (required): ARN of the blue target group." },
  { name: "green-target-group-arn", description: "router alb (required): ARN of the green target group." },
  {
    name: "aws-region",
    description: "AWS region of the load balancer. Defaults to the region in the ARNs; when given, it must match them.",
  },
  {
    name: "verify-timeout",
    description:
      "How long to read back after a write until every route shows the new weights (ELBv2 is eventually consistent), such as 30s or 2m.",
    default: "60s",
  },
  { name: "max-attempts", description: "Attempts per AWS call, with the SDK's adaptive retry for throttling.", default: "5" },
];
