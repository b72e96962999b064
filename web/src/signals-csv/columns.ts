/** The columns of a partner's CSV export, in the order of the template; headers are case-insensitive. */
export interface Column {
  header: string;
  required: boolean;
  /** What to put in it, for the documentation on the upload page and in the README. */
  description: string;
  example: string;
}

export const columns: Column[] = [
  { header: 'kenmerk', required: true, description: 'Uw eigen kenmerk van het signaal (uniek; opnieuw sturen met hetzelfde kenmerk is veilig)', example: 'VW-2026-000123' },
  { header: 'signaaldatum', required: true, description: 'Datum van het signaal: dd-mm-jjjj of jjjj-mm-dd', example: '20-11-2026' },
  { header: 'achterstand_sinds', required: true, description: 'Datum waarop de achterstand ontstond', example: '01-10-2026' },
  { header: 'bedrag', required: true, description: 'Hoogte van de achterstand in euro; een komma of punt voor de centen mag (afgerond op hele euro)', example: '450,00' },
  { header: 'crisis', required: false, description: 'ja als uithuiszetting of afsluiting dreigt, anders nee of leeg', example: 'nee' },
  { header: 'warme_overdracht', required: false, description: 'ja als u al contact heeft met de bewoner, anders nee of leeg', example: 'nee' },
  { header: 'bsn', required: false, description: 'Burgerservicenummer (9 cijfers), als u dat mag doorgeven', example: '111222333' },
  { header: 'voorletters', required: false, description: 'Voorletters', example: 'J.' },
  { header: 'tussenvoegsel', required: false, description: 'Tussenvoegsel', example: '' },
  { header: 'achternaam', required: true, description: 'Achternaam', example: 'Jansen' },
  { header: 'geboortedatum', required: false, description: 'Geboortedatum: dd-mm-jjjj of jjjj-mm-dd', example: '12-04-1980' },
  { header: 'telefoon', required: false, description: 'Telefoonnummer', example: '0612345678' },
  { header: 'email', required: false, description: 'E-mailadres', example: 'j.jansen@example.nl' },
  { header: 'postcode', required: true, description: 'Postcode, met of zonder spatie', example: '7731 AB' },
  { header: 'huisnummer', required: true, description: 'Huisnummer (alleen cijfers)', example: '12' },
  { header: 'toevoeging', required: false, description: 'Toevoeging bij het huisnummer', example: 'a' },
];

/** A template to fill in: the header line and one example row, separated by semicolons (as Dutch Excel saves). */
export function templateCsv(): string {
  return `${columns.map((c) => c.header).join(';')}\r\n${columns.map((c) => c.example).join(';')}\r\n`;
}
