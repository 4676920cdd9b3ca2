export const COLORS = ["blue", "green"] as const;
export type Color = (typeof COLORS)[number];

export function otherColor(color: Color): Color {
  return color === "blue" ? "green" : "blue";
}

/** A value per color; used for weights, pools, health and the ledger alike. */
export type PerColor<T> = Record<Color, T>;
