/**
 * Every step action (and `environment`, which reads the environment file for a job's first steps); each gets `dist/<name>.js` and a `<name>/action.yml`, except the one-step
 * `cutover`, which is the repository's root action.yml.
 */
export const STEP_NAMES = [
  "status",
  "migrate",
  "deploy-standby",
  "smoke-test",
  "warm-caches",
  "switch",
  "purge-cdn",
  "soak-monitor",
  "rollback",
  "teardown",
  "cutover",
  "environment",
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export function actionDir(name: StepName): string {
  return name === "cutover" ? "." : name;
}
