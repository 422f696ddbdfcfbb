/**
 * The PubMed client the commands use: identity from the options or the environment (NCBI asks every tool for a
 * contact address), requests through the io's transport so tests replay recorded answers.
 */
import { PubmedClient } from '@evidens/biblio';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export interface IdentityOptions {
  email?: string | undefined;
  'api-key'?: string | undefined;
}

export function pubmedClient(values: IdentityOptions, io: Io): PubmedClient {
  const env = io.env ?? process.env;
  const email = values.email ?? env.EVIDENS_EMAIL;
  if (!email) {
    throw new CliError(
      'PubMed asks for a contact e-mail address with every request: give --email you@example.org or set EVIDENS_EMAIL',
    );
  }
  const apiKey = values['api-key'] ?? env.NCBI_API_KEY;
  return new PubmedClient({
    tool: 'evidens',
    email,
    ...(apiKey ? { apiKey } : {}),
    ...io.pubmed,
  });
}
