// Inputs as the runner passes them to a step: INPUT_<NAME> in the environment.

/** Replaces every input with these. */
export function setInputs(inputs: Record<string, string>): void {
  clearInputs();
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

export function clearInputs(): void {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
}
