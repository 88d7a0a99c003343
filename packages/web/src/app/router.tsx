/**
 * Routing for the whole app, in one place: pages import from here, never from a router package.
 *
 * Underneath is wouter (≈2.5 KB gzip; react-router 7 cost ≈13 KB on every page). This module keeps
 * the small part of react-router's API the pages use (Link, NavLink, Navigate, Outlet, useLocation,
 * useNavigate, useParams, useSearchParams, a route table read by useRoutes, and memory routers for
 * tests) with the same behaviour: relative `?search` and `#hash` targets, replace when a link leads
 * to where the user already is, `navigate(-1)`, NavLink's `aria-current="page"`, case-insensitive
 * matching with decoded params, and react-router's ranking of routes (static before dynamic before
 * splat) so that the order of the table does not matter.
 */
import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Router as WouterRouter, useLocation as useWouterLocation, useRouter } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';

export interface Location {
  pathname: string;
  /** `?…` or empty, as in `window.location.search`. */
  search: string;
  /** `#…` or empty. */
  hash: string;
}
export type To = string | Partial<Location>;
export interface NavigateOptions {
  replace?: boolean;
}

/** What a router needs beyond wouter's location hook: the hash and going back in history. */
interface HistoryExtras {
  useHash: () => string;
  go: (delta: number) => void;
}
const browserExtras: HistoryExtras = {
  useHash: () => useLocationProperty(() => window.location.hash),
  go: (delta) => window.history.go(delta),
};
const ExtrasContext = createContext<HistoryExtras>(browserExtras);

export function useLocation(): Location {
  // The router's hooks directly: wouter's useLocation and useSearch decode (`%20` → ` `), and pages
  // copy the address into links (`?from=…`), so they must see it exactly as react-router gave it.
  const router = useRouter();
  const [pathname] = router.hook(router);
  const rawSearch = router.searchHook(router);
  const search = rawSearch && !rawSearch.startsWith('?') ? `?${rawSearch}` : rawSearch;
  const hash = useContext(ExtrasContext).useHash();
  return useMemo(() => ({ pathname, search, hash }), [pathname, search, hash]);
}

function toPath(to: To, from: Location): string {
  if (typeof to !== 'string') {
    return `${to.pathname ?? from.pathname}${to.search ?? ''}${to.hash ?? ''}`;
  }
  if (to.startsWith('?')) return `${from.pathname}${to}`;
  if (to.startsWith('#')) return `${from.pathname}${from.search}${to}`;
  if (to.startsWith('/')) return to;
  // A path relative to the current one (none in the app today): resolved as a browser would.
  const url = new URL(to, `http://app${from.pathname}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

export type NavigateFunction = (to: To | number, options?: NavigateOptions) => void;

export function useNavigate(): NavigateFunction {
  const location = useLocation();
  const [, navigate] = useWouterLocation();
  const { go } = useContext(ExtrasContext);
  const latest = useRef(location);
  useLayoutEffect(() => {
    latest.current = location;
  });
  return useMemo<NavigateFunction>(
    () => (to, options) => {
      if (typeof to === 'number') return go(to);
      navigate(toPath(to, latest.current), { replace: options?.replace ?? false });
    },
    [navigate, go],
  );
}

/** Like react-router's: `<Navigate to replace />` navigates once it is rendered. */
export function Navigate({ to, replace }: { to: To; replace?: boolean }) {
  const navigate = useNavigate();
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    navigate(to, { replace });
  });
  return null;
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;
export interface LinkProps extends AnchorProps {
  to: To;
  replace?: boolean;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    (!target || target === '_self')
  );
}

export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const href = toPath(to, location);
  const here = `${location.pathname}${location.search}${location.hash}`;
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event, target) || rest.download !== undefined) return;
        event.preventDefault();
        // As react-router: a link to where the user already is does not add a history entry.
        navigate(href, { replace: replace ?? href === here });
      }}
    />
  );
}

/** A navigation link: `aria-current="page"` and the class `active` on its page and the pages under it. */
export function NavLink({ to, className, end, ...rest }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const target = typeof to === 'string' ? to.split(/[?#]/)[0]! : (to.pathname ?? pathname);
  const current = pathname.toLowerCase();
  const wanted = target.toLowerCase();
  const active =
    current === wanted || (!end && (wanted === '/' || current.startsWith(`${wanted.replace(/\/$/, '')}/`)));
  return (
    <Link
      {...rest}
      to={to}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}

type SearchInit = URLSearchParams | string | Record<string, string> | [string, string][];
export type SetSearchParams = (
  next: SearchInit | ((current: URLSearchParams) => SearchInit),
  options?: NavigateOptions,
) => void;

/** The URL's query as URLSearchParams, and a setter that navigates to the same page with a new query. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const navigate = useNavigate();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  });
  const set = useMemo<SetSearchParams>(
    () => (next, options) => {
      const value = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(latest.current)) : next);
      latest.current = value;
      const query = value.toString();
      navigate({ search: query ? `?${query}` : '' }, options);
    },
    [navigate],
  );
  return [params, set];
}

/* ---------- The route table ---------- */

export interface RouteObject {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: RouteObject[];
}
type Params = Readonly<Partial<Record<string, string>>>;
const ParamsContext = createContext<Params>({});
const OutletContext = createContext<ReactNode>(null);

export function useParams(): Params {
  return useContext(ParamsContext);
}

/** Where a nested route renders its matched child. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

interface Branch {
  segments: string[];
  elements: ReactNode[];
  score: number;
}

function joinPaths(parent: string, path: string): string {
  return path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;
}

// react-router's ranking: more segments, static over dynamic over splat, index routes first.
function scoreOf(segments: string[], index: boolean): number {
  let score = segments.length + (index ? 2 : 0) - (segments.includes('*') ? 2 : 0);
  for (const segment of segments) {
    if (segment === '*') continue;
    score += segment.startsWith(':') ? 3 : segment === '' ? 1 : 10;
  }
  return score;
}

function flatten(routes: RouteObject[], parent = '/', elements: ReactNode[] = [], out: Branch[] = []): Branch[] {
  for (const route of routes) {
    const path = route.index ? parent : joinPaths(parent, route.path ?? '');
    const chain = [...elements, route.element];
    if (route.children) flatten(route.children, path, chain, out);
    if (route.path !== undefined || route.index) {
      const segments = path.split('/').filter(Boolean);
      out.push({ segments, elements: chain, score: scoreOf(segments, route.index ?? false) });
    }
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function match(branch: Branch, pathname: string): Record<string, string> | null {
  const parts = pathname.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < branch.segments.length; i += 1) {
    const segment = branch.segments[i]!;
    if (segment === '*') {
      params['*'] = parts.slice(i).map(safeDecode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = safeDecode(part);
    else if (segment.toLowerCase() !== safeDecode(part).toLowerCase()) return null;
  }
  return parts.length === branch.segments.length ? params : null;
}

function nest(elements: ReactNode[]): ReactNode {
  const [first, ...rest] = elements;
  if (rest.length === 0) return first ?? null;
  const inner = nest(rest);
  return first === undefined ? inner : <OutletContext.Provider value={inner}>{first}</OutletContext.Provider>;
}

/** Renders the best match of the route table for the current path (nothing when none matches). */
export function useRoutes(routes: RouteObject[]): ReactNode {
  const { pathname } = useLocation();
  const branches = useMemo(() => flatten(routes).sort((a, b) => b.score - a.score), [routes]);
  for (const branch of branches) {
    const params = match(branch, pathname);
    if (params) return <ParamsContext.Provider value={params}>{nest(branch.elements)}</ParamsContext.Provider>;
  }
  return null;
}

/** The browser's address bar (history API). */
export function BrowserRouter({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/* ---------- In memory, for tests: the same API as react-router's ---------- */

interface MemoryHistory {
  location(): Location;
  subscribe(listener: () => void): () => void;
  push(path: string, replace: boolean): void;
  go(delta: number): void;
}

function parsePath(path: string): Location {
  const url = new URL(path, 'http://app/');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

function createMemoryHistory(initialEntries: string[]): MemoryHistory {
  const entries = (initialEntries.length > 0 ? initialEntries : ['/']).map(parsePath);
  let index = entries.length - 1;
  let listeners: (() => void)[] = [];
  const emit = () => listeners.forEach((listener) => listener());
  return {
    location: () => entries[index]!,
    subscribe(listener) {
      listeners = [...listeners, listener];
      return () => {
        listeners = listeners.filter((other) => other !== listener);
      };
    },
    push(path, replace) {
      const next = parsePath(path);
      if (replace) entries[index] = next;
      else {
        entries.splice(index + 1, entries.length, next);
        index = entries.length - 1;
      }
      emit();
    },
    go(delta) {
      index = Math.min(entries.length - 1, Math.max(0, index + delta));
      emit();
    },
  };
}

function MemoryHistoryRouter({ history, children }: { history: MemoryHistory; children: ReactNode }) {
  const hooks = useMemo(() => {
    const navigate = (path: string, options?: NavigateOptions) => history.push(path, options?.replace ?? false);
    const useHook = (): [string, typeof navigate] => [
      useSyncExternalStore(history.subscribe, () => history.location().pathname),
      navigate,
    ];
    const useSearchHook = () => useSyncExternalStore(history.subscribe, () => history.location().search);
    const extras: HistoryExtras = {
      useHash: () => useSyncExternalStore(history.subscribe, () => history.location().hash),
      go: (delta) => history.go(delta),
    };
    return { useHook, useSearchHook, extras };
  }, [history]);
  return (
    <WouterRouter hook={hooks.useHook} searchHook={hooks.useSearchHook}>
      <ExtrasContext.Provider value={hooks.extras}>{children}</ExtrasContext.Provider>
    </WouterRouter>
  );
}

export function MemoryRouter({ initialEntries = ['/'], children }: { initialEntries?: string[]; children: ReactNode }) {
  // One history for the router's life, as react-router's: later initialEntries are ignored.
  const [history] = useState(() => createMemoryHistory(initialEntries));
  return <MemoryHistoryRouter history={history}>{children}</MemoryHistoryRouter>;
}

/** `<Routes><Route path element /></Routes>`: the JSX form of a route table. */
export function Routes({ children }: { children: ReactNode }) {
  const list = (Array.isArray(children) ? children : [children]) as { props: RouteObject }[];
  return <>{useRoutes(list.map((child) => child.props))}</>;
}
export function Route(props: RouteObject): ReactNode {
  // Read by <Routes>; never rendered on its own.
  void props;
  return null;
}

export interface MemoryRouterObject {
  state: { location: Location };
  history: MemoryHistory;
  routes: RouteObject[];
}

export function createMemoryRouter(routes: RouteObject[], options?: { initialEntries?: string[] }): MemoryRouterObject {
  const history = createMemoryHistory(options?.initialEntries ?? ['/']);
  return {
    get state() {
      return { location: history.location() };
    },
    history,
    routes,
  };
}

function RouteTable({ routes }: { routes: RouteObject[] }) {
  return <>{useRoutes(routes)}</>;
}

export function RouterProvider({ router }: { router: MemoryRouterObject }) {
  return (
    <MemoryHistoryRouter history={router.history}>
      <RouteTable routes={router.routes} />
    </MemoryHistoryRouter>
  );
}
