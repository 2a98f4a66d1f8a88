import { fixtureUrl } from '../../helpers.js';

/** The fixture server's URL of test/fixtures/directory/<name>. */
export const directoryFixture = (name: string): string => fixtureUrl(`/fixtures/directory/${name}`);

export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(directoryFixture(name));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}
