import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/router';
import { readFilters, writeFilters, type UnitFilters } from './filters';

/** The page's filters, read from and written to the URL. */
export function useUnitFilters(): [
  UnitFilters,
  (change: Partial<UnitFilters>, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (change: Partial<UnitFilters>, options?: { replace?: boolean }) => {
      setParams((current) => writeFilters({ ...readFilters(current), ...change }), {
        replace: options?.replace ?? false,
      });
    },
    [setParams],
  );
  return [filters, update];
}
