// Type-checks the hand-written .d.ts the way a consumer uses it (tsc --noEmit --strict).
import {
  fetchApiKey, devFetchApiKey, getServerSettings, login, normalizeRealmUrl, ready, ZulipError,
  AbortError, type ApiKey, type ServerSettings, type LoginResult, type ExternalAuthenticationMethod,
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

export async function signInFlow(realm: string | URL): Promise<string> {
  const settings: ServerSettings = await getServerSettings({ realm, timeoutMs: 5000 });
  const level: number = settings.zulipFeatureLevel;
  const url: string = settings.realmUrl ?? String(realm);
  const passwordOn: boolean | undefined = settings.authenticationMethods?.password;
  const methods: ExternalAuthenticationMethod[] = settings.externalAuthenticationMethods ?? [];
  const icons: (string | null)[] = methods.map((m) => m.displayIcon);
  const dev: ApiKey = await devFetchApiKey({ realm: url, username: 'iago@zulip.com' });
  const result: LoginResult = await login({ realm, username: 'iago', password: 'x', allowInsecureHttp: false });
  const name: string | undefined = result.serverSettings.realmName;
  return `${level} ${passwordOn} ${icons.length} ${dev.apiKey} ${result.apiKey} ${result.realm} ${name}`;
}

// @ts-expect-error devFetchApiKey takes no password
void devFetchApiKey({ realm: 'x', username: 'y', password: 'z' });
// @ts-expect-error login needs a password
void login({ realm: 'x', username: 'y' });

// The words in another language, and what this package's errors say of themselves.
import de from 'zulip-fetch-api-key/messages/de';
import { describeError, type Messages, type LocalErrorCode } from 'zulip-fetch-api-key';

export async function inGerman(realm: string): Promise<string> {
  const mine: Messages = { ...de, AUTHENTICATION_FAILED: 'Falsch.' };
  try {
    const settings = await getServerSettings({ realm, messages: mine });
    const allowed: boolean = settings.passwordLoginAllowed;
    return String(allowed);
  } catch (error) {
    if (error instanceof ZulipError) {
      const own: string | undefined = error.serverCode;
      const which: string | undefined = error.reason ?? error.field;
      return `${own} ${which} ${describeError(error, de)}`;
    }
    return describeError(error);
  }
}
const local: LocalErrorCode = 'INTERNAL_ERROR';
void local;

export async function loadFromElsewhere(bytes: Uint8Array, compiled: WebAssembly.Module): Promise<void> {
  await ready({ wasm: 'https://cdn.example.com/zulip_fetch_api_key.wasm' });
  await ready({ wasm: new URL('https://cdn.example.com/zulip_fetch_api_key.wasm') });
  await ready({ wasm: bytes });
  await ready({ wasm: fetch('/zulip_fetch_api_key.wasm') });
  await ready({ wasm: compiled });
  // @ts-expect-error a file name is no option
  await ready({ wasmUrl: 'zulip_fetch_api_key.wasm' });
}

// JWT login, verifying a saved key, and reading a zuliprc.
import { jwtFetchApiKey, verifyApiKey, type JwtApiKey, type OwnUser } from 'zulip-fetch-api-key';
import { readZuliprc } from 'zulip-fetch-api-key';

export async function savedKeyFlow(token: string): Promise<string> {
  const jwt: JwtApiKey = await jwtFetchApiKey({ realm: 'chat.zulip.org', token, includeProfile: true });
  const name: string | undefined = jwt.profile?.fullName;
  const saved = await readZuliprc();
  const user: OwnUser = await verifyApiKey({ realm: saved.realm, email: saved.email, apiKey: saved.apiKey, timeoutMs: 5000 });
  const role: number | null = user.role;
  const avatar: string | null = user.avatarUrl;
  return `${name} ${user.userId} ${user.isBot} ${role} ${avatar} ${await readZuliprc('/tmp/zuliprc').then((z) => z.email)}`;
}

// @ts-expect-error jwtFetchApiKey needs a token
void jwtFetchApiKey({ realm: 'x' });
// @ts-expect-error verifyApiKey needs the key
void verifyApiKey({ realm: 'x', email: 'y' });
