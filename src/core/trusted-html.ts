// Markup that has already been sanitised (DOMPurify) goes into the page through one Trusted
// Types policy, so the elements work on pages that enforce `require-trusted-types-for 'script'`
// (the page lists 'held-in-mind' in its trusted-types directive).
interface Policy {
  createHTML(input: string): unknown;
}
let policy: Policy | null | undefined;

function trustedPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } })
    .trustedTypes;
  try {
    policy = factory?.createPolicy('held-in-mind', { createHTML: (input: string) => input }) ?? null;
  } catch {
    policy = null; // the page does not allow our policy name: markup is refused below
  }
  return policy;
}

/**
 * Puts sanitised markup into `target`. Returns false when the page's Trusted Types rules refuse
 * it; the caller then shows the text instead.
 */
export function setSanitisedHtml(target: Element, sanitised: string): boolean {
  try {
    (target as { innerHTML: unknown }).innerHTML = trustedPolicy()?.createHTML(sanitised) ?? sanitised;
    return true;
  } catch {
    return false;
  }
}
