import '../i18n-desks';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { useSearchParams } from '../../../app/router';
import { type WfUserErrorFragment } from '../../../gql/graphql';
import { WfCycleOpenDocument } from '../graphql/settings.documents';
import { WfCyclesDocument } from '../graphql/task.documents';
import { Field } from '../components/fields';
import { UserErrorList, type Notice } from '../components/feedback';

/** The year after the newest cycle: the one Ban Tổ chức opens next. */
export function nextCycleYear(years: readonly number[], thisYear: number): number {
  return years.length === 0 ? thisYear + 1 : Math.max(...years) + 1;
}

/**
 * Opens a new year's cycle for registration (default rules and deadlines, the previous routing),
 * then shows it so its deadlines can be set at once.
 */
export function OpenCycleForm({ suggested, onDone }: { suggested: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [year, setYear] = useState(String(suggested));
  const [invalid, setInvalid] = useState(false);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [open, { loading }] = useMutation(WfCycleOpenDocument, {
    refetchQueries: [WfCyclesDocument],
    awaitRefetchQueries: true,
  });
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = Number(year.trim());
    const bad = !/^\d{4}$/.test(year.trim());
    setInvalid(bad);
    if (bad) return;
    const result = (await open({ variables: { year: value } })).data?.cycleOpen;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0 && result?.cycle) {
      setParams({ year: String(result.cycle.year) });
      onDone({ kind: 'ok', text: t('workflow.settings.opened', { year: result.cycle.year }) });
    }
  }
  return (
    <form className="card wf-action" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="wf-open">
      <h2 id="wf-open">{t('workflow.settings.openHeading')}</h2>
      <p className="muted">{t('workflow.settings.openIntro')}</p>
      <div className="wf-row">
        <Field
          label={t('workflow.settings.openYear')}
          error={invalid ? t('workflow.settings.openYearInvalid') : undefined}
        >
          {(props) => (
            <input {...props} inputMode="numeric" value={year} onChange={(event) => setYear(event.target.value)} />
          )}
        </Field>
      </div>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.settings.open')}
      </button>
    </form>
  );
}
