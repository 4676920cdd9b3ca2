// What deploy-command and teardown-command are told, whatever the router: which color is which,
// each one's pool as the router names it, and what the router's kind adds (its commandEnv; for
// kubernetes, the Deployments and namespace).
import { type Color, otherColor } from "../core/color.ts";
import type { RouterConfig } from "../routers/port.ts";

export function commandEnv(router: RouterConfig, standby: Color): Record<string, string> {
  const active = otherColor(standby);
  return {
    CUTOVER_STANDBY_COLOR: standby,
    CUTOVER_ACTIVE_COLOR: active,
    CUTOVER_STANDBY_POOL: router.pools[standby],
    CUTOVER_ACTIVE_POOL: router.pools[active],
    ...router.commandEnv?.(standby),
  };
}
