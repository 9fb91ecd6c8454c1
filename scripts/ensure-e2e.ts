/** Fails early, with an instruction, when no Chromium is available for the e2e tests. */
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium';

if (!findChromium()) {
  console.error(
    `${NO_CHROMIUM_MESSAGE}\nOp Debian/Ubuntu als root: bash scripts/ensure-chromium.sh`,
  );
  process.exit(1);
}
