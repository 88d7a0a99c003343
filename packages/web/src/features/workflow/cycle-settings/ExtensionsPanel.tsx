import '../i18n-desks';
import { useMutation, useQuery } from '@apollo/client/react';
import { CYCLE_STAGES, codesOf, type CycleStage } from '@nvtt/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import { type WfCycleSettingsQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfCadreSearchDocument, WfDeadlineExtendDocument } from '../graphql/settings.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf, type Notice } from '../components/feedback';
import { date, dateTime } from '../components/labels';
import { extensionProblems } from './extension-form';

type Cycle = NonNullable<WfCycleSettingsQuery['cycle']>;

/** Extensions granted in the cycle, and a form to grant one to a cadre or a focal agency, with a reason. */
export function ExtensionsPanel({
  cycle,
  focalAgencies,
  onDone,
}: {
  cycle: Pick<Cycle, 'year' | 'deadlineExtensions'>;
  focalAgencies: ReadonlyArray<{ id: string; name: string }>;
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const messageOf = useMessageOf();
  const [stage, setStage] = useState<CycleStage>('REGISTER');
  const [target, setTarget] = useState<'cadre' | 'agency'>('cadre');
  const [search, setSearch] = useState('');
  const [cadre, setCadre] = useState('');
  const [agency, setAgency] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const found = useQuery(WfCadreSearchDocument, {
    variables: { search },
    skip: target !== 'cadre' || search.trim().length < 2,
  });
  const [extend, { loading }] = useMutation(WfDeadlineExtendDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = extensionProblems({ target, cadre, agency, until, reason }, t);
    const day = checked.until;
    if (checked.problems.length > 0 || !day) {
      setErrors(checked.problems);
      return;
    }
    const result = (
      await extend({
        variables: {
          input: {
            cycleYear: cycle.year,
            stage,
            until: day,
            reason: reason.trim(),
            ...(target === 'cadre' ? { cadre: cadre || null } : { agency: agency || null }),
          },
        },
      })
    ).data?.deadlineExtend;
    const problems = result?.userErrors ?? [];
    setErrors(problems);
    if (problems.length === 0) {
      setReason('');
      setUntil('');
      onDone({ kind: 'ok', text: t('workflow.settings.granted') });
    }
  }
  const fieldError = (path: string) => {
    const error = errorFor(errors, path);
    return error ? messageOf(error) : undefined;
  };
  return (
    <section className="card wf-action" aria-labelledby="wf-extensions">
      <h2 id="wf-extensions">{t('workflow.settings.extensions')}</h2>
      {cycle.deadlineExtensions.length === 0 ? (
        <p className="muted">{t('workflow.settings.noExtensions')}</p>
      ) : (
        <ul className="wf-entries">
          {cycle.deadlineExtensions.map((extension) => (
            <li key={extension.id}>
              <p>
                <strong>{label(CYCLE_STAGES, extension.stage)}</strong> → {date(extension.until)} —{' '}
                {extension.cadre ? `${extension.cadre.fullName} (${extension.cadre.code})` : extension.agency?.name}
              </p>
              <p>{extension.reason}</p>
              <p className="muted">
                {t('workflow.settings.grantedBy', {
                  who: extension.grantedByLabel,
                  when: dateTime(extension.createdAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
        <div className="wf-row">
          <Field label={t('workflow.settings.stage')}>
            {(props) => (
              <select {...props} value={stage} onChange={(event) => setStage(event.target.value as CycleStage)}>
                {codesOf(CYCLE_STAGES).map((code) => (
                  <option key={code} value={code}>
                    {label(CYCLE_STAGES, code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="wf-radios wf-radios--inline">
            <legend>{t('workflow.settings.extendFor')}</legend>
            <label>
              <input
                type="radio"
                name="wf-extend-for"
                checked={target === 'cadre'}
                onChange={() => setTarget('cadre')}
              />{' '}
              {t('workflow.settings.forCadre')}
            </label>
            <label>
              <input
                type="radio"
                name="wf-extend-for"
                checked={target === 'agency'}
                onChange={() => setTarget('agency')}
              />{' '}
              {t('workflow.settings.forAgency')}
            </label>
          </fieldset>
        </div>
        {target === 'cadre' ? (
          <div className="wf-row">
            <Field label={t('workflow.settings.cadreSearch')}>
              {(props) => (
                <input {...props} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
              )}
            </Field>
            <Field label={t('workflow.settings.cadrePick')} error={fieldError('cadre')}>
              {(props) => (
                <select {...props} required value={cadre} onChange={(event) => setCadre(event.target.value)}>
                  <option value="">{t('workflow.common.choose')}</option>
                  {(found.data?.cadres.nodes ?? []).map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.fullName} ({entry.code})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : (
          <Field label={t('workflow.settings.agency')} error={fieldError('agency') ?? fieldError('cadre')}>
            {(props) => (
              <select {...props} required value={agency} onChange={(event) => setAgency(event.target.value)}>
                <option value="">{t('workflow.common.choose')}</option>
                {focalAgencies.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="wf-row">
          <Field label={t('workflow.settings.until')} error={fieldError('until')}>
            {(props) => (
              <input
                {...props}
                required
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                value={until}
                onChange={(event) => setUntil(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('workflow.settings.reason')} error={fieldError('reason')}>
            {(props) => (
              <input {...props} required value={reason} onChange={(event) => setReason(event.target.value)} />
            )}
          </Field>
        </div>
        <UserErrorList errors={errors.filter((entry) => !entry.field?.length)} />
        <button type="submit" className="button" disabled={loading}>
          {t('workflow.settings.grant')}
        </button>
      </form>
    </section>
  );
}
