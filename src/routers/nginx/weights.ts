// Color shares as nginx server weights. nginx's round robin weighs each server, and a weight must
// be 1 or more ("weight=number", ngx_http_upstream_module), so a color at 0 % is marked `down`
// and stays in the block. Each color's servers share its part equally.
import { COLORS, type Color } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";
import type { Weights } from "../port.ts";
import type { Server, ServerLine, UpstreamBlock } from "./upstream-file.ts";

export type { Weights } from "../port.ts";

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The same split in its smallest integers: 90:10 is 9:1, and 0:100 is 0:1. */
export function reduced(weights: Weights): Weights {
  const divisor = gcd(weights.blue, weights.green) || 1;
  return { blue: weights.blue / divisor, green: weights.green / divisor };
}

/**
 * The weight of one server of each color, so that each color's servers together carry its share:
 * 10 % green over 2 blue and 2 green servers is 9 per blue server and 1 per green one.
 */
export function serverWeights(weights: Weights, counts: Record<Color, number>): Weights {
  for (const color of COLORS) {
    if (!Number.isInteger(weights[color]) || weights[color] < 0) {
      throw new CutoverError(`A weight must be a whole number of 0 or more; ${color} was given ${weights[color]}.`);
    }
    if (weights[color] > 0 && counts[color] === 0) {
      throw new CutoverError(`${color} has no servers, so it cannot take ${weights[color]} of the weight.`);
    }
  }
  if (weights.blue + weights.green === 0) throw new CutoverError("At least one color must keep some weight.");
  return reduced({
    blue: weights.blue * counts.green || (weights.blue && 1),
    green: weights.green * counts.blue || (weights.green && 1),
  });
}

/**
 * The split as cutover's weights: percentages when the split is a whole percent (9:1 reads 90:10,
 * as the engine wrote it), else its smallest integers.
 */
export function asPercent(weights: Weights): Weights {
  const total = weights.blue + weights.green;
  if (total > 0 && (weights.blue * 100) % total === 0) {
    const blue = (weights.blue * 100) / total;
    return { blue, green: 100 - blue };
  }
  return reduced(weights);
}

/** Each color's part of the block: the sum of its servers' weights, `down` counting 0. */
export function blockWeights(block: UpstreamBlock): Weights {
  const sum = (color: Color) => block.servers.filter((s) => s.color === color).reduce((total, s) => total + s.weight, 0);
  return { blue: sum("blue"), green: sum("green") };
}

/** The block with the servers given per color, weighted for the split; its other directives stay. */
export function weighBlock(block: UpstreamBlock, weights: Weights, servers: Record<Color, Server[]>): UpstreamBlock {
  const each = serverWeights(weights, { blue: servers.blue.length, green: servers.green.length });
  const lines: ServerLine[] = COLORS.flatMap((color) =>
    servers[color].map((server) => ({ address: server.address, params: [...server.params], color, weight: each[color] })),
  );
  return { ...block, directives: [...block.directives], servers: lines };
}

/** The colors a block names: those with a server in it, even one marked `down`. */
export function namedColors(block: UpstreamBlock): Color[] {
  return COLORS.filter((color) => block.servers.some((s) => s.color === color));
}

/** A block's split for a message: `blue 90 / green 10`, in percent where it is a whole percent. */
export function formatShare(block: UpstreamBlock): string {
  const share = asPercent(blockWeights(block));
  return `blue ${share.blue} / green ${share.green}`;
}
