import type { Color } from "../core/color.ts";
import type { RouteRef, Weights } from "./port.ts";

export type { RouteChange, RouteRef, RouteRole, RouteState, Weights } from "./port.ts";

/** A route as an operator recognises it in a log line. */
export function routeName(ref: RouteRef): string {
  return `${ref.role === "test" ? "test " : ""}${ref.name}`;
}

/** A route as a table cell shows it. */
export function shortRouteName(ref: RouteRef): string {
  return `${ref.role === "test" ? "test " : ""}${ref.short}`;
}

/** Weights as a route names them: `blue 100 / green 0`, or `blue 100 only` when green is not in it. */
export function formatForward(weights: Weights, named: Color[]): string {
  return named.length === 1 ? `${named[0]} ${weights[named[0] as Color]} only` : formatWeights(weights);
}

export function formatWeights(weights: Weights): string {
  return `blue ${weights.blue} / green ${weights.green}`;
}

export function sameWeights(a: Weights, b: Weights): boolean {
  return a.blue === b.blue && a.green === b.green;
}

/** Two routes agree when they split traffic in the same proportion, whatever their scale. */
export function sameSplit(a: Weights, b: Weights): boolean {
  return a.blue * b.green === a.green * b.blue;
}

/** The color holding all the weight, or undefined while both hold some. */
export function soleColor(weights: Weights): Color | undefined {
  if (weights.blue > 0 && weights.green === 0) return "blue";
  if (weights.green > 0 && weights.blue === 0) return "green";
  return undefined;
}

export function allOn(color: Color): Weights {
  return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}
