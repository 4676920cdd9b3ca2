// The environment file (.github/cutover.yml): each environment's settings, read and checked as a
// whole before any step reads an input. A setting fills an input that was not given (left out or
// empty); an input given directly wins.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../core/errors.ts";
import { type Fallback, useFallback } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import type { StepName } from "../step-names.ts";
import type { Settings } from "./parse.ts";
import { SETTING_NAMES } from "./settings.ts";

export const DEFAULT_ENVIRONMENT_FILE = ".github/cutover.yml";

/**
 * Reads `environment` and `environment-file` (inputs only: they say where the rest comes from) and
 * lets the step's input readers fall back on that environment's settings. Without `environment`,
 * no file is read. Throws before anything else is read when the file is wrong.
 */
export async function useEnvironment(step: StepName): Promise<Settings | undefined> {
  useFallback(undefined);
  const environment = core.getInput("environment").trim();
  const input = core.getInput("environment-file").trim();
  // Named: a file other than the default, which must then exist. The default may be absent.
  const named = input === DEFAULT_ENVIRONMENT_FILE ? "" : input;
  const file = named || DEFAULT_ENVIRONMENT_FILE;
  if (!environment) {
    if (named)
      throw new ConfigurationError(
        `Input 'environment-file' is set but 'environment' is not: name the environment to read from ${named}. Example: environment: production`,
      );
    return undefined;
  }
  const text = readText(file, Boolean(named));
  // No file: every setting comes from the inputs, and an error for a missing one says where the file should be.
  const settings =
    text === undefined ? new Map<string, string>() : (await import("./parse.ts")).parseEnvironmentFile(text, file, environment);
  const missing = text === undefined ? `; ${file} is not in the workspace: check out your repository before this step` : "";
  useFallback(fallback(step, `${file}: ${environment}`, missing, settings));
  return text === undefined ? undefined : settings;
}

function readText(file: string, named: boolean): string | undefined {
  const full = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), file);
  if (!existsSync(full)) {
    if (named)
      throw new ConfigurationError(
        `Input 'environment-file' names ${file}, which does not exist: check out your repository before this step. Example: environment-file: .github/cutover.yml`,
      );
    return undefined;
  }
  return readFileSync(full, "utf8");
}

/** `at`: the file and the environment, such as `.github/cutover.yml: production`. */
function fallback(step: StepName, at: string, note: string, settings: Settings): Fallback {
  const names = SETTING_NAMES[step] ?? {};
  const setting = (input: string) => names[input] ?? input;
  return {
    setting,
    value: (input) => settings.get(setting(input)),
    where: (input) => `${at}.${setting(input)}${note}`,
    routers: settings.routers?.map((router, i) => ({
      setting: (input) => input,
      value: (input) => router.get(input),
      where: (input) => `${at}.routers[${i}].${input}`,
    })),
  };
}
