import { columns, templateCsv } from '../signals-csv/columns';
import { t } from '../text';
import { downloadText } from './download';

/** The documented columns of the CSV file, and the template to start from. */
export function ColumnsHelp() {
  return (
    <section aria-labelledby="columns-title">
      <h2 id="columns-title">{t.upload.columnsTitle}</h2>
      <p>{t.upload.columnsIntro}</p>
      <p><button type="button" onClick={() => downloadText(t.upload.templateName, templateCsv())}>{t.upload.template}</button></p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr><th scope="col">{t.upload.column}</th><th scope="col">{t.upload.requiredColumn}</th><th scope="col">{t.upload.meaning}</th><th scope="col">{t.upload.example}</th></tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.header}><td><code>{c.header}</code></td><td>{c.required ? t.upload.yes : t.upload.no}</td><td>{c.description}</td><td>{c.example}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
