import { list, string } from "../../core/shapes.ts";
import type { RouterInput } from "../port.ts";

const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:/;
const ACCOUNT_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";

/** The ALB router's inputs, as every step's action.yml declares them. */
export const ALB_INPUTS: RouterInput[] = [
  {
    name: "listener-arn",
    description:
      "router alb: ARN of the production listener whose default action forwards to the blue and green target groups. Give this, rule-arns, or both.",
    shape: string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2`, ELB_ARN),
  },
  {
    name: "rule-arns",
    description:
      "router alb: ARNs of production listener rules (comma- or newline-separated) that forward to the two target groups. They move together with the listener.",
    shape: list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`], ELB_ARN),
  },
  {
    name: "test-listener-arn",
    description:
      "router alb: ARN of a test listener whose default action always forwards to the standby color. It moves the inverse way of production.",
    shape: string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/0467ef3c8400ae65`, ELB_ARN),
  },
  {
    name: "test-rule-arns",
    description:
      "router alb: ARNs of test listener rules (comma- or newline-separated) that always forward to the standby color.",
    shape: list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/0467ef3c8400ae65/1a2b3c4d5e6f7a8b`], ELB_ARN),
  },
  {
    name: "blue-target-group-arn",
    description: "router alb (required): ARN of the blue target group.",
    required: true,
    shape: string(`${ACCOUNT_ARN}:targetgroup/shop-blue/6d0ecf831eec9f09`, ELB_ARN),
  },
  {
    name: "green-target-group-arn",
    description: "router alb (required): ARN of the green target group.",
    required: true,
    shape: string(`${ACCOUNT_ARN}:targetgroup/shop-green/7a2232595e5f1002`, ELB_ARN),
  },
];
