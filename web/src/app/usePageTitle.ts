import { useEffect } from 'react';
import { t } from '../text';

/** Each page names itself in the tab title (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title]);
}
