/**
 * An error's message fit for a log line: a failed statement's text (which MikroORM puts before
 * " - ", with its values) is dropped, and every quoted value is masked, since PostgreSQL quotes the
 * value it refused and that value may be personal data. The full error stays in the job table
 * (`last_error`) and with the database's administrators.
 */
export function safeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return safeErrorText(message);
}

export function safeErrorText(message: string): string {
  const statement = /^\s*(select|insert|update|delete|with|merge|create|alter|drop|copy)\b/i.test(message) && message.includes(' - ');
  const text = statement ? message.slice(message.lastIndexOf(' - ') + 3) : message;
  return text.replace(/'[^']*'|"[^"]*"/g, (quoted) => `${quoted[0]}…${quoted[0]}`).slice(0, 500);
}

/** pino's `err` serializer: type, code, masked message and the stack's frames; no other property (pg's `detail` names values). */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: safeErrorMessage(error) };
  const message = safeErrorMessage(error);
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message, ...(typeof code === 'string' ? { code } : {}), stack: `${error.name}: ${message}${frames ? `\n${frames}` : ''}` };
}
