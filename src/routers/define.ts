// A router kind declared whole: its inputs with their shapes, its words, its outputs and the
// environment it gives commands. The config keeps its own type from readConfig to connect, so no
// router casts it: the registry connects a config only through the kind that read it.
import type { Color } from "../core/color.ts";
import { readNeutralSettings } from "./neutral.ts";
import type {
  Colors,
  NeutralSettings,
  OutputSpec,
  RouterConfig,
  RouterInput,
  RouterKind,
  RouterPorts,
  RouterWords,
} from "./port.ts";

export interface RouterOutput<Config> extends OutputSpec {
  value(config: Config, colors: Colors): string;
}

export interface RouterDefinition<Config extends RouterConfig> {
  kind: string;
  inputs: RouterInput[];
  words: RouterWords;
  /** Reads and checks the kind's own inputs, without I/O; the neutral settings come read. */
  readConfig(neutral: NeutralSettings): Config;
  connect(config: Config): RouterPorts;
  /** What deploy-command and teardown-command get besides CUTOVER_*_COLOR and CUTOVER_*_POOL. */
  commandEnv?(config: Config, standby: Color): Record<string, string>;
  outputs?: RouterOutput<Config>[];
  readTargets?(input: string): string[];
  identityInputs?: string[];
}

/** Each config a defined kind read, with the connect that keeps its type. */
const connectors = new WeakMap<RouterConfig, () => RouterPorts>();

export function defineRouter<Config extends RouterConfig>(definition: RouterDefinition<Config>): RouterKind {
  const { kind, inputs, words, outputs, commandEnv, readTargets, identityInputs } = definition;
  return {
    kind,
    inputs,
    words,
    ...(outputs ? { outputs: outputs.map(({ name, description }) => ({ name, description })) } : {}),
    ...(readTargets ? { readTargets } : {}),
    ...(identityInputs ? { identityInputs } : {}),
    readConfig(neutral = readNeutralSettings()) {
      const config = definition.readConfig(neutral);
      config.words = words;
      if (commandEnv) config.commandEnv = (standby) => commandEnv(config, standby);
      if (outputs) config.outputs = (colors) => Object.fromEntries(outputs.map((o) => [o.name, o.value(config, colors)]));
      connectors.set(config, () => definition.connect(config));
      return config;
    },
    connect(config) {
      const connect = connectors.get(config);
      if (!connect) throw new Error(`The ${kind} router connects only a config its own readConfig returned`);
      return connect();
    },
  };
}
