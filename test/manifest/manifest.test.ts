// The manifest asks for the least the features need, and README explains every scope it asks for.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as {
  runtimeVersion: string;
  timeZone: string;
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('appsscript.json', () => {
  it('runs on V8 with a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
  });

  it('never asks for full Drive access: drive.file with the Advanced Drive service v3', () => {
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive.readonly');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' });
  });

  it('sends mail only as the user through MailApp (teacher updates), never reads Gmail, fetches no URLs of its own', () => {
    expect(manifest.oauthScopes.filter((s) => /send_mail|external_request|gmail/.test(s))).toEqual([
      'https://www.googleapis.com/auth/script.send_mail',
    ]);
  });

  it('has every scope explained in README', () => {
    for (const scope of manifest.oauthScopes) expect(readme).toContain(`\`${scope.replace('https://www.googleapis.com/auth/', '')}\``);
  });

  it('is copied into dist/ by the build, next to Code.js (clasp pushes rootDir dist)', () => {
    const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8')) as { rootDir: string; scriptId: string };
    expect(clasp.rootDir).toBe('dist');
    expect(JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});
