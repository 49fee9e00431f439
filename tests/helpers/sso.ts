// A stand-in for the Microsoft identity platform: a key pair whose public half the server trusts
// (injected as its key set) and whose private half signs Teams SSO tokens for test people.

import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTVerifyGetKey } from "jose";
import { TENANT } from "./activities";

export const TEST_APP_ID = "11111111-2222-3333-4444-555555555555";

/** Server environment for Teams mode (an app id, so the tab API wants SSO tokens). */
export const teamsModeEnv = { MicrosoftAppId: TEST_APP_ID, MicrosoftAppPassword: "not-a-real-secret", MicrosoftAppTenantId: TENANT };

export interface TestIdentityProvider {
  /** Give this to the server: `startTestServer(teamsModeEnv, { auth: { keys } })`. */
  keys: JWTVerifyGetKey;
  /** Signs any claims (for tokens that must be wrong in one particular way). */
  sign(claims: Record<string, unknown>, options?: { expiresIn?: string | number; kid?: string }): Promise<string>;
  /** A valid token for a person of a tenant. */
  tokenFor(who: { aadObjectId: string }, tenantId?: string): Promise<string>;
}

export async function testIdentityProvider(): Promise<TestIdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const sign: TestIdentityProvider["sign"] = (claims, options = {}) =>
    new SignJWT({ ver: "2.0", ...claims })
      .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "test-key" })
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? "1h")
      .sign(privateKey);
  return {
    keys: createLocalJWKSet({ keys: [jwk] }),
    sign,
    tokenFor: (who, tenantId = TENANT) =>
      sign({ aud: TEST_APP_ID, iss: `https://login.microsoftonline.com/${tenantId}/v2.0`, tid: tenantId, oid: who.aadObjectId }),
  };
}
