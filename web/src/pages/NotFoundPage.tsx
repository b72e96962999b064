import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';

export function NotFoundPage() {
  usePageTitle(t.app.notFound);
  return (
    <section>
      <h1>{t.app.notFound}</h1>
      <p><Link to="/">{t.app.toHome}</Link></p>
    </section>
  );
}
