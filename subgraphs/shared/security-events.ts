/**
 * Events an operator must see (a value found in the wrong row, a replayed request, a refusal):
 * one JSON line each on stderr, for the log pipeline to alert on.
 */
export function reportSecurityEvent(event: string, details: Record<string, unknown>): void {
  process.stderr.write(`${JSON.stringify({ level: 'warn', securityEvent: event, time: new Date().toISOString(), ...details })}\n`);
}
