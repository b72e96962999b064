/** Collects the security events the in-process subgraphs report on stderr while a test runs. */
export function securityEvents() {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = chunk.toString();
    if (text.includes('"securityEvent"')) { lines.push(text); return true; }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write);
  return {
    seen(event: string): Array<Record<string, string>> {
      return lines.flatMap((l) => l.trim().split('\n')).map((l) => JSON.parse(l)).filter((e) => e.securityEvent === event);
    },
    stop: () => spy.mockRestore(),
  };
}
