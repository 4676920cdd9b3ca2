// A local ELBv2: listeners, rules and target groups, with AWS's validation and error codes.
import { randomBytes, randomUUID } from "node:crypto";
import { AwsFault } from "./faults.ts";
import { list, type QueryParams, type QueryValue, text, type XmlValue } from "./query.ts";
import { type HealthCheck, type Target, type TargetGroup, TargetGroups } from "./target-groups.ts";

export type { Target, TargetGroup };
export { AwsFault };

export type StoredAction = { [key: string]: XmlValue };

interface Route {
  arn: string;
  actions: StoredAction[];
  /** A write that DescribeX does not show yet: ELBv2 is eventually consistent. */
  pending?: { actions: StoredAction[]; visibleAt: number };
  /** What traffic still follows for a moment after a write, apart from what Describe shows. */
  previous?: { actions: StoredAction[]; until: number };
}

export interface Listener extends Route {
  loadBalancerArn: string;
  port: number;
  protocol: "HTTP" | "HTTPS";
  /** An HTTPS listener's default certificate (Listener.Certificates in DescribeListeners). */
  certificateArn?: string;
}

export interface Rule extends Route {
  listenerArn: string;
  priority: string;
  conditions: XmlValue[];
}

export const ACCOUNT = "123456789012";
const MAX_FORWARD_GROUPS = 5;
const ROUTING = new Set(["forward", "redirect", "fixed-response"]);
// Not Port: RedirectActionConfig.Port is a string ("#{port}" or a number as text).
const NUMERIC_FIELDS = new Set(["Order", "Weight", "DurationSeconds", "SessionTimeout"]);
const BOOLEAN_FIELDS = new Set(["Enabled", "UseExistingClientSecret"]);
const AUTHENTICATE = new Set(["authenticate-oidc", "authenticate-cognito"]);

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** Query values are all strings on the wire; give the known fields their types back. */
function typed(value: QueryValue, key = ""): XmlValue {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map((v) => typed(v));
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v, k)]));
  if (NUMERIC_FIELDS.has(key)) return Number(value);
  if (BOOLEAN_FIELDS.has(key)) return value === "true";
  return value;
}

export class Elbv2 {
  readonly region: string;
  readonly loadBalancerArn: string;
  readonly groups: TargetGroups;
  readonly listeners = new Map<string, Listener>();
  readonly rules = new Map<string, Rule>();
  readonly tags = new Map<string, Map<string, string>>();
  /** How long a write stays invisible to Describe calls. */
  consistencyDelayMs = 0;
  /**
   * "Edit a listener rule for your Application Load Balancer": rule updates do not take effect at
   * once, requests may follow the previous configuration for a short time. In AWS seconds, scaled.
   */
  propagationSeconds = 2;
  readonly #lbName: string;
  readonly #lbId = hex(8);

  constructor(region = "us-east-1", lbName = "sandbox-alb") {
    this.region = region;
    this.#lbName = lbName;
    this.loadBalancerArn = this.#arn(`loadbalancer/app/${lbName}/${this.#lbId}`);
    this.groups = new TargetGroups(this.#arn(""), this.loadBalancerArn);
    this.groups.inUse = (arn) => this.routesTo(arn);
  }

  /** Whether any listener default action or rule forwards to the target group, whatever its weight. */
  routesTo(targetGroupArn: string): boolean {
    return [...this.listeners.values(), ...this.rules.values()].some((route) =>
      this.visibleActions(route).some(
        (a) =>
          a.Type === "forward" &&
          (a.TargetGroupArn === targetGroupArn ||
            ((a.ForwardConfig as { TargetGroups?: { TargetGroupArn?: string }[] } | undefined)?.TargetGroups ?? []).some(
              (g) => g.TargetGroupArn === targetGroupArn,
            )),
      ),
    );
  }

  #arn(resource: string): string {
    return `arn:aws:elasticloadbalancing:${this.region}:${ACCOUNT}:${resource}`;
  }

  // --- set-up, used by the sandbox itself ---

  get targetGroups(): Map<string, TargetGroup> {
    return this.groups.byArn;
  }

  createTargetGroup(name: string, port = 80, healthCheck: Partial<HealthCheck> = {}): TargetGroup {
    const group = this.groups.create(name, port, healthCheck);
    this.tags.set(group.arn, new Map());
    return group;
  }

  /** An HTTPS listener gets an ACM certificate ARN, as CreateListener requires one for HTTPS. */
  createListener(port: number, actions: StoredAction[], protocol: Listener["protocol"] = "HTTP"): Listener {
    const certificateArn = protocol === "HTTPS" ? `arn:aws:acm:${this.region}:${ACCOUNT}:certificate/${randomUUID()}` : undefined;
    const listener: Listener = {
      arn: this.#arn(`listener/app/${this.#lbName}/${this.#lbId}/${hex(8)}`),
      loadBalancerArn: this.loadBalancerArn,
      port,
      protocol,
      certificateArn,
      actions: this.#checkActions(actions, "defaultActions", protocol),
    };
    this.listeners.set(listener.arn, listener);
    return listener;
  }

  createRule(listener: Listener, priority: number, conditions: XmlValue[], actions: StoredAction[]): Rule {
    const rule: Rule = {
      arn: `${listener.arn.replace(":listener/", ":listener-rule/")}/${hex(8)}`,
      listenerArn: listener.arn,
      priority: String(priority),
      conditions,
      actions: this.#checkActions(actions, "actions", listener.protocol),
    };
    this.rules.set(rule.arn, rule);
    return rule;
  }

  /** The actions requests are routed by now: the previous ones for a moment after a write. */
  routingActions(route: Route): StoredAction[] {
    if (route.previous && Date.now() < route.previous.until) return route.previous.actions;
    return route.pending?.actions ?? route.actions;
  }

  /** The actions Describe calls show now. */
  visibleActions(route: Route): StoredAction[] {
    if (route.pending && Date.now() >= route.pending.visibleAt) {
      route.actions = route.pending.actions;
      route.pending = undefined;
    }
    return route.actions;
  }

  // --- the API ---

  handle(action: string, params: QueryParams): XmlValue {
    switch (action) {
      case "DescribeListeners":
        return { Listeners: this.#describeListeners(params).map((l) => this.#listenerXml(l)) };
      case "DescribeRules":
        return { Rules: this.#describeRules(params) };
      case "ModifyListener":
        return {
          Listeners: [
            this.#listenerXml(
              this.#modify(this.listeners, params.ListenerArn, params.DefaultActions, "defaultActions", "ListenerNotFound"),
            ),
          ],
        };
      case "ModifyRule":
        return { Rules: [this.#ruleXml(this.#modify(this.rules, params.RuleArn, params.Actions, "actions", "RuleNotFound"))] };
      case "DescribeLoadBalancers":
        return { LoadBalancers: [this.#loadBalancerXml()] };
      case "DescribeTags": {
        // DescribeTags.ResourceArns: at most 20.
        const arns = list(params.ResourceArns).map(String);
        if (arns.length > 20)
          throw new AwsFault(
            "ValidationError",
            "1 validation error detected: Value at 'resourceArns' failed to satisfy constraint: Member must have length less than or equal to 20",
          );
        return { TagDescriptions: arns.map((arn) => this.#tagsXml(arn)) };
      }
      case "AddTags":
        return this.#addTags(params);
      case "RemoveTags":
        return this.#removeTags(params);
      default: {
        const answer = this.groups.handle(action, params);
        if (answer !== undefined) return answer;
        throw new AwsFault("InvalidAction", `The action ${action} is not valid for this web service.`);
      }
    }
  }

  /** DescribeListeners needs ListenerArns or LoadBalancerArn (ELBv2 API reference). */
  #describeListeners(params: QueryParams): Listener[] {
    const lb = text(params.LoadBalancerArn);
    if (lb) return [...this.listeners.values()].filter((l) => l.loadBalancerArn === lb);
    if (list(params.ListenerArns).length === 0)
      throw new AwsFault("ValidationError", "A load balancer ARN or a list of listener ARNs must be specified");
    return this.#pick(this.listeners, params.ListenerArns, "ListenerNotFound", "listener");
  }

  /** DescribeRules needs RuleArns or ListenerArn; by listener, the default rule comes last (IsDefault). */
  #describeRules(params: QueryParams): XmlValue[] {
    const listenerArn = text(params.ListenerArn);
    if (!listenerArn) {
      if (list(params.RuleArns).length === 0)
        throw new AwsFault("ValidationError", "A listener ARN or a list of rule ARNs must be specified");
      return this.#pick(this.rules, params.RuleArns, "RuleNotFound", "rule").map((r) => this.#ruleXml(r));
    }
    const listener = this.listeners.get(listenerArn);
    if (!listener) throw new AwsFault("ListenerNotFound", `Listener '${listenerArn}' not found`);
    const rules = [...this.rules.values()]
      .filter((r) => r.listenerArn === listenerArn)
      .sort((a, b) => Number(a.priority) - Number(b.priority));
    const fallback = {
      RuleArn: `${listenerArn.replace(":listener/", ":listener-rule/")}/default`,
      Priority: "default",
      Conditions: [],
      Actions: this.visibleActions(listener),
      IsDefault: true,
    };
    return [...rules.map((r) => this.#ruleXml(r)), fallback];
  }

  #pick<T>(from: Map<string, T>, arns: QueryValue | undefined, code: string, what: string): T[] {
    const wanted = list(arns).map(String);
    if (wanted.length === 0) return [...from.values()];
    return wanted.map((arn) => {
      const found = from.get(arn);
      if (!found) throw new AwsFault(code, `One or more ${what}s not found`);
      return found;
    });
  }

  #modify<T extends Route>(
    from: Map<string, T>,
    arn: QueryValue | undefined,
    actions: QueryValue | undefined,
    field: string,
    code: string,
  ): T {
    const route = from.get(text(arn) ?? "");
    if (!route) throw new AwsFault(code, `${field === "actions" ? "Rule" : "Listener"} '${text(arn)}' not found`);
    if (actions === undefined) return route;
    const checked = this.#checkActions(
      list(actions).map((a) => typed(a) as StoredAction),
      field,
      this.#protocolOf(route),
    );
    this.visibleActions(route);
    const until = Date.now() + this.propagationSeconds * 1000 * this.groups.timeScale;
    route.previous = { actions: this.routingActions(route), until };
    if (this.consistencyDelayMs > 0) route.pending = { actions: checked, visibleAt: Date.now() + this.consistencyDelayMs };
    else route.actions = checked;
    return route;
  }

  /** What the sandbox itself writes to a route (set-up, reset) goes through the same checks as the API. */
  setActions(route: Route, actions: StoredAction[]): void {
    route.actions = this.#checkActions(actions, "actions", this.#protocolOf(route));
    route.pending = undefined;
    route.previous = undefined;
  }

  /** The protocol of a listener, or of the listener a rule belongs to. */
  #protocolOf(route: Route): Listener["protocol"] {
    if ("protocol" in route) return (route as Listener).protocol;
    return this.listeners.get((route as Rule).listenerArn)?.protocol ?? "HTTP";
  }

  /**
   * ELBv2's own checks on an action list, and the shape it stores: what Describe returns. Action
   * (ELBv2 API reference): one routing action (forward, redirect, fixed-response) per list, and it
   * comes last; Order is required on every action when there are several.
   */
  #checkActions(actions: StoredAction[], field: string, protocol: Listener["protocol"]): StoredAction[] {
    // Action.AuthenticateOidcConfig / AuthenticateCognitoConfig are marked "[HTTPS listeners]" (ELBv2
    // API reference), and "Authenticate users using an Application Load Balancer" configures them on
    // an HTTPS listener only. The exact error code for an HTTP listener is not documented there:
    // InvalidConfigurationRequest is the sandbox's choice.
    const authenticate = actions.find((a) => AUTHENTICATE.has(String(a.Type)));
    if (authenticate && protocol !== "HTTPS")
      throw new AwsFault(
        "InvalidConfigurationRequest",
        `The action type '${String(authenticate.Type)}' is supported only on HTTPS listeners`,
      );
    if (actions.length === 0)
      throw new AwsFault(
        "ValidationError",
        `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
      );
    const routing = actions.filter((a) => ROUTING.has(String(a.Type)));
    const ordered = [...actions].sort((a, b) => Number(a.Order ?? 0) - Number(b.Order ?? 0));
    if (routing.length !== 1 || !ROUTING.has(String(ordered.at(-1)?.Type)))
      throw new AwsFault(
        "InvalidLoadBalancerAction",
        "You must specify exactly one routing action, and it must be the last action",
      );
    if (actions.length > 1 && actions.some((a) => a.Order === undefined))
      throw new AwsFault("InvalidLoadBalancerAction", "You must specify an order for each action when there are several");
    return actions.map((action, i) => {
      const where = `${field}.${i + 1}.member`;
      switch (action.Type) {
        case "forward":
          return this.#checkForward(action, where);
        case "authenticate-oidc":
          return checkOidc(action);
        case "authenticate-cognito":
        case "jwt-validation":
        case "fixed-response":
          return action;
        case "redirect":
          return checkRedirect(action);
        default:
          throw new AwsFault(
            "ValidationError",
            `1 validation error detected: Value '${String(action.Type)}' at '${where}.type' failed to satisfy constraint: Member must satisfy enum value set: [forward, authenticate-oidc, authenticate-cognito, jwt-validation, redirect, fixed-response]`,
          );
      }
    });
  }

  #checkForward(action: StoredAction, where: string): StoredAction {
    const config = (action.ForwardConfig ?? {}) as {
      TargetGroups?: { TargetGroupArn?: string; Weight?: number }[];
      TargetGroupStickinessConfig?: XmlValue;
    };
    const shorthand = typeof action.TargetGroupArn === "string" ? action.TargetGroupArn : undefined;
    const groups = (config.TargetGroups ?? []).map((g) => ({ TargetGroupArn: g.TargetGroupArn ?? "", Weight: g.Weight ?? 1 }));
    if (groups.length === 0 && !shorthand) throw new AwsFault("ValidationError", "A target group ARN must be specified");
    if (groups.length > MAX_FORWARD_GROUPS) {
      throw new AwsFault(
        "ValidationError",
        `You cannot specify more than ${MAX_FORWARD_GROUPS} target groups in a forward action`,
      );
    }
    for (const [j, group] of groups.entries()) {
      if (!Number.isInteger(group.Weight) || group.Weight < 0 || group.Weight > 999) {
        const bound = group.Weight < 0 ? "greater than or equal to 0" : "less than or equal to 999";
        throw new AwsFault(
          "ValidationError",
          `1 validation error detected: Value '${group.Weight}' at '${where}.forwardConfig.targetGroups.${j + 1}.member.weight' failed to satisfy constraint: Member must have value ${bound}`,
        );
      }
    }
    if (shorthand && groups.length > 0 && (groups.length !== 1 || groups[0]?.TargetGroupArn !== shorthand)) {
      throw new AwsFault(
        "ValidationError",
        "The target group ARN in the action does not match the target groups in the forward configuration; specify one or the other",
      );
    }
    const all = groups.length ? groups : [{ TargetGroupArn: shorthand as string, Weight: 1 }];
    const seen = new Set<string>();
    for (const group of all) {
      if (!this.targetGroups.has(group.TargetGroupArn))
        throw new AwsFault("TargetGroupNotFound", `Target group '${group.TargetGroupArn}' not found`);
      if (seen.has(group.TargetGroupArn))
        throw new AwsFault("ValidationError", `Target group '${group.TargetGroupArn}' is specified more than once`);
      seen.add(group.TargetGroupArn);
    }
    const stickiness = (config.TargetGroupStickinessConfig ?? { Enabled: false }) as {
      Enabled?: boolean;
      DurationSeconds?: number;
    };
    // TargetGroupStickinessConfig.DurationSeconds: 1 to 604800, required when stickiness is enabled.
    if (stickiness.Enabled) {
      const seconds = stickiness.DurationSeconds;
      if (seconds === undefined || !Number.isInteger(seconds) || seconds < 1 || seconds > 604_800)
        throw new AwsFault(
          "ValidationError",
          "Target group stickiness duration must be between 1 and 604800 seconds when target group stickiness is enabled",
        );
    }
    // "Listeners for your Application Load Balancers": with several target groups in a forward, a group
    // with stickiness enabled requires group stickiness on the forward (the error as
    // kubernetes-sigs/aws-load-balancer-controller#2734 quotes it).
    const targetSticky = all.find((g) => this.targetGroups.get(g.TargetGroupArn)?.attributes["stickiness.enabled"] === "true");
    if (all.length > 1 && !stickiness.Enabled && targetSticky) {
      throw new AwsFault(
        "InvalidConfigurationRequest",
        `Target group stickiness is enabled on '${targetSticky.TargetGroupArn}', so group stickiness must be enabled on a forward action with more than one target group`,
      );
    }
    return {
      Type: "forward",
      Order: action.Order,
      // As ELBv2 does: the shorthand is echoed only when the forward names a single group.
      TargetGroupArn: all.length === 1 ? all[0]?.TargetGroupArn : undefined,
      ForwardConfig: { TargetGroups: all, TargetGroupStickinessConfig: stickiness },
    };
  }

  #loadBalancerXml(): XmlValue {
    return {
      LoadBalancerArn: this.loadBalancerArn,
      LoadBalancerName: this.#lbName,
      // The traffic plane listens on loopback; a real ALB's name resolves to its nodes.
      DNSName: "127.0.0.1",
      Scheme: "internet-facing",
      Type: "application",
      State: { Code: "active" },
    };
  }

  #listenerXml(l: Listener): XmlValue {
    return {
      ListenerArn: l.arn,
      LoadBalancerArn: l.loadBalancerArn,
      Port: l.port,
      Protocol: l.protocol,
      ...(l.certificateArn
        ? {
            Certificates: [{ CertificateArn: l.certificateArn }],
            // The security policy the console picks for a new HTTPS listener ("Security policies for
            // your Application Load Balancer"); the sandbox does not negotiate TLS at all.
            SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
          }
        : {}),
      DefaultActions: this.visibleActions(l),
    };
  }

  #ruleXml(r: Rule): XmlValue {
    return { RuleArn: r.arn, Priority: r.priority, Conditions: r.conditions, Actions: this.visibleActions(r), IsDefault: false };
  }

  #tagsXml(arn: string): XmlValue {
    const tags = this.tags.get(arn);
    if (!tags)
      throw new AwsFault(
        arn.includes(":targetgroup/") ? "TargetGroupNotFound" : "ListenerNotFound",
        `Resource '${arn}' not found`,
      );
    return { ResourceArn: arn, Tags: [...tags].map(([Key, Value]) => ({ Key, Value })) };
  }

  /** AddTags (ELBv2 API reference, Tag): keys of 1–128 characters in the tag pattern, not `aws:`; 50 tags a resource. */
  #addTags(params: QueryParams): XmlValue {
    const tags = list(params.Tags).map((t) => t as { Key?: string; Value?: string });
    const keys = tags.map((t) => t.Key);
    if (new Set(keys).size < keys.length) throw new AwsFault("DuplicateTagKeys", "A tag key was specified more than once.");
    for (const tag of tags) {
      if (!tag.Key)
        throw new AwsFault(
          "ValidationError",
          "1 validation error detected: Value null at 'tags.member.key' failed to satisfy constraint: Member must not be null",
        );
      if (tag.Key.length > 128 || !/^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u.test(tag.Key))
        throw new AwsFault(
          "ValidationError",
          `1 validation error detected: Value '${tag.Key}' at 'tags.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$`,
        );
      if (tag.Key.toLowerCase().startsWith("aws:"))
        throw new AwsFault("ValidationError", `Tag keys starting with 'aws:' are reserved for AWS use: ${tag.Key}`);
      const value = tag.Value ?? "";
      if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value) || value.length > 256) {
        throw new AwsFault(
          "ValidationError",
          `1 validation error detected: Value '${value}' at 'tags.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$`,
        );
      }
    }
    for (const arn of list(params.ResourceArns).map(String)) {
      const existing = this.tags.get(arn);
      if (!existing) throw new AwsFault("TargetGroupNotFound", `Resource '${arn}' not found`);
      const after = new Set([...existing.keys(), ...(keys as string[])]);
      if (after.size > 50) throw new AwsFault("TooManyTags", `You have reached the limit on the number of tags for ${arn}`);
      for (const tag of tags) existing.set(tag.Key as string, tag.Value ?? "");
    }
    return {};
  }

  #removeTags(params: QueryParams): XmlValue {
    for (const arn of list(params.ResourceArns).map(String)) {
      const existing = this.tags.get(arn);
      if (!existing) throw new AwsFault("TargetGroupNotFound", `Resource '${arn}' not found`);
      for (const key of list(params.TagKeys).map(String)) existing.delete(key);
    }
    return {};
  }
}

/** RedirectActionConfig.Port is a string: a port number, or `#{port}` to keep the request's. */
function checkRedirect(action: StoredAction): StoredAction {
  const config = (action.RedirectConfig ?? {}) as { Port?: XmlValue };
  if (config.Port === undefined) return action;
  const port = String(config.Port);
  if (port !== "#{port}" && !/^\d{1,5}$/.test(port))
    throw new AwsFault("ValidationError", `The redirect port '${port}' must be a number from 1 to 65535, or #{port}`);
  return { ...action, RedirectConfig: { ...(action.RedirectConfig as object), Port: port } };
}

function checkOidc(action: StoredAction): StoredAction {
  const config = (action.AuthenticateOidcConfig ?? {}) as { ClientSecret?: string; UseExistingClientSecret?: boolean };
  if (config.ClientSecret && config.UseExistingClientSecret) {
    throw new AwsFault(
      "InvalidLoadBalancerAction",
      "You cannot both specify a client secret and set UseExistingClientSecret to true",
    );
  }
  if (!config.ClientSecret && !config.UseExistingClientSecret) {
    throw new AwsFault("InvalidLoadBalancerAction", "You must specify a client secret or set UseExistingClientSecret to true");
  }
  // Describe calls never return the secret.
  const { ClientSecret: _secret, UseExistingClientSecret: _use, ...shown } = config;
  return { ...action, AuthenticateOidcConfig: shown as XmlValue };
}
