import '../i18n-desks';
import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  CYCLE_PHASES,
  CYCLE_STAGES,
  STAGE_ACTORS,
  SUBJECT_GROUPS,
  codesOf,
  formatLocalDate,
  parseDisplayDate,
  type CyclePhase,
  type SubjectGroup,
} from '@nvtt/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod/mini';
import { type RatingSchemeCode, type WfCycleSettingsQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfCycleUpdateDocument, WfFocalAgencySetDocument } from '../graphql/settings.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf, type Notice } from '../components/feedback';

type Cycle = NonNullable<WfCycleSettingsQuery['cycle']>;
const refetch = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
const SCHEMES: readonly RatingSchemeCode[] = ['QD366_2025', 'KHANH_HOA_KPI_2025'];

interface GeneralValues {
  phase: CyclePhase;
  tasksPerCadre: string;
  maxDurationMonths: string;
  progressReportDay: string;
  ratingScheme: RatingSchemeCode | '';
}

/** Phase, rules and rating scheme of a cycle. The ranges are checked here and again by the API. */
export function GeneralForm({ cycle, onDone }: { cycle: Cycle; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const messageOf = useMessageOf();
  const whole = (min: number, max: number) =>
    z.string().check(
      z.refine((text) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max, {
        error: t('workflow.settings.wholeRange', { min, max }),
      }),
    );
  const schema = z.object({
    phase: z.enum(codesOf(CYCLE_PHASES) as [CyclePhase, ...CyclePhase[]]),
    tasksPerCadre: whole(1, 10),
    maxDurationMonths: whole(1, 60),
    progressReportDay: whole(1, 28),
    ratingScheme: z.enum(['', 'QD366_2025', 'KHANH_HOA_KPI_2025']),
  });
  const form = useForm<GeneralValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      phase: cycle.phase,
      tasksPerCadre: String(cycle.rules.tasksPerCadre),
      maxDurationMonths: String(cycle.rules.maxDurationMonths),
      progressReportDay: String(cycle.rules.progressReportDay),
      ratingScheme: cycle.ratingScheme ?? '',
    },
  });
  const [update, { loading }] = useMutation(WfCycleUpdateDocument, refetch);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const submit = form.handleSubmit(async (values) => {
    const result = (
      await update({
        variables: {
          year: cycle.year,
          input: {
            phase: values.phase,
            tasksPerCadre: Number(values.tasksPerCadre),
            maxDurationMonths: Number(values.maxDurationMonths),
            progressReportDay: Number(values.progressReportDay),
            ...(values.ratingScheme ? { ratingScheme: values.ratingScheme } : {}),
          },
        },
      })
    ).data?.cycleUpdate;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.settings.saved') });
  });
  const fieldError = (name: keyof GeneralValues) => {
    const server = errorFor(errors, name);
    return form.formState.errors[name]?.message ?? (server ? messageOf(server) : undefined);
  };
  return (
    <form className="card wf-action" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="wf-general">
      <h2 id="wf-general">{t('workflow.settings.general')}</h2>
      <div className="wf-row">
        <Field label={t('workflow.settings.phase')} error={fieldError('phase')} className="wf-row__full">
          {(props) => (
            <select {...props} {...form.register('phase')}>
              {codesOf(CYCLE_PHASES).map((code) => (
                <option key={code} value={code}>
                  {label(CYCLE_PHASES, code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workflow.settings.ratingScheme')} hint={cycle.scaleVersion} className="wf-row__full">
          {(props) => (
            <select {...props} {...form.register('ratingScheme')}>
              {cycle.ratingScheme === null && <option value="">{cycle.scaleVersion}</option>}
              {SCHEMES.map((code) => (
                <option key={code} value={code}>
                  {t(`workflow.settings.schemes.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="wf-row wf-row--aligned">
        <Field label={t('workflow.settings.tasksPerCadre')} error={fieldError('tasksPerCadre')}>
          {(props) => <input {...props} inputMode="numeric" {...form.register('tasksPerCadre')} />}
        </Field>
        <Field label={t('workflow.settings.maxDurationMonths')} error={fieldError('maxDurationMonths')}>
          {(props) => <input {...props} inputMode="numeric" {...form.register('maxDurationMonths')} />}
        </Field>
        <Field label={t('workflow.settings.progressReportDay')} error={fieldError('progressReportDay')}>
          {(props) => <input {...props} inputMode="numeric" {...form.register('progressReportDay')} />}
        </Field>
      </div>
      <UserErrorList errors={errors.filter((entry) => !entry.field?.length)} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.settings.saveGeneral')}
      </button>
    </form>
  );
}

/** Every stage's deadline, typed dd/mm/yyyy; a blank date means the stage has no fixed date. */
export function DeadlinesForm({ cycle, onDone }: { cycle: Cycle; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const initial = Object.fromEntries(
    cycle.deadlines.map((deadline) => [deadline.stage, deadline.dueOn ? formatLocalDate(deadline.dueOn) : '']),
  );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [update, { loading }] = useMutation(WfCycleUpdateDocument, refetch);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const bad = new Set(
      cycle.deadlines
        .filter(
          (deadline) => (values[deadline.stage] ?? '').trim() !== '' && !parseDisplayDate(values[deadline.stage]!),
        )
        .map((deadline) => deadline.stage),
    );
    setInvalid(bad);
    if (bad.size) return;
    const changed = cycle.deadlines
      .filter((deadline) => (values[deadline.stage] ?? '') !== initial[deadline.stage])
      .map((deadline) => ({ stage: deadline.stage, dueOn: parseDisplayDate(values[deadline.stage] ?? '') }));
    const result = (await update({ variables: { year: cycle.year, input: { deadlines: changed } } })).data?.cycleUpdate;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.settings.saved') });
  }
  return (
    <form className="card wf-action" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="wf-deadlines">
      <h2 id="wf-deadlines">{t('workflow.settings.deadlines')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('workflow.settings.stage')}</th>
              <th scope="col">{t('workflow.settings.actors')}</th>
              <th scope="col">{t('workflow.settings.dueOn')}</th>
              <th scope="col">{t('workflow.settings.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {cycle.deadlines.map((deadline) => {
              const id = `wf-deadline-${deadline.stage}`;
              return (
                <tr key={deadline.stage}>
                  <th scope="row">
                    <label htmlFor={id}>{label(CYCLE_STAGES, deadline.stage)}</label>
                  </th>
                  <td>{deadline.actors.map((actor) => label(STAGE_ACTORS, actor)).join(', ')}</td>
                  <td>
                    <input
                      id={id}
                      className="wf-date-input"
                      inputMode="numeric"
                      placeholder="dd/mm/yyyy"
                      aria-invalid={invalid.has(deadline.stage)}
                      aria-describedby={invalid.has(deadline.stage) ? `${id}-error` : undefined}
                      value={values[deadline.stage] ?? ''}
                      onChange={(event) => setValues({ ...values, [deadline.stage]: event.target.value })}
                    />
                    {invalid.has(deadline.stage) && (
                      <span id={`${id}-error`} className="field__error">
                        {t('workflow.common.dateInvalid')}
                      </span>
                    )}
                  </td>
                  <td>
                    {deadline.basis === 'RULE'
                      ? t('workflow.settings.basisRule')
                      : deadline.basis === 'DEFAULT'
                        ? t('workflow.settings.basisDefault')
                        : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <UserErrorList errors={errors} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.settings.saveDeadlines')}
      </button>
    </form>
  );
}

/** Which focal agency receives each subject group's tasks in this cycle. */
export function RoutingForm({
  cycle,
  focalAgencies,
  onDone,
}: {
  cycle: Cycle;
  focalAgencies: ReadonlyArray<{ id: string; name: string }>;
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const current = (group: SubjectGroup) =>
    cycle.focalRoutes.find((route) => route.subjectGroup === group)?.focalAgency.id ?? '';
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(codesOf(SUBJECT_GROUPS).map((group) => [group, current(group)])),
  );
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [setRoute, { loading }] = useMutation(WfFocalAgencySetDocument, refetch);
  async function save(group: SubjectGroup) {
    const focalAgency = values[group];
    if (!focalAgency) return;
    const result = (await setRoute({ variables: { year: cycle.year, subjectGroup: group, focalAgency } })).data
      ?.focalAgencySet;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.settings.saved') });
  }
  return (
    <section className="card wf-action" aria-labelledby="wf-routing">
      <h2 id="wf-routing">{t('workflow.settings.routing')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('workflow.settings.subjectGroup')}</th>
              <th scope="col">{t('workflow.common.focalAgency')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('workflow.common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codesOf(SUBJECT_GROUPS).map((group) => {
              const id = `wf-route-${group}`;
              return (
                <tr key={group}>
                  <th scope="row">
                    <label htmlFor={id}>{label(SUBJECT_GROUPS, group)}</label>
                  </th>
                  <td>
                    <select
                      id={id}
                      value={values[group] ?? ''}
                      onChange={(event) => setValues({ ...values, [group]: event.target.value })}
                    >
                      <option value="">{t('workflow.settings.notRouted')}</option>
                      {focalAgencies.map((agency) => (
                        <option key={agency.id} value={agency.id}>
                          {agency.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      disabled={loading || !values[group] || values[group] === current(group)}
                      aria-label={t('workflow.settings.saveRoute', { group: label(SUBJECT_GROUPS, group) })}
                      onClick={() => void save(group)}
                    >
                      {t('workflow.common.save')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <UserErrorList errors={errors} />
    </section>
  );
}
