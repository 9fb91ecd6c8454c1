/** Every background handler, one factory per message group; the protocol type demands them all. */
import type { Handlers } from '../router';
import { createAdapterHandlers } from './adapters';
import { createHostHandlers } from './host-status';
import { createVaultSaveHandlers } from './vault-save';

export function createBackgroundHandlers(): Handlers {
  return { ...createHostHandlers(), ...createAdapterHandlers(), ...createVaultSaveHandlers() };
}
