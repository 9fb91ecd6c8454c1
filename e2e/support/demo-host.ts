/** Serves the demo registration system and the host fixtures for one e2e file. */
import path from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

export function startDemoHost(): Promise<StaticServer> {
  return startStaticServer({
    '/': path.resolve('demo'),
    '/fixtures': path.resolve('e2e/host-pages'),
  });
}
