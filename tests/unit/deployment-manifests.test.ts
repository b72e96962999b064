import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { processSecrets, subgraphNames } from '../../config';

const dir = join(__dirname, '..', '..', 'deploy', 'k8s');
const documents = (file: string) => parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((d) => d.toJSON()).filter(Boolean);
const all = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((file) => documents(file).map((doc: any) => ({ file, doc })));
const deployments = all.filter(({ doc }) => doc.kind === 'Deployment').map(({ doc }) => doc);
const container = (deployment: any) => deployment.spec.template.spec.containers[0];

/** The Kubernetes manifests cannot be applied here; what can be checked is that they say what the hub needs. */
describe('the Kubernetes manifests (deploy/k8s)', () => {
  it('run the gateway, and every subgraph as HTTP replicas behind its Service plus a worker Deployment', () => {
    const roles = Object.fromEntries(deployments.map((d) => [d.metadata.name, (container(d).env ?? []).find((e: any) => e.name === 'SUBGRAPH_ROLE')?.value ?? null]));
    expect(roles).toEqual({
      gateway: null,
      ...Object.fromEntries(subgraphNames.flatMap((name) => [[`${name}-http`, 'http'], [`${name}-worker`, 'worker']])),
    });
    for (const name of subgraphNames) {
      const service = all.find(({ doc }) => doc.kind === 'Service' && doc.metadata.name === name)!.doc;
      expect(service.spec.selector).toEqual({ app: name, role: 'http' });
    }
  });

  it('probe every process on /health/live and /health/ready, run it as non-root, and run compiled code with node', () => {
    for (const deployment of deployments) {
      const c = container(deployment);
      expect({ name: deployment.metadata.name, live: c.livenessProbe.httpGet.path, ready: c.readinessProbe.httpGet.path, nonRoot: deployment.spec.template.spec.securityContext.runAsNonRoot })
        .toEqual({ name: deployment.metadata.name, live: '/health/live', ready: '/health/ready', nonRoot: true });
      expect(c.command.slice(0, 2)).toEqual(['node', expect.stringMatching(/^dist\/.*\.js$/)]);
    }
  });

  it('give each process only its own secrets, from a Secret of its own', () => {
    const secrets = Object.fromEntries(documents('secrets.example.yaml').map((s: any) => [s.metadata.name, Object.keys(s.stringData).sort()]));
    for (const deployment of deployments) {
      const process = deployment.metadata.name.replace(/-(http|worker)$/, '') as keyof typeof processSecrets;
      const refs = container(deployment).envFrom.filter((e: any) => e.secretRef).map((e: any) => e.secretRef.name);
      expect(refs).toEqual([`hub-${process}`]);
      // In production the gateway and subgraphs verify tokens with AUTH_JWKS_URL: no AUTH_JWT_SECRET.
      expect(secrets[`hub-${process}`]).toEqual(processSecrets[process].filter((s) => s !== 'AUTH_JWT_SECRET').sort());
    }
    expect(secrets['hub-migrate']).toEqual(['DATABASE_URL']);
  });
});
