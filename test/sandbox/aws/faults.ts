/** An error the way an AWS service reports it: a code, a message, an HTTP status. */
export class AwsFault extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}
