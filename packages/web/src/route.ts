/**
 * Routes live in the URL's hash (#/reviews/ID/screening), so the built page works from any static server and any
 * path. Pure: a hash in, a route out, and back.
 */

export const SECTIONS = [
  'overview',
  'import',
  'records',
  'duplicates',
  'screening',
  'studies',
  'data',
  'rob',
  'analysis',
  'certainty',
  'report',
  'team',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { page: 'reviews' }
  | { page: 'new-review' }
  | { page: 'signup' }
  | { page: 'invitation'; token: string }
  | { page: 'review'; id: string; section: Section }
  | { page: 'not-found' };

/**
 * The route a hash names.
 * @example
 * parseRoute('#/reviews/r1/screening'); // → { page: 'review', id: 'r1', section: 'screening' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'reviews')) return { page: 'reviews' };
  if (parts.length === 1 && parts[0] === 'signup') return { page: 'signup' };
  if (parts.length === 2 && parts[0] === 'invitations') return { page: 'invitation', token: parts[1] };
  if (parts[0] !== 'reviews') return { page: 'not-found' };
  if (parts.length === 2 && parts[1] === 'new') return { page: 'new-review' };
  const section = parts[2] ?? 'overview';
  if (parts.length <= 3 && (SECTIONS as readonly string[]).includes(section)) {
    return { page: 'review', id: parts[1], section: section as Section };
  }
  return { page: 'not-found' };
}

/**
 * The hash of a route, for links.
 * @example
 * routeHref({ page: 'review', id: 'r 1', section: 'analysis' }); // → '#/reviews/r%201/analysis'
 */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'reviews':
    case 'not-found':
      return '#/reviews';
    case 'new-review':
      return '#/reviews/new';
    case 'signup':
      return '#/signup';
    case 'invitation':
      return `#/invitations/${encodeURIComponent(route.token)}`;
    case 'review':
      return `#/reviews/${encodeURIComponent(route.id)}/${route.section}`;
  }
}
