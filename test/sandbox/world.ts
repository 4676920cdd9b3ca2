// The sandbox's default world: one ALB with a production and a test listener, a blue and a green
// target group, blue live. Tests and the demo start it in-process or through cli.ts.
import { Elbv2, type Listener, type StoredAction, type TargetGroup } from "./aws/elbv2.ts";
import { AwsServer } from "./aws/server.ts";

export interface WorldOptions {
  /** Listener rules on the production listener that also move with the switch. */
  rules?: number;
  /** Extra actions before the forward (an authenticate-oidc, say), kept across writes. */
  authenticate?: boolean;
  targetsPerColor?: number;
}

export interface World {
  elbv2: Elbv2;
  aws: AwsServer;
  awsUrl: string;
  blue: TargetGroup;
  green: TargetGroup;
  listener: Listener;
  testListener: Listener;
  ruleArns: string[];
  /** Environment for a step process: region, fake credentials, the endpoint. */
  env: Record<string, string>;
  /** The router inputs every step takes. */
  inputs: Record<string, string>;
  stop(): Promise<void>;
}

export function forwardTo(
  blue: TargetGroup,
  green: TargetGroup,
  weights: { blue: number; green: number },
  order?: number,
): StoredAction {
  return {
    Type: "forward",
    Order: order,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: blue.arn, Weight: weights.blue },
        { TargetGroupArn: green.arn, Weight: weights.green },
      ],
    },
  };
}

const OIDC: StoredAction = {
  Type: "authenticate-oidc",
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: "https://idp.example.com",
    AuthorizationEndpoint: "https://idp.example.com/authorize",
    TokenEndpoint: "https://idp.example.com/token",
    UserInfoEndpoint: "https://idp.example.com/userinfo",
    ClientId: "cutover-sandbox",
    ClientSecret: "sandbox-secret",
    OnUnauthenticatedRequest: "authenticate",
  },
};

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const elbv2 = new Elbv2();
  const blue = elbv2.createTargetGroup("sandbox-blue");
  const green = elbv2.createTargetGroup("sandbox-green");
  for (const [i, group] of [blue, green].entries()) {
    for (let t = 0; t < (options.targetsPerColor ?? 2); t++) {
      group.targets.push({ id: "127.0.0.1", port: 20_000 + i * 100 + t, state: "healthy" });
    }
  }
  const chain = (weights: { blue: number; green: number }) =>
    options.authenticate ? [OIDC, forwardTo(blue, green, weights, 2)] : [forwardTo(blue, green, weights)];
  const listener = elbv2.createListener(80, chain({ blue: 100, green: 0 }));
  const testListener = elbv2.createListener(8080, chain({ blue: 0, green: 100 }));
  const ruleArns = Array.from({ length: options.rules ?? 0 }, (_, i) => {
    const conditions = [{ Field: "path-pattern", PathPatternConfig: { Values: [`/api${i}/*`] } }];
    return elbv2.createRule(listener, 10 + i, conditions, chain({ blue: 100, green: 0 })).arn;
  });

  const aws = new AwsServer(elbv2);
  const awsUrl = await aws.listen();
  return {
    elbv2,
    aws,
    awsUrl,
    blue,
    green,
    listener,
    testListener,
    ruleArns,
    env: {
      AWS_REGION: elbv2.region,
      AWS_ACCESS_KEY_ID: "sandbox",
      AWS_SECRET_ACCESS_KEY: "sandbox",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: awsUrl,
    },
    inputs: {
      "listener-arn": listener.arn,
      "rule-arns": ruleArns.join("\n"),
      "test-listener-arn": testListener.arn,
      "blue-target-group-arn": blue.arn,
      "green-target-group-arn": green.arn,
    },
    stop: () => aws.close(),
  };
}
