import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../config';

const load = (purposes: string) => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'purposes-')), PURPOSES: purposes });
const problemsOf = (purposes: string) => {
  try { load(purposes); return []; } catch (error) { return (error as ConfigError).problems; }
};

describe('PURPOSES', () => {
  it('has a documented default per role, access-request for the privacy officer alone', () => {
    const { purposes } = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'purposes-')) });
    expect(purposes.consultant).toEqual(['casework', 'warm-handover']);
    expect(Object.entries(purposes).filter(([, list]) => list.includes('access-request')).map(([role]) => role)).toEqual(['privacy_officer']);
  });

  it('replaces the purposes of the roles it names', () => {
    expect(load('{"consultant":["casework","schuldhulp-intake"]}').purposes.consultant).toEqual(['casework', 'schuldhulp-intake']);
  });

  it.each([
    ['{"consultant":["access-request"]}', /privacy officer's alone/],
    ['{"superuser":["casework"]}', /unknown role "superuser"/],
    ['{"consultant":[]}', /non-empty list/],
    ['{"consultant":["Case Work"]}', /non-empty list/],
    ['["casework"]', /JSON object/],
  ])('refuses %s', (purposes, problem) => {
    expect(problemsOf(purposes).join('\n')).toMatch(problem);
  });
});
