import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';

export function UploadPage() {
  usePageTitle(t.nav.upload);
  return (
    <section>
      <h1>{t.nav.upload}</h1>
    </section>
  );
}
