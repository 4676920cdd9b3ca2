// One job's steps, in order, as GitHub's runner takes them: each step's `if:` against the job's
// status so far, its env on top of the workflow's and the job's, `run:` in bash, `uses:` as a local
// action (node24 bundle or composite), a repository the test maps to a local tree, or a stand-in.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { inputEnv } from "../sandbox/run-action.ts";
import { commandFiles, readEffects } from "./commands.ts";
import {
  asString,
  type Contexts,
  Expression,
  evaluate,
  interpolate,
  Known,
  resolve,
  type Status,
  truthy,
} from "./expressions.ts";
import { type ActionDef, loadAction, type Plain, type StepDef } from "./load.ts";
import { spawnStep, timeoutOf } from "./spawn.ts";
import { STAND_INS } from "./stand-ins.ts";
import { type JobState, type StepContext, type StepRecord, WorkflowFailure } from "./state.ts";

export { type JobState, type StepRecord, WorkflowFailure } from "./state.ts";

/** A list of steps with their own steps context and inputs: a job's, or a composite action's. */
interface Scope {
  job: JobState;
  steps: Record<string, StepContext>;
  inputs?: Known;
  failed: boolean;
}

export async function runSteps(job: JobState, steps: StepDef[], inputs?: Known): Promise<Scope> {
  const scope: Scope = { job, steps: {}, inputs, failed: false };
  for (const step of steps) await runStep(scope, step);
  return scope;
}

function contextsOf(scope: Scope, env: Record<string, string>): Contexts {
  return {
    ...scope.job.contexts,
    ...(scope.inputs ? { inputs: scope.inputs } : {}),
    job: {
      ...(scope.job.contexts.job as object),
      status: scope.job.cancelled() ? "cancelled" : scope.failed ? "failure" : "success",
    },
    env,
    steps: new Known("steps", scope.steps),
  };
}

/** A run step's name as GitHub shows it: its script's first line. */
function firstLine(run: unknown): string {
  const text = run instanceof Expression ? run.source : asString(run);
  return text.split("\n")[0] ?? "";
}

async function runStep(scope: Scope, step: StepDef): Promise<void> {
  const { job } = scope;
  const raw = step.raw;
  const name = asString(raw.name instanceof Object ? "" : raw.name) || String(raw.uses ?? `Run ${firstLine(raw.run)}`);
  const where = `job ${job.id}, step ${step.index + 1} (${name})`;
  const status: Status = {
    success: () => !scope.failed && !job.cancelled(),
    failure: () => scope.failed,
    cancelled: job.cancelled,
  };
  const before = contextsOf(scope, job.env);
  const record: StepRecord = {
    name,
    uses: raw.uses as string | undefined,
    outcome: "skipped",
    conclusion: "skipped",
    outputs: {},
    log: "",
    annotations: [],
    ms: 0,
  };
  const started = performance.now();
  const abortedBefore = job.signal?.aborted ?? false;
  job.records.push(record);
  if (!truthy(evaluate(step.if, before, `${where} if`, status))) {
    if (step.id) scope.steps[step.id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
    return;
  }
  const stepEnv = Object.fromEntries(
    Object.entries((resolve(raw.env ?? {}, before, `${where} env`) ?? {}) as Plain).map(([k, v]) => [k, asString(v)]),
  );
  const env = { ...job.env, ...stepEnv };
  const contexts = contextsOf(scope, env);
  job.timeout = timeoutOf(
    job,
    raw["timeout-minutes"] === undefined ? undefined : Number(resolve(raw["timeout-minutes"], contexts, where)),
    name,
  );
  const files = commandFiles(job.temp, job.count++);
  let code: number;
  let stdout: string;
  let declared: string[] | undefined;
  if (typeof raw.run === "string" || raw.run instanceof Object) {
    const script = asString(resolve(raw.run, contexts, `${where} run`));
    const shell = asString(raw.shell ?? "bash");
    if (shell !== "bash") throw new WorkflowFailure(`${where}: shell ${shell} is not one this runner has (bash)`);
    const dir = raw["working-directory"]
      ? path.resolve(job.workspace, asString(resolve(raw["working-directory"], contexts, where)))
      : job.workspace;
    const file = path.join(job.temp, `script-${job.count}.sh`);
    writeFileSync(file, script);
    ({ code, stdout } = await spawnStep(job, "bash", ["--noprofile", "--norc", "-eo", "pipefail", file], dir, {
      ...env,
      ...files,
    }));
  } else {
    const uses = asString(raw.uses);
    const withs = (resolve(raw.with ?? {}, contexts, `${where} with`) ?? {}) as Plain;
    const inputs = Object.fromEntries(Object.entries(withs).map(([k, v]) => [k, asString(v)]));
    ({ code, stdout, declared } = await runUses(scope, uses, inputs, env, files, where, record));
  }
  const effects = readEffects(files, stdout, job.masks);
  if (effects.refused.length) throw new WorkflowFailure(`${where}: ${effects.refused.join("; ")}`);
  const outputs = { ...(record.outputs ?? {}), ...effects.outputs };
  if (declared) for (const key of Object.keys(outputs)) if (!declared.includes(key)) delete outputs[key];
  Object.assign(job.env, effects.env);
  job.path.unshift(...effects.path.reverse());
  job.summary += effects.summary;
  const interrupted = !abortedBefore && (job.signal?.aborted ?? false);
  const outcome = interrupted ? "cancelled" : code === 0 ? "success" : "failure";
  const continueOnError = truthy(resolve(raw["continue-on-error"] ?? false, contexts, where));
  Object.assign(record, {
    outcome,
    conclusion: outcome === "failure" && continueOnError ? "success" : outcome,
    outputs,
    log: record.log + effects.log,
    annotations: effects.annotations,
    ms: Math.round(performance.now() - started),
  });
  if (step.id) {
    const values = declared
      ? new Known(`steps.${step.id}.outputs`, { ...Object.fromEntries(declared.map((k) => [k, ""])), ...outputs })
      : outputs;
    scope.steps[step.id] = { outputs: values, outcome, conclusion: record.conclusion };
  }
  if (record.conclusion !== "success") scope.failed = true;
  await job.onStep?.({ ...record, id: step.id });
}

interface Ran {
  code: number;
  stdout: string;
  /** The outputs the action declares, when it declares them. */
  declared?: string[];
}

async function runUses(
  scope: Scope,
  uses: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  files: Record<string, string>,
  where: string,
  record: StepRecord,
): Promise<Ran> {
  const { job } = scope;
  if (uses.startsWith("docker://")) throw new WorkflowFailure(`${where}: docker actions are not run here (${uses})`);
  if (uses.startsWith("./")) return runAction(scope, loadAction(path.resolve(job.workspace, uses)), inputs, env, files, where);
  const match = /^([^/@]+\/[^/@]+)(\/[^@]*)?@(.+)$/.exec(uses);
  if (!match) throw new WorkflowFailure(`${where}: uses: ${uses} is no action reference`);
  const [, repo, sub = ""] = match as unknown as [string, string, string?];
  const local = job.standIn.repositories[repo as string];
  if (local) return runAction(scope, loadAction(path.join(local, sub)), inputs, env, files, where);
  const standIn = STAND_INS[repo as string];
  if (!standIn)
    throw new WorkflowFailure(
      `${where}: no stand-in for the third-party action ${uses}; the runner has ${Object.keys(STAND_INS).join(", ")}`,
    );
  const unknown = Object.keys(inputs).filter((k) => !standIn.inputs.includes(k));
  if (unknown.length) throw new WorkflowFailure(`${where}: ${repo} has no input ${unknown.join(", ")}`);
  try {
    const result = await standIn.run(inputs, { ...job.standIn, workspace: job.workspace, permissions: job.permissions });
    Object.assign(job.env, result.env);
    // As the real actions do (core.setSecret), the secret parts of credentials are masked.
    for (const [name, value] of Object.entries(result.env)) if (/SECRET|TOKEN|PASSWORD/.test(name) && value) job.masks.add(value);
    record.outputs = result.outputs;
    record.standIn = result.record;
    return { code: 0, stdout: "", declared: standIn.outputs };
  } catch (error) {
    return { code: 1, stdout: `::error::${(error as Error).message}` };
  }
}

/** The inputs an action gets: those given, then its defaults; one it does not declare fails the run. */
function actionInputs(
  action: ActionDef,
  given: Record<string, string>,
  contexts: Contexts,
  where: string,
): Record<string, string> {
  const declared = (action.raw.inputs ?? {}) as Record<string, Plain>;
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length) throw new WorkflowFailure(`${where}: ${action.dir} declares no input ${unknown.join(", ")}`);
  const inputs: Record<string, string> = {};
  for (const [key, spec] of Object.entries(declared)) {
    const value =
      key in given
        ? given[key]
        : spec?.default !== undefined
          ? asString(resolve(spec.default, contexts, `${where} default of ${key}`))
          : undefined;
    if (value !== undefined) inputs[key] = value;
  }
  return inputs;
}

async function runAction(
  scope: Scope,
  action: ActionDef,
  given: Record<string, string>,
  env: Record<string, string>,
  files: Record<string, string>,
  where: string,
): Promise<Ran> {
  const contexts = contextsOf(scope, env);
  const inputs = actionInputs(action, given, contexts, where);
  const runs = action.raw.runs as Plain;
  const declared = Object.keys((action.raw.outputs ?? {}) as Plain);
  if (runs.using === "composite") return runComposite(scope.job, action, inputs, declared, files, where);
  const major = Number(process.versions.node.split(".")[0]);
  if (runs.using !== "node24" && runs.using !== "node20")
    throw new WorkflowFailure(`${where}: runs.using ${String(runs.using)} is not run here`);
  if (runs.using === "node24" && major < 24)
    throw new WorkflowFailure(`${where}: a node24 action needs Node 24, and this is ${process.version}`);
  const main = path.resolve(action.dir, asString(runs.main));
  const ran = await spawnStep(scope.job, process.execPath, [main], scope.job.workspace, {
    ...env,
    ...files,
    ...inputEnv(inputs),
  });
  return { ...ran, declared };
}

async function runComposite(
  job: JobState,
  action: ActionDef,
  inputs: Record<string, string>,
  declared: string[],
  files: Record<string, string>,
  where: string,
): Promise<Ran> {
  const raw = ((action.raw.runs as Plain).steps ?? []) as Plain[];
  const steps = raw.map((step, index) => ({
    index,
    id: typeof step.id === "string" ? step.id : "",
    if: action.stepIfs[index] ?? "success()",
    raw: step,
  }));
  for (const step of raw)
    if (step.run !== undefined && !step.shell) throw new WorkflowFailure(`${where}: a composite's run step needs shell:`);
  const inner = await runSteps(job, steps, new Known("inputs", inputs));
  const specs = (action.raw.outputs ?? {}) as Record<string, Plain>;
  const contexts = { ...job.contexts, inputs: new Known("inputs", inputs), env: job.env, steps: new Known("steps", inner.steps) };
  const lines = Object.entries(specs).map(([key, spec]) => {
    const value = spec.value;
    const text =
      typeof value === "string"
        ? interpolate(value, contexts, `${where} output ${key}`)
        : asString(resolve(value, contexts, `${where} output ${key}`));
    return `${key}<<EOF_OUTPUT\n${text}\nEOF_OUTPUT\n`;
  });
  writeFileSync(files.GITHUB_OUTPUT as string, lines.join(""));
  return { code: inner.failed ? 1 : 0, stdout: "", declared };
}
