// The write token guards imports and snapshots; a short or repetitive one ("s3cret") is guessed quickly
// even at the rate the failed-attempt limit allows, so the server refuses to start with one.

export const MIN_TOKEN_LENGTH = 16;
export const MIN_DISTINCT_CHARACTERS = 8;

/** Why `token` is too weak, or undefined when it is strong enough. */
export function tokenWeakness(token: string): string | undefined {
  if (token.length < MIN_TOKEN_LENGTH) return `it has ${token.length} characters (at least ${MIN_TOKEN_LENGTH} are needed)`;
  const distinct = new Set(token).size;
  if (distinct < MIN_DISTINCT_CHARACTERS) return `it has only ${distinct} different characters (at least ${MIN_DISTINCT_CHARACTERS} are needed)`;
  return undefined;
}

/** Throws with a message that says how to make a good token. */
export function assertStrongToken(token: string): void {
  const weakness = tokenWeakness(token);
  if (weakness === undefined) return;
  throw new Error(`KNOOPPUNT_TOKEN is too weak: ${weakness}. Use a random one, e.g. \`openssl rand -base64 32\`.`);
}
