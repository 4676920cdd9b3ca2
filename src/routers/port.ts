// What a router is to cutover: the ports every router implements, and the one registration each
// kind makes. Steps, the flip engine, gates, soak and reports see only these.
import type { Color, PerColor } from "../core/color.ts";
import type { Shape } from "../core/shapes.ts";

export type Weights = PerColor<number>;

/** Production routes carry the users; test routes always point at the standby. */
export type RouteRole = "production" | "test";

export interface RouteRef {
  /** Unique among the router's routes: ALB's listener or rule ARN, an upstream's name, a Service's. */
  id: string;
  role: RouteRole;
  /** What an operator recognises in a log line, such as `listener/app/my-alb/…/…`. */
  name: string;
  /** Short enough for a table cell, such as `my-alb listener f2f7dc8e`. */
  short: string;
  /** The input that named this route, so that errors can point back at it. */
  input: string;
}

export interface RouteState {
  ref: RouteRef;
  weights: Weights;
  /** The route as the router holds it (ALB: its action list), written back whole with new weights. */
  raw: unknown;
}

/** One route's move: what it was, what it becomes. */
export interface RouteChange {
  ref: RouteRef;
  before: RouteState;
  after: Weights;
}

export interface WriteOptions {
  /** Leave zero-weight colors out of sticky routes, so old stickiness cookies stop pinning clients. */
  releaseSticky?: boolean;
  /** Which flip writes: checks that only a switch enforces (capacity parity) are advice on a rollback. */
  verb?: "switch" | "rollback";
}

/**
 * What the engine passes on every port call. `signal`: the run's (aborted on cancel), or, for
 * urgent calls, the deadline just before the runner's SIGKILL (src/core/cancel.ts); a call aborts
 * as soon as it fires. `urgent`: for writes and reads that must land inside a cancel's grace: one
 * bounded attempt each, since the engine retries them with its own short backoff.
 */
export interface CallOptions {
  signal?: AbortSignal;
  urgent?: boolean;
}

/** The routes: read, written as one unit by the engine in src/routing/router.ts, and read back. */
export interface TrafficPort {
  /** Every configured route, in the order of the config's routes; throws a ConfigurationError for one cutover cannot read. */
  read(options?: CallOptions): Promise<RouteState[]>;
  /** The route as it reads once `weights` are written; everything else in it stays as it is. */
  withWeights(route: RouteState, weights: Weights, options?: WriteOptions): RouteState;
  write(route: RouteState, options?: CallOptions): Promise<void>;
  /** The colors a route names, at any weight. */
  named(route: RouteState): Color[];
  /** The router's own name for a write, for the log: ModifyListener, reload, patch. */
  writeVerb(ref: RouteRef): string;
  /** Refuses, before anything is written, a set of changes the router itself would refuse. */
  checkChanges(changes: RouteChange[], options?: WriteOptions, call?: CallOptions): Promise<void>;
  /** A capability: changes that make a color known to the router so that it is health-checked (ALB: a weight-0 forward). */
  planReference?(routes: RouteState[], color: Color): RouteChange[];
  /** A capability: where the test route answers, for checks on the standby (ALB: the test listener's DNS name and port). */
  testUrl?(options?: CallOptions): Promise<URL | undefined>;
  /**
   * Optional: for routers whose own session stickiness keeps a client on a color that the route still
   * names, even at weight 0. How long such a pin lasts (ms) after the color last took new clients;
   * undefined when the route pins no one to `color`. Teardown waits until every pin has run out.
   */
  pinnedFor?(route: RouteState, color: Color): number | undefined;
}

/**
 * A pool member's state, in words every router shares: `starting` (not yet checked as healthy),
 * `draining` (leaving, finishing what it serves), `idle` (in no route, so neither checked nor
 * served), `unknown` (no check answers). Each router maps its own states onto these.
 */
export type MemberState = "healthy" | "unhealthy" | "starting" | "draining" | "idle" | "unknown";

/** One member of a color's pool (a target, a server, a pod, a record's value) and its health. */
export interface MemberHealth {
  id: string;
  port?: number;
  state: MemberState;
  /** The router's own word for the state where it has one (ALB: initial, unused), shown in its logs. */
  word?: string;
  reason?: string;
  description?: string;
  /** In a router made of several, which member's pool the target is in. */
  member?: number;
}

export interface Setting {
  name: string;
  value: string;
}

/** The capacity behind each color. */
export interface PoolPort {
  health(color: Color, options?: CallOptions): Promise<MemberHealth[]>;
  /** What drift is checked on: the settings the two colors should share. */
  settings(color: Color, options?: CallOptions): Promise<Setting[]>;
  /** Takes these serving targets away from the color (deregister, scale to 0, mark down). */
  retire(color: Color, targets: MemberHealth[], options?: CallOptions): Promise<void>;
  /** Gives them back: traffic came back to the color while it was being retired. */
  restore(color: Color, targets: MemberHealth[], options?: CallOptions): Promise<void>;
  /** The router's own name for retire and restore, for the log: DeregisterTargets, scale to 0. */
  readonly verbs: { retire: string; restore: string };
  /** Rolls the color onto what the router's inputs name (kubernetes: image); the health wait follows. */
  deploy?(color: Color, options?: CallOptions): Promise<void>;
  /**
   * Readies the router for a later switch without moving traffic (route53: lowers a TTL above
   * max-ttl): what it did, one line each; none when nothing was needed. deploy-standby runs it,
   * and status with `prepare: true`.
   */
  prepare?(options?: CallOptions): Promise<string[]>;
  /** With several routers, how many: the health gate wants healthy targets behind each. */
  readonly members?: number;
  /** Adds targets to a color, replacing the others when asked: routers whose pools take targets. */
  register?(color: Color, targets: string[], replace: boolean, options?: CallOptions): Promise<void>;
}

export type Ledger = Record<string, string>;

/** Per color: version, deployed-at, live-since, retired-at, … kept where the router keeps them. */
export interface LedgerPort {
  read(options?: CallOptions): Promise<PerColor<Ledger>>;
  write(color: Color, set: Ledger, remove?: string[], options?: CallOptions): Promise<void>;
}

/** CloudWatch's dimensions for one color's traffic: its pool's, and the whole router's. */
export interface PoolDimensions {
  pool: string;
  router: string;
}

/** CloudWatch's view of a color's traffic, for routers that publish to it. */
export interface MetricsDimensions {
  pool(color: Color): PoolDimensions;
}

/** How an AWS SDK client is made: region, and how often it retries. */
export interface ClientOptions {
  region: string;
  maxAttempts: number;
}

export interface RouterConfig {
  kind: string;
  /** One line for logs and summaries: what this router is. */
  description: string;
  routes: RouteRef[];
  /** Each color's pool as the router names it: ALB's target group ARNs. */
  pools: PerColor<string>;
  verifyTimeoutMs: number;
  /** How long the data plane may take to carry a write the read-back proved stored: without verify-url, a step's window counts from it. */
  settleMs?: number;
  /**
   * Why one client's requests cannot show a weighted split (route53: its resolver keeps one answer
   * for the TTL), so verify-url cannot prove a step: the step rests on the router's own read-back.
   */
  splitUnseen?: string;
  /** Whether the traffic port can say where the test route answers (ALB: a test listener is given). */
  testUrlKnown: boolean;
  /** The inputs that name a test route, for the warning when none was given. */
  testRouteInputs: [string, ...string[]];
  capabilities: {
    weighted: boolean;
    finestStepPercent: number;
    /** Whether the router publishes per-color CloudWatch metrics (drain proof, soak's cloudwatch). */
    cloudWatch: boolean;
  };
  /** What deploy-command and teardown-command get beside CUTOVER_*_COLOR, for the standby `color` (kubernetes: its Deployment and namespace). */
  commandEnv?(standby: Color): Record<string, string>;
  /** The values of the kind's own outputs (ALB: active-target-group-arn), for the colors as they stand. */
  outputs?(colors: Colors): Record<string, string>;
  /** What every job summary says about how this router moves traffic (nginx: the long tail of kept-alive connections; gateway-api: no session persistence). */
  notes?: string[];
  /** What teardown does to a color's pool, in the router's words, where the neutral ones would mislead; each is optional. */
  retirement?: {
    /** What teardown did to `color`'s pool, as a clause in the past tense (kubernetes: scaled to 0, the replica count kept). */
    retired?(color: Color): string;
    /** The command that undoes a teardown of `color` by hand, from its ledger (kubernetes: the exact kubectl scale). */
    restore?(color: Color, ledger: Ledger): string | undefined;
  };
  /** For CloudWatch alarms and CloudFront, whatever the router. */
  aws: { region: string; partition: string; maxAttempts: number };
  /** Set when several routers move as one (src/routers/composite.ts): each member's own config. */
  members?: RouterConfig[];
  /** The kind's words, set by defineRouter; a kind without them is spoken of in neutral words. */
  words?: RouterWords;
}

export interface RouterPorts {
  traffic: TrafficPort;
  pool: PoolPort;
  ledger: LedgerPort;
  metrics?: MetricsDimensions;
}

/** An input as action.yml declares it, and the shape the environment file and its schema check it by. */
export interface InputSpec {
  name: string;
  description: string;
  default?: string;
  /** Its type, pattern and a real example; an input declared without one is a string. */
  shape?: Shape;
  /** Whether the router refuses to start without it. */
  required?: boolean;
}

/** An input a router kind declares through defineRouter: its shape is never left out. */
export interface RouterInput extends InputSpec {
  shape: Shape;
}

/** What every router reads alike, declared and read once (src/routers/neutral.ts). */
export interface NeutralSettings {
  /** The region for the AWS services a step uses beside the router (CloudWatch, CloudFront); undefined when not given. */
  region?: string;
  verifyTimeoutMs: number;
  maxAttempts: number;
}

/** How a router names its own things in logs, summaries and errors. */
export interface RouterWords {
  /** One member of a pool: target, server, pod. */
  member: string;
  /** A color's pool: target group, server list, Deployment. */
  pool: string;
  /** Taking members out of a color's pool, and putting them back (PoolPort.verbs says the API call). */
  retire: string;
  restore: string;
  /** The same as participles: deregistered, marked down, scaled to 0. */
  retired: string;
  restored: string;
  /** Why a color that no route names is not health-checked, where the router stops checking it (ALB: Target.NotInUse). */
  unchecked?: string;
  /** The route that always points at the standby: test listener, test upstream, preview Service. */
  testRoute: string;
}

/** An output a router sets beside the router-neutral ones, with what it holds. */
export interface OutputSpec {
  name: string;
  description: string;
}

/** Which color carries production traffic and which waits. */
export interface Colors {
  active: Color;
  standby: Color;
}

/**
 * One kind of router as the registry keeps it: its inputs, read and checked without I/O, then its
 * ports. src/routers/define.ts makes one from a definition that keeps the config's type; a kind
 * written as this interface directly registers the same way.
 */
export interface RouterKind {
  kind: string;
  /** Every input it reads, for the router block of each step's action.yml; shared names are declared once. */
  inputs: InputSpec[];
  /** The router-neutral settings come read (src/routers/neutral.ts); when not given, or for a kind that ignores them, it reads them itself. */
  readConfig(neutral?: NeutralSettings): RouterConfig;
  /** Ports that load their client on first use: nothing is loaded while inputs are read. */
  connect(config: RouterConfig): RouterPorts;
  /** Checks `register-targets` items at input time, for routers with `pool.register`. */
  readTargets?(input: string): string[];
  words?: RouterWords;
  /** Outputs of its own, set beside active-pool and standby-pool (ALB: the target group ARNs). */
  outputs?: OutputSpec[];
  /** Inputs whose values name what one router alone owns (ALB: its ARNs): two entries of routers: sharing one are the same router. */
  identityInputs?: string[];
}
