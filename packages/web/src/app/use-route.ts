/** The current hash route, kept in step with the address bar. */
import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../route';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Goes to a route by setting the hash (so the browser's back button works). */
export function go(href: string): void {
  location.hash = href.replace(/^#/, '');
}
