/** A few Prometheus counters; enough to alert on error rates and watch traffic. */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly started = Date.now();

  count(route: string, status: number): void {
    const key = `route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  render(): string {
    const lines = [
      '# HELP hub_http_requests_total HTTP requests answered by the gateway.',
      '# TYPE hub_http_requests_total counter',
      ...[...this.requests].map(([labels, n]) => `hub_http_requests_total{${labels}} ${n}`),
      '# HELP hub_uptime_seconds Seconds since the gateway started.',
      '# TYPE hub_uptime_seconds gauge',
      `hub_uptime_seconds ${Math.round((Date.now() - this.started) / 1000)}`,
    ];
    return lines.join('\n') + '\n';
  }
}
