// The sandbox's world: one ALB with a production and a test listener, blue and green target
// groups backed by real app servers, a CloudFront-like cache in front, and the AWS endpoints the
// real SDK talks to. Blue starts live. Tests and the demo start it in-process; cli.ts runs it alone.

import { forwardTo } from "../support/forward.ts";
import { type AppBehaviour, AppServer, SessionStore } from "./apps/app.ts";
import { CloudFront } from "./aws/cloudfront.ts";
import { CloudWatch } from "./aws/cloudwatch.ts";
import { Elbv2, type Listener, type StoredAction } from "./aws/elbv2.ts";
import { AwsServer } from "./aws/server.ts";
import type { TargetGroup } from "./aws/target-groups.ts";
import { ControlServer } from "./control.ts";
import { CdnCache } from "./traffic/cdn.ts";
import { HealthChecker } from "./traffic/health.ts";
import { ListenerPlane } from "./traffic/listener.ts";
import { MetricStore } from "./traffic/metrics.ts";

export type SandboxColor = "blue" | "green";

export interface WorldOptions {
  /** Listener rules on the production listener that also move with the switch. */
  rules?: number;
  /**
   * An authenticate-oidc action before the production forward, which writes must keep. The production
   * listener then reports HTTPS; the test listener stays HTTP without it.
   */
  authenticate?: boolean;
  targetsPerColor?: number;
  /** Real time per AWS time: health intervals, deregistration delays and metric periods shrink by it. */
  timeScale?: number;
  /** How long a CloudFront invalidation stays in progress, in real milliseconds. */
  invalidationMs?: number;
  /** Group stickiness on the production forward, in seconds; off when absent. */
  stickySeconds?: number;
  /**
   * A first setup: the production routes forward to blue alone (the TargetGroupArn shorthand) and
   * the test listener answers with a fixed response, so green is in no rule and ALB does not
   * health-check it. The router inputs then name no test listener.
   */
  blueOnly?: boolean;
}

export const DEFAULT_BEHAVIOUR: Record<SandboxColor, AppBehaviour> = {
  blue: { version: "v1", errorRate: 0, latencyMs: 0, healthy: true },
  green: { version: "v2", errorRate: 0, latencyMs: 0, healthy: true },
};

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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class World {
  readonly options: Required<Omit<WorldOptions, "stickySeconds" | "blueOnly">> & {
    blueOnly?: boolean;
    stickySeconds?: number;
  };
  readonly elbv2 = new Elbv2();
  readonly metrics = new MetricStore();
  readonly cloudfront = new CloudFront();
  readonly cloudwatch: CloudWatch;
  readonly aws: AwsServer;
  readonly sessions = new SessionStore();
  readonly #ownSessions: Record<SandboxColor, SessionStore> = { blue: new SessionStore(), green: new SessionStore() };
  readonly apps: Record<SandboxColor, AppServer[]> = { blue: [], green: [] };
  readonly blue: TargetGroup;
  readonly green: TargetGroup;
  readonly listener: Listener;
  readonly testListener: Listener;
  readonly ruleArns: string[];
  readonly health: HealthChecker;
  readonly planes: ListenerPlane[] = [];
  cdn?: CdnCache;
  control?: ControlServer;
  #database?: AppServer["database"];
  distributionId = "";
  urls = { aws: "", prod: "", test: "", cdn: "", control: "", blueApp: "", greenApp: "" };

  constructor(options: WorldOptions = {}) {
    this.options = { rules: 0, authenticate: false, targetsPerColor: 2, timeScale: 0.02, invalidationMs: 800, ...options };
    this.elbv2.groups.timeScale = this.options.timeScale;
    this.cloudwatch = new CloudWatch(this.metrics, this.elbv2.region);
    this.cloudwatch.timeScale = this.options.timeScale;
    this.cloudfront.completionMs = this.options.invalidationMs;
    this.aws = new AwsServer({ elbv2: this.elbv2, cloudfront: this.cloudfront, cloudwatch: this.cloudwatch });
    const healthCheck = { intervalSeconds: 5, timeoutSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2 };
    this.blue = this.elbv2.createTargetGroup("sandbox-blue", 80, healthCheck);
    this.green = this.elbv2.createTargetGroup("sandbox-green", 80, healthCheck);
    for (const group of [this.blue, this.green]) group.attributes["deregistration_delay.timeout_seconds"] = "30";
    this.health = new HealthChecker(this.elbv2.groups);
    const listenerActions = this.#routeActions({ blue: 100, green: 0 }, this.options.stickySeconds);
    // Authenticate actions need an HTTPS listener ("Authenticate users using an Application Load
    // Balancer"), so with them the production listener reports HTTPS and a certificate ARN in
    // DescribeListeners, while its traffic plane still serves plain HTTP on loopback.
    this.listener = this.options.authenticate
      ? this.elbv2.createListener(443, listenerActions, "HTTPS")
      : this.elbv2.createListener(80, listenerActions);
    this.testListener = this.elbv2.createListener(8080, this.#testActions());
    this.ruleArns = Array.from({ length: this.options.rules }, (_, i) => {
      const conditions = [{ Field: "path-pattern", PathPatternConfig: { Values: [`/api${i}/*`] } }];
      return this.elbv2.createRule(this.listener, 10 + i, conditions, this.#routeActions({ blue: 100, green: 0 })).arn;
    });
  }

  #testActions(): StoredAction[] {
    // No authenticate action here: the test listener is HTTP, and smoke tests probe it unauthenticated.
    if (!this.options.blueOnly) return this.#routeActions({ blue: 0, green: 100 }, undefined, false);
    return [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain" } }];
  }

  #routeActions(
    weights: Record<SandboxColor, number>,
    stickySeconds?: number,
    authenticate = this.options.authenticate,
  ): StoredAction[] {
    if (this.options.blueOnly && weights.green === 0) return [{ Type: "forward", TargetGroupArn: this.blue.arn }];
    const groups = { blue: this.blue.arn, green: this.green.arn };
    const forward = forwardTo(groups, weights, { sticky: stickySeconds, order: authenticate ? 2 : undefined });
    return authenticate ? [OIDC, forward] : [forward];
  }

  /** Sets the production listener's weights directly, as if another tool had written them. */
  setWeights(weights: Record<SandboxColor, number>): void {
    this.elbv2.setActions(this.listener, this.#routeActions(weights, this.options.stickySeconds));
  }

  /** Every route as after a switch to `color`: production and rules on it, the test listener on the other. */
  settleOn(color: SandboxColor): void {
    const on = color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
    this.setWeights(on);
    this.testListener.actions = this.#routeActions({ blue: on.green, green: on.blue });
    for (const arn of this.ruleArns) {
      const rule = this.elbv2.rules.get(arn);
      if (rule) rule.actions = this.#routeActions(on);
    }
  }

  /** A route's forward weights as Describe shows them now (traffic follows a moment after a write). */
  weightsOf(routeArn: string, groups: Record<SandboxColor, TargetGroup> = this): Record<SandboxColor, number> {
    const route = this.elbv2.listeners.get(routeArn) ?? this.elbv2.rules.get(routeArn);
    if (!route) throw new Error(`no route ${routeArn}`);
    const forward = this.elbv2.visibleActions(route).find((a) => a.Type === "forward") as {
      ForwardConfig: { TargetGroups: { TargetGroupArn: string; Weight: number }[] };
    };
    const weight = (arn: string) => forward.ForwardConfig.TargetGroups.find((g) => g.TargetGroupArn === arn)?.Weight ?? 0;
    return { blue: weight(groups.blue.arn), green: weight(groups.green.arn) };
  }

  group(color: SandboxColor): TargetGroup {
    return color === "blue" ? this.blue : this.green;
  }

  async start(): Promise<this> {
    for (const color of ["blue", "green"] as const) {
      for (let i = 0; i < this.options.targetsPerColor; i++) await this.addApp(color);
    }
    this.health.start();
    await this.waitHealthy();
    for (const listener of [this.listener, this.testListener]) {
      const plane = new ListenerPlane(this.elbv2, listener, this.metrics);
      this.planes.push(plane);
      const url = await plane.listen();
      // DescribeListeners reports the port the traffic plane really listens on.
      listener.port = Number(new URL(url).port);
      if (listener === this.listener) this.urls.prod = url;
      else this.urls.test = url;
    }
    this.cdn = new CdnCache(this.urls.prod);
    this.urls.cdn = await this.cdn.listen();
    this.distributionId = this.cloudfront.createDistribution(new URL(this.urls.cdn).host);
    this.cloudfront.onComplete = (paths) => this.cdn?.invalidate(paths);
    this.urls.aws = await this.aws.listen();
    this.control = new ControlServer(this, this);
    this.urls.control = await this.control.listen();
    return this;
  }

  /** Starts one more app server of a color and registers it, as a deploy would. */
  async addApp(color: SandboxColor, behaviour: Partial<AppBehaviour> = {}, register = true): Promise<AppServer> {
    const app = new AppServer(
      color,
      { ...DEFAULT_BEHAVIOUR[color], ...this.apps[color][0]?.behaviour, ...behaviour },
      this.sessions,
      this.#ownSessions[color],
    );
    app.database = this.#database;
    const port = await app.listen();
    this.apps[color].push(app);
    if (register) this.elbv2.groups.register(this.group(color), "127.0.0.1", port);
    const url = `http://127.0.0.1:${port}`;
    if (color === "blue" && !this.urls.blueApp) this.urls.blueApp = url;
    if (color === "green" && !this.urls.greenApp) this.urls.greenApp = url;
    return app;
  }

  /** Every app, and every app added later, reads and writes /items through this pool. */
  useDatabase(database: AppServer["database"]): void {
    this.#database = database;
    for (const app of Object.values(this.apps).flat()) app.database = database;
  }

  setApps(color: SandboxColor, behaviour: Partial<AppBehaviour>): void {
    for (const app of this.apps[color]) Object.assign(app.behaviour, behaviour);
  }

  /** Runs health check rounds until every registered target is healthy (or the time is up). */
  async waitHealthy(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const targets = [this.blue, this.green]
        .flatMap((g) => this.elbv2.groups.targetsOf(g))
        .filter((t) => t.state !== "draining" && t.state !== "unused");
      if (targets.every((t) => t.state === "healthy")) return;
      if (Date.now() > deadline) throw new Error(`targets not healthy: ${targets.map((t) => `${t.port}=${t.state}`).join(", ")}`);
      await Promise.all([this.blue, this.green].map((g) => this.health.round(g)));
      await sleep(10);
    }
  }

  /** Waits for the health checker to give a target of `color` the state wanted. */
  async waitForState(color: SandboxColor, state: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.elbv2.groups.targetsOf(this.group(color)).some((t) => t.state === state)) {
      if (Date.now() > deadline) throw new Error(`no ${color} target became ${state}`);
      await this.health.round(this.group(color));
      await sleep(10);
    }
  }

  /** Back to the start: blue live, apps as built, no faults, no tags, empty caches and logs. */
  async reset(): Promise<void> {
    this.aws.faults.length = 0;
    this.aws.calls.length = 0;
    this.cloudwatch.alarms.clear();
    this.metrics.clear();
    this.cdn?.clear();
    this.sessions.clear();
    for (const store of Object.values(this.#ownSessions)) store.clear();
    this.elbv2.consistencyDelayMs = 0;
    for (const color of ["blue", "green"] as const) {
      // Apps a test added come and go with it; the world keeps the ones it started with.
      const extra = this.apps[color].splice(this.options.targetsPerColor);
      await Promise.all(extra.map((app) => app.close()));
      const group = this.group(color);
      group.targets = [];
      for (const app of this.apps[color]) {
        app.behaviour = { ...DEFAULT_BEHAVIOUR[color] };
        this.elbv2.groups.register(group, "127.0.0.1", app.port);
      }
      this.elbv2.tags.set(group.arn, new Map());
    }
    this.setWeights({ blue: 100, green: 0 });
    this.elbv2.setActions(this.testListener, this.#testActions());
    for (const arn of this.ruleArns) {
      const rule = this.elbv2.rules.get(arn);
      if (rule) this.elbv2.setActions(rule, this.#routeActions({ blue: 100, green: 0 }));
    }
    await this.waitHealthy();
  }

  /** Environment for a step process: region, fake credentials, the endpoints. */
  get env(): Record<string, string> {
    return {
      AWS_REGION: this.elbv2.region,
      AWS_ACCESS_KEY_ID: "sandbox",
      AWS_SECRET_ACCESS_KEY: "sandbox",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: this.urls.aws,
      AWS_ENDPOINT_URL_CLOUDFRONT: this.urls.aws,
      AWS_ENDPOINT_URL_CLOUDWATCH: this.urls.aws,
    };
  }

  /** The router inputs every step takes. */
  get inputs(): Record<string, string> {
    return {
      "listener-arn": this.listener.arn,
      "rule-arns": this.ruleArns.join("\n"),
      "test-listener-arn": this.options.blueOnly ? "" : this.testListener.arn,
      "blue-target-group-arn": this.blue.arn,
      "green-target-group-arn": this.green.arn,
    };
  }

  /** The KEY=VALUE lines `npm run sandbox -- --env-file` writes. */
  get envFile(): Record<string, string> {
    return {
      ...this.env,
      CUTOVER_ROUTER: "alb",
      CUTOVER_ROUTER_INPUTS: JSON.stringify(this.inputs),
      CUTOVER_LISTENER_ARN: this.listener.arn,
      CUTOVER_TEST_LISTENER_ARN: this.testListener.arn,
      CUTOVER_BLUE_TG_ARN: this.blue.arn,
      CUTOVER_GREEN_TG_ARN: this.green.arn,
      CUTOVER_DISTRIBUTION_ID: this.distributionId,
      CUTOVER_PROD_URL: this.urls.prod,
      CUTOVER_TEST_URL: this.urls.test,
      CUTOVER_CDN_URL: this.urls.cdn,
      CUTOVER_BLUE_APP_URL: this.urls.blueApp,
      CUTOVER_GREEN_APP_URL: this.urls.greenApp,
      CUTOVER_SANDBOX_CONTROL_URL: this.urls.control,
    };
  }

  get awsUrl(): string {
    return this.urls.aws;
  }

  describe(): unknown {
    const groups = [this.blue, this.green].map((g) => ({
      name: g.name,
      targets: this.elbv2.groups.targetsOf(g).map((t) => ({ target: `${t.id}:${t.port}`, state: t.state, reason: t.reason })),
    }));
    const routes = [this.listener, this.testListener, ...this.ruleArns.map((a) => this.elbv2.rules.get(a))].map((r) => ({
      arn: r?.arn,
      actions: r ? this.elbv2.visibleActions(r) : [],
    }));
    return { groups, routes, urls: this.urls };
  }

  async stop(): Promise<void> {
    this.health.stop();
    await Promise.all([
      ...this.planes.map((p) => p.close()),
      this.cdn?.close(),
      this.control?.close(),
      this.aws.close(),
      ...Object.values(this.apps)
        .flat()
        .map((a) => a.close()),
    ]);
  }
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  return new World(options).start();
}
