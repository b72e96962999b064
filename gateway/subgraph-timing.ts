import { subgraphFetchDuration } from '../server/metrics';

/** Times one call to a subgraph: `ok` when it answered below 500, `error` for a 5xx or no answer at all. */
export async function timedFetch(subgraph: string, send: () => Promise<Response>): Promise<Response> {
  const end = subgraphFetchDuration.startTimer({ subgraph });
  try {
    const response = await send();
    end({ outcome: response.status < 500 ? 'ok' : 'error' });
    return response;
  } catch (error) {
    end({ outcome: 'error' });
    throw error;
  }
}
