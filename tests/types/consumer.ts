// Type-checks the hand-written .d.ts the way a consumer uses it (tsc --noEmit --strict).
import {
  fetchApiKey, normalizeRealmUrl, ready, ZulipError, AbortError, type ApiKey,
} from 'zulip-fetch-api-key';

export async function useIt(signal: AbortSignal): Promise<string> {
  await ready();
  const realm: string = normalizeRealmUrl(' chat.zulip.org ', { allowInsecureHttp: false });
  try {
    const key: ApiKey = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'x', signal, timeoutMs: 5000 });
    const id: number | null = key.userId;
    return `${key.email} ${id ?? 'no id'} ${key.ignoredParametersUnsupported.join()}`;
  } catch (error) {
    if (error instanceof AbortError) return error.name;
    if (error instanceof ZulipError && error.code === 'RATE_LIMIT_HIT') return String(error.retryAfter ?? 0);
    throw error;
  }
}
