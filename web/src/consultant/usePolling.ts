import { useEffect } from 'react';

/** Fetches again every few seconds while the page is visible, so new signals show up without reloading. */
export function usePolling(refetch: () => void, intervalMs = 5000): void {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refetch();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [refetch, intervalMs]);
}
