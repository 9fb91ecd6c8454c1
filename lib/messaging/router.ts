/**
 * Receives messages in the background: look up the protocol entry, check the
 * sender kind, validate the request, dispatch. Anything else gets a Dutch
 * error result and changes nothing (PRODUCT §6).
 */
import { classifySender, type ClassifiedSender, type SenderLike } from './classify-sender';
import {
  protocol,
  type MessageType,
  type RequestOf,
  type ResponseOf,
  type Result,
} from './protocol';

export type Handler<T extends MessageType> = (
  data: RequestOf<T>,
  sender: ClassifiedSender,
) => Promise<ResponseOf<T>> | ResponseOf<T>;

export type Handlers = { [T in MessageType]: Handler<T> };

export function createRouter(handlers: Handlers, extensionId: string) {
  return async function route(message: unknown, rawSender: SenderLike): Promise<Result<unknown>> {
    const sender = classifySender(rawSender, extensionId);
    if (sender.kind === 'foreign') return { ok: false, error: 'Afzender niet toegestaan.' };

    if (!isEnvelope(message)) return { ok: false, error: 'Onbekend bericht.' };
    const type = message.type;
    const entry = protocol[type];
    if (!(entry.from as readonly string[]).includes(sender.kind)) {
      return { ok: false, error: 'Afzender niet toegestaan.' };
    }

    const parsed = entry.request.safeParse(message.data);
    if (!parsed.success) return { ok: false, error: 'Ongeldig bericht; er is niets gewijzigd.' };

    try {
      const handler = handlers[type] as Handler<typeof type>;
      const data = await handler(parsed.data as never, sender);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'Onbekende fout.' };
    }
  };
}

function isEnvelope(message: unknown): message is { type: MessageType; data: unknown } {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(protocol, type);
}
