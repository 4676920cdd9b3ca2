// A second router in the sandbox's world: one more production and test listener pair with its own
// blue and green target groups and app servers, each serving real traffic. It stands for a second
// ALB (one per region behind latency routing); listeners forward only to target groups of their own
// load balancer's choosing ("Listeners for your Application Load Balancers"), so the pair is a
// separate router as far as the routes and pools go.
import { forwardTo } from "../support/forward.ts";
import { AppServer, SessionStore } from "./apps/app.ts";
import type { Listener } from "./aws/elbv2.ts";
import type { TargetGroup } from "./aws/target-groups.ts";
import { ListenerPlane } from "./traffic/listener.ts";
import { DEFAULT_BEHAVIOUR, type SandboxColor, type World } from "./world.ts";

interface RouterArns {
  listener: { arn: string };
  testListener: { arn: string };
  blue: { arn: string };
  green: { arn: string };
}

/** A sandbox router's settings as lines of an environment file: `first` starts the first line. */
export function routerYaml(router: RouterArns, indent: string, first = indent): string {
  return [
    `${first}router: alb`,
    `${indent}listener-arn: ${router.listener.arn}`,
    `${indent}test-listener-arn: ${router.testListener.arn}`,
    `${indent}blue-target-group-arn: ${router.blue.arn}`,
    `${indent}green-target-group-arn: ${router.green.arn}`,
  ].join("\n");
}

export class SecondRouter {
  readonly blue: TargetGroup;
  readonly green: TargetGroup;
  readonly listener: Listener;
  readonly testListener: Listener;
  readonly apps: AppServer[] = [];
  readonly urls = { prod: "", test: "" };
  readonly #world: World;

  /** Call before world.start(), so that the health checker schedules the new target groups. */
  constructor(world: World) {
    this.#world = world;
    const { elbv2 } = world;
    const healthCheck = { intervalSeconds: 5, timeoutSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2 };
    this.blue = elbv2.createTargetGroup("sandbox-2-blue", 80, healthCheck);
    this.green = elbv2.createTargetGroup("sandbox-2-green", 80, healthCheck);
    this.listener = elbv2.createListener(81, [this.#forward({ blue: 100, green: 0 })]);
    this.testListener = elbv2.createListener(8081, [this.#forward({ blue: 0, green: 100 })]);
  }

  #forward(weights: Record<SandboxColor, number>) {
    return forwardTo({ blue: this.blue.arn, green: this.green.arn }, weights, {});
  }

  /** Starts two apps per color, waits for them to be healthy, and serves both listeners. */
  async start(): Promise<this> {
    const { elbv2, metrics } = this.#world;
    for (const color of ["blue", "green"] as const) {
      for (let i = 0; i < 2; i++) {
        const app = new AppServer(color, { ...DEFAULT_BEHAVIOUR[color] }, new SessionStore(), new SessionStore());
        elbv2.groups.register(this.group(color), "127.0.0.1", await app.listen());
        this.apps.push(app);
      }
    }
    await this.#waitHealthy();
    for (const listener of [this.listener, this.testListener]) {
      const plane = new ListenerPlane(elbv2, listener, metrics);
      this.#world.planes.push(plane);
      const url = await plane.listen();
      listener.port = Number(new URL(url).port);
      this.urls[listener === this.listener ? "prod" : "test"] = url;
    }
    return this;
  }

  group(color: SandboxColor): TargetGroup {
    return color === "blue" ? this.blue : this.green;
  }

  /** The production route's weights as Describe shows them. */
  weights(): Record<SandboxColor, number> {
    return this.#world.weightsOf(this.listener.arn, this);
  }

  /** Blue live again, the apps registered, no ledger tags, as world.reset() leaves the first router. */
  async reset(): Promise<void> {
    const { elbv2 } = this.#world;
    elbv2.setActions(this.listener, [this.#forward({ blue: 100, green: 0 })]);
    elbv2.setActions(this.testListener, [this.#forward({ blue: 0, green: 100 })]);
    for (const group of [this.blue, this.green]) {
      elbv2.tags.set(group.arn, new Map());
      if (group.targets.length) continue;
      for (const app of this.apps.filter((a) => this.group(a.color as SandboxColor) === group))
        elbv2.groups.register(group, "127.0.0.1", app.port);
    }
    await this.#waitHealthy();
  }

  async #waitHealthy(): Promise<void> {
    const { elbv2, health } = this.#world;
    const deadline = Date.now() + 10_000;
    const groups = [this.blue, this.green];
    while (!groups.flatMap((g) => elbv2.groups.targetsOf(g)).every((t) => t.state === "healthy")) {
      if (Date.now() > deadline) throw new Error("the second router's targets did not become healthy");
      await Promise.all(groups.map((g) => health.round(g)));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.apps.map((app) => app.close()));
  }
}
