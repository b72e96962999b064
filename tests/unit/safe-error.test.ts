import { safeErrorMessage, safeErrorText, serializeError } from '../../server/safe-error';

describe('error messages in log lines', () => {
  it('drop the failed statement and mask the values PostgreSQL quotes', () => {
    const message = `update "casework"."case_signals" set "household_id" = 'Jansen' where "household_id" in ('111222333') - invalid input syntax for type uuid: "111222333"`;
    expect(safeErrorText(message)).toBe('invalid input syntax for type uuid: "…"');
  });

  it('keep a message without quoted values as it is', () => {
    expect(safeErrorMessage(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });

  it("serialise only an error's type, code, masked message and frames (no pg detail)", () => {
    const error = Object.assign(new Error(`duplicate key value violates unique constraint "residents_bsn_hash"`), { code: '23505', detail: 'Key (surname)=(Jansen) already exists.' });
    const serialised = serializeError(error);
    expect(serialised).toEqual({ type: 'Error', code: '23505', message: 'duplicate key value violates unique constraint "…"', stack: expect.stringMatching(/^Error: duplicate key value violates unique constraint "…"\n\s+at /) });
    expect(JSON.stringify(serialised)).not.toContain('Jansen');
  });
});
