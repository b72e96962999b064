import { parseArgs } from 'node:util';
import { configFor } from '../config';
import { roles } from '../subgraphs/shared/viewer';
import { signDevToken } from './dev-token';

/** `npm run token -- --role consultant --municipality 0175`: prints a development JWT. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' }, org: { type: 'string' }, municipality: { type: 'string' },
      sub: { type: 'string' }, expires: { type: 'string', default: '1h' },
    },
  });
  const config = configFor(['AUTH_JWT_SECRET']);
  const role = values.role ?? '';
  if (!(roles as readonly string[]).includes(role)) throw new Error(`--role must be one of: ${roles.join(', ')}`);
  if (role === 'partner' && !config.partners.some((p) => p.code === values.org)) {
    throw new Error(`--org must be a configured partner: ${config.partners.map((p) => p.code).join(', ')}`);
  }
  if (role === 'consultant' && !config.municipalities.some((m) => m.code === values.municipality)) {
    throw new Error(`--municipality must be a configured gemeentecode: ${config.municipalities.map((m) => m.code).join(', ')}`);
  }
  console.log(await signDevToken(config.auth, { role, org: values.org, municipality: values.municipality, sub: values.sub }, values.expires));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
