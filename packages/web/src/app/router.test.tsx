import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createMemoryRouter,
  Link,
  NavLink,
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
  type RouteObject,
} from './router';

function Where() {
  const { pathname, search, hash } = useLocation();
  const params = useParams();
  return <p data-testid="where">{`${pathname}${search}${hash} ${JSON.stringify(params)}`}</p>;
}

function Controls() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <Link to="?tab=b">tab b</Link>
      <Link to="#part">part</Link>
      <Link to="/tasks/new">new task</Link>
      <Link to="/tasks/a%20b">task a b</Link>
      <NavLink to="/tasks">tasks nav</NavLink>
      <button type="button" onClick={() => setParams((current) => ({ tab: current.get('tab') ?? '', q: 'x y' }))}>
        set
      </button>
      <button type="button" onClick={() => navigate(-1)}>
        back
      </button>
      <span>{params.get('tab')}</span>
    </>
  );
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <>
        <Controls />
        <Outlet />
      </>
    ),
    children: [
      { index: true, element: <p>home</p> },
      { path: 'tasks/:id', element: <Where /> },
      { path: 'tasks/new', element: <p>new form</p> },
      { path: '*', element: <p>not found</p> },
    ],
  },
];

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('router', () => {
  it('ranks static paths over params and the splat last, whatever the order of the table', async () => {
    const router = renderAt('/tasks/new');
    expect(screen.getByText('new form')).toBeTruthy();
    await userEvent.click(screen.getByText('task a b'));
    expect(screen.getByTestId('where').textContent).toBe('/tasks/a%20b {"id":"a b"}');
    expect(router.state.location.pathname).toBe('/tasks/a%20b');
    await userEvent.click(screen.getByText('back'));
    expect(screen.getByText('new form')).toBeTruthy();
  });

  it('resolves ?search and #hash links against the current page and keeps the URL as written', async () => {
    const router = renderAt('/tasks/7?tab=a');
    expect(screen.getByText('tab b').getAttribute('href')).toBe('/tasks/7?tab=b');
    expect(screen.getByText('part').getAttribute('href')).toBe('/tasks/7?tab=a#part');
    await userEvent.click(screen.getByText('part'));
    expect(router.state.location.hash).toBe('#part');
    await userEvent.click(screen.getByText('set'));
    expect(router.state.location.search).toBe('?tab=a&q=x+y');
  });

  it('marks a NavLink current on its page and the pages under it', () => {
    renderAt('/tasks/7');
    const link = screen.getByText('tasks nav');
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(link.className).toBe('active');
  });

  it('matches case-insensitively and shows the splat route for unknown paths', () => {
    renderAt('/TASKS/new');
    expect(screen.getByText('new form')).toBeTruthy();
    renderAt('/nowhere/at/all');
    expect(screen.getByText('not found')).toBeTruthy();
  });
});
