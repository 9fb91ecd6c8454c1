/**
 * Messages from the panel to the content script in a host tab (they do not
 * pass the background router). The content script checks requests by hand
 * (lib/host/host-requests.ts); the panel validates every answer here, so a
 * page cannot push anything into the panel that is not exactly this shape.
 */
import { z } from 'zod';
import { ConversationTypeSchema } from '../conversation/model';
import { MAX_INSERT_LENGTH } from '../host/host-requests';
import { INSERT_RESULTS } from '../host/insert-result';

export const HostContextSchema = z.strictObject({
  screen: z
    .strictObject({
      id: z.string().max(80),
      name: z.string().max(80),
      conversationType: ConversationTypeSchema.nullable(),
    })
    .nullable(),
  adapterId: z.string().max(80).nullable(),
  caseRef: z.string().max(80).nullable(),
});
export type HostContextData = z.infer<typeof HostContextSchema>;

export const InsertAnswerSchema = z.strictObject({ result: z.enum(INSERT_RESULTS) });

export const hostProtocol = {
  'host/get-context': { request: z.strictObject({}), response: HostContextSchema },
  'host/insert-text': {
    request: z.strictObject({ text: z.string().min(1).max(MAX_INSERT_LENGTH) }),
    response: InsertAnswerSchema,
  },
} as const;

export type HostMessageType = keyof typeof hostProtocol;
export type HostRequestOf<T extends HostMessageType> = z.infer<(typeof hostProtocol)[T]['request']>;
export type HostResponseOf<T extends HostMessageType> = z.infer<
  (typeof hostProtocol)[T]['response']
>;

/** The envelope the content script answers with, validated before use. */
export function parseHostAnswer<T extends HostMessageType>(
  type: T,
  answer: unknown,
): { ok: true; data: HostResponseOf<T> } | { ok: false; error: string } {
  const envelope = z
    .union([
      z.strictObject({ ok: z.literal(true), data: hostProtocol[type].response }),
      z.strictObject({ ok: z.literal(false), error: z.string().max(300) }),
    ])
    .safeParse(answer);
  if (!envelope.success) return { ok: false, error: 'Ongeldig antwoord van de pagina.' };
  return envelope.data as { ok: true; data: HostResponseOf<T> } | { ok: false; error: string };
}
