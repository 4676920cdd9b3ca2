/** Every step action; each gets `dist/<name>.js` and a top-level `<name>/action.yml`. */
export const STEP_NAMES = [
  "status",
  "deploy-standby",
  "smoke-test",
  "warm-caches",
  "switch",
  "purge-cdn",
  "soak-monitor",
  "rollback",
  "teardown",
] as const;
export type StepName = (typeof STEP_NAMES)[number];
