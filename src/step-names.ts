/** Every step action; each gets `dist/<name>.js` and a top-level `<name>/action.yml`. */
export const STEP_NAMES = ["status", "smoke-test", "warm-caches", "switch", "purge-cdn", "rollback"] as const;
export type StepName = (typeof STEP_NAMES)[number];
