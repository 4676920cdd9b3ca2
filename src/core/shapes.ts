// The shape an input's value must have wherever it is given (a step input, the environment file,
// the published JSON Schema), with a real example: what the file's checker and the schema read.
export type Shape =
  | { type: "string"; pattern?: RegExp; example: string }
  | { type: "integer"; example: number }
  | { type: "boolean"; example: boolean }
  | { type: "duration"; example: string }
  | { type: "percent"; example: string }
  | { type: "list"; item: "string" | "integer"; pattern?: RegExp; example: string[] | number[] }
  | { type: "choice"; choices: readonly string[] }
  | { type: "checks" };

export const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

export const string = (example: string, pattern?: RegExp): Shape => ({ type: "string", example, pattern });
export const url = (example: string): Shape => string(example, URL_PATTERN);
export const integer = (example: number): Shape => ({ type: "integer", example });
export const boolean = (example: boolean): Shape => ({ type: "boolean", example });
export const duration = (example: string): Shape => ({ type: "duration", example });
export const percent = (example: string): Shape => ({ type: "percent", example });
export const list = (example: string[], pattern?: RegExp): Shape => ({ type: "list", item: "string", example, pattern });
export const choice = (...choices: string[]): Shape => ({ type: "choice", choices });
