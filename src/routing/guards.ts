import type { Color } from "../core/color.ts";
import { CutoverError } from "../core/errors.ts";
import type { Router, RouterState } from "./router.ts";
import { describeRoutes, productionRoutes } from "./state.ts";

/**
 * Reads the routes right before a step changes a color that must carry no users, and stops when it
 * gained production weight meanwhile: another run switched. `why` says what was left undone.
 */
export async function requireNoProductionWeight(
  router: Router,
  color: Color,
  why: (routes: string) => string,
): Promise<RouterState> {
  const now = await router.read();
  if (productionRoutes(now).some((r) => r.weights[color] > 0)) {
    throw new CutoverError(why(describeRoutes(productionRoutes(now))));
  }
  return now;
}
