import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';

/** The start page of roles whose pages are still to come (analyst, privacy officer: issue 12). */
export function HomePage({ text }: { text: string }) {
  usePageTitle(t.home.title);
  return (
    <section>
      <h1>{t.home.title}</h1>
      <p>{text}</p>
    </section>
  );
}
