import { useQuery } from '@apollo/client/react';
import { useDrawnAnswer } from '../lib/use-drawn-answer';
import { type ReactNode } from 'react';
import { Navigate, useLocation } from './router';
import { ErrorState, Loading } from '../components/QueryState';
import { ViewerDocument } from '../features/session/session.documents';

/** Shows its children to a signed-in user; anyone else is sent to sign in, and comes back after. */
export function AuthGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: answer, error, refetch } = useQuery(ViewerDocument);
  const { drawn: data } = useDrawnAnswer(answer);
  if (!data && !error) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data?.viewer) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <>{children}</>;
}
