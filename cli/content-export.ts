/**
 * `npm run --silent content:export`: prints the merged default pack as JSON,
 * the starting point for a municipal pack. Exit 2 with a Dutch message when
 * the pack is invalid; reference warnings go to stderr.
 */
import { exportPack } from '../lib/packs/export-pack';

const result = exportPack();
if (result.ok) {
  for (const warning of result.warnings) console.error(`Let op: ${warning}`);
  process.stdout.write(result.json);
} else {
  console.error(`Exporteren mislukt. ${result.error}`);
  process.exitCode = 2;
}
