// The rules of a weighted route object as cutover sees them: which it moves, which others still
// send traffic to a color (a route cutover cannot fully manage), and how a rule's weights read as
// a split and are written back in the form the route already uses. Both kinds' weights are
// relative: HTTPBackendRef.weight is "proportional" (Gateway API apis/v1/httproute_types.go) and
// Istio's validation refuses only a total of 0 (pkg/config/validation: "total destination weight = 0").
import { COLORS, type Color } from "../../core/color.ts";
import { ConfigurationError } from "../../core/errors.ts";
import type { RouteRef, Weights } from "../port.ts";
import { formatWeights, sameSplit } from "../routes.ts";
import type { Json, ObjectType, RouteObject, RouteObjects } from "./objects.ts";

/** What the route's controller says about a generation of it. */
export type Verdict = { state: "pending" | "accepted" | "unreported" } | { state: "refused"; detail: string };

export interface Dialect {
  type: ObjectType;
  /** The spec field that lists the rules: `rules`, `http`. */
  field: string;
  /** The input that picks rules by name or index. */
  rulesInput: string;
  backends(rule: Json): Json[];
  colorOf(backend: Json, namespace: string): Color | undefined;
  /** A backend's share as the kind counts it when its weight is unset. */
  weightOf(backend: Json, all: Json[]): number;
  setWeight(backend: Json, weight: number): Json;
  /** A backend for `color` shaped like `like` (the other color's). */
  backendFor(color: Color, like: Json): Json;
  /** Why cutover cannot move this rule's weights, such as a third destination holding some; undefined when it can. */
  refuse(rule: Json, colors: Json[], all: Json[]): string | undefined;
  /** What a rule matches, for messages: `/api`, `header x-canary`. */
  matches(rule: Json): string;
  /** What the route's controller reports on a generation; "unreported" where it reports nothing to wait for. */
  verdict(object: RouteObject, generation: number, namespace: string): Verdict;
  /** Why no report in time fails a step, for its message. */
  silence?: string;
  /** The reads `preflight` makes in the route's namespace, for the permission check before the first write. */
  reads?: { verb: string; group: string; resource: string }[];
  /** What stops a write before it is made: a parent Gateway not ready, a subset no DestinationRule defines. */
  preflight?(object: RouteObject, objects: RouteObjects, colors: Color[], namespace: string): Promise<string[]>;
}

export function ruleName(dialect: Dialect, rule: Json, index: number): string {
  const matches = dialect.matches(rule);
  return `${index}${rule?.name ? ` (${rule.name})` : ""}${matches ? ` [${matches}]` : ""}`;
}

/** A rule that cutover does not move and that still sends traffic to a color. */
export interface Unmoved {
  index: number;
  label: string;
  /** Per color, its share of the rule's traffic, 0..1. */
  shares: Weights;
}

export class RuleReader {
  readonly #dialect: Dialect;
  readonly #namespace: string;
  /** The rules input, by name or index; empty: every rule naming both colors. */
  readonly #picked: string[];

  constructor(dialect: Dialect, namespace: string, picked: string[]) {
    this.#dialect = dialect;
    this.#namespace = namespace;
    this.#picked = picked;
  }

  get picked(): boolean {
    return this.#picked.length > 0;
  }

  rules(object: RouteObject): Json[] {
    return (object.spec?.[this.#dialect.field] ?? []) as Json[];
  }

  colored(rule: Json, color: Color): Json[] {
    return this.#dialect.backends(rule).filter((b) => this.#dialect.colorOf(b, this.#namespace) === color);
  }

  label(rules: Json[], index: number): string {
    return ruleName(this.#dialect, rules[index], index);
  }

  /** The indexes of the rules cutover moves: those named by the rules input, or every rule naming both colors. */
  moved(ref: RouteRef, object: RouteObject): number[] {
    const rules = this.rules(object);
    const listed = rules.map((_, i) => this.label(rules, i)).join(", ") || "none";
    if (this.picked) {
      return this.#picked.map((wanted) => {
        const at = rules.findIndex((r, i) => r?.name === wanted || String(i) === wanted);
        if (at < 0)
          throw new ConfigurationError(
            `${ref.name} has no rule ${wanted} (${this.#dialect.rulesInput}); its rules are ${listed}.`,
          );
        if (COLORS.every((c) => this.colored(rules[at], c).length === 0))
          throw new ConfigurationError(`${ref.name} rule ${this.label(rules, at)} names neither color's backend.`);
        return at;
      });
    }
    const both = rules.flatMap((r, i) => (COLORS.every((c) => this.colored(r, c).length > 0) ? [i] : []));
    if (both.length === 0) {
      throw new ConfigurationError(
        `${ref.name} has no rule that names both colors' backends (its rules: ${listed}). Add the other color with weight 0 to the rules to move, or name them in ${this.#dialect.rulesInput}.`,
      );
    }
    return both;
  }

  /** The rules not moved that still send a share of their traffic to a color. */
  unmoved(ref: RouteRef, object: RouteObject): Unmoved[] {
    const rules = this.rules(object);
    const moved = new Set(this.moved(ref, object));
    return rules.flatMap((rule, index) => {
      if (moved.has(index)) return [];
      const all = this.#dialect.backends(rule);
      const total = all.reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
      const raw = this.#raw(rule);
      const shares = { blue: total > 0 ? raw.blue / total : 0, green: total > 0 ? raw.green / total : 0 };
      return shares.blue > 0 || shares.green > 0 ? [{ index, label: this.label(rules, index), shares }] : [];
    });
  }

  /** The colors' summed weights in a rule, as stored. */
  #raw(rule: Json): Weights {
    const all = this.#dialect.backends(rule);
    const sum = (c: Color) => this.colored(rule, c).reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
    return { blue: sum("blue"), green: sum("green") };
  }

  /**
   * The split of the moved rules, in percent of what the two colors get (weights are relative:
   * 3 and 1 is 75 / 25). Every moved rule must split alike: cutover moves them as one.
   */
  weights(ref: RouteRef, object: RouteObject): Weights {
    const rules = this.rules(object);
    const moved = this.moved(ref, object);
    const raws = moved.map((i) => {
      const colors = COLORS.flatMap((c) => this.colored(rules[i], c));
      const refused = this.#dialect.refuse(rules[i], colors, this.#dialect.backends(rules[i]));
      if (refused) throw new ConfigurationError(`${ref.name} rule ${this.label(rules, i)}: ${refused}`);
      return this.#raw(rules[i]);
    });
    const first = raws[0] as Weights;
    const odd = raws.findIndex((w) => !sameSplit(w, first) || w.blue + w.green === 0);
    if (odd >= 0) {
      throw new ConfigurationError(
        `${ref.name} rule ${this.label(rules, moved[odd] as number)} splits ${formatWeights(raws[odd] as Weights)}, unlike rule ${this.label(rules, moved[0] as number)} (${formatWeights(first)}): cutover moves its rules as one. Set them alike, or pick rules with ${this.#dialect.rulesInput}.`,
      );
    }
    const blue = Math.round((first.blue * 100) / (first.blue + first.green));
    return { blue, green: 100 - blue };
  }

  /**
   * What a percent is written as in this rule: the form the route uses. Colors' weights summing to
   * 100, 1000 or any multiple of 100 keep that total; any other total is rewritten in percent.
   */
  scale(rule: Json): number {
    const raw = this.#raw(rule);
    const total = raw.blue + raw.green;
    return total > 0 && total % 100 === 0 ? total / 100 : 1;
  }
}
