// Typed sending for extension pages and content scripts.
import { sendMessage } from '../platform/send-message.ts';
import type { MessageType, Reply, Request, Response } from './protocol.ts';

export async function send<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  const reply = (await sendMessage({ type, payload })) as Reply<Response<K>> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
