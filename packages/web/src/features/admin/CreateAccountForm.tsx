import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { ACCESS_ROLES, UNIT_ROLES, provinceDateOf } from '@nvtt/shared';
import { AccountCreateDocument, AccountFormChoicesDocument, AccountsDocument } from './admin.documents';
import { useLabels } from '../../lib/vocabulary';
import { agencyChoices } from './choices';

export function CreateAccountForm() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const ids = { username: useId(), name: useId(), password: useId(), global: useId(), agency: useId(), cadre: useId() };
  const today = useMemo(() => provinceDateOf(new Date()), []);
  const empty = { username: '', displayName: '', password: '', global: '', agency: '', cadre: '' };
  const [form, setForm] = useState(empty);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const { data } = useQuery(AccountFormChoicesDocument, { variables: { validAt: today } });
  const [create, { loading }] = useMutation(AccountCreateDocument, { refetchQueries: [AccountsDocument] });
  const choices = data ? agencyChoices(data) : [];
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const agency = choices.find((choice) => choice.value === form.agency);
    const { data: result } = await create({
      variables: {
        username: form.username,
        password: form.password,
        input: {
          displayName: form.displayName,
          globalRoles: form.global === 'VIEWER' || form.global === 'ADMIN' ? [form.global] : [],
          memberships: agency ? [{ unit: agency.unitId, role: agency.role }] : [],
          ...(form.cadre.trim() ? { cadreCode: form.cadre.trim() } : {}),
        },
      },
    });
    const problem = result?.accountCreate.userErrors[0];
    setMessage(
      problem
        ? { kind: 'error', text: i18n.language === 'en' ? problem.messageEn : problem.message }
        : { kind: 'ok', text: t('admin.created', { username: form.username }) },
    );
    if (!problem) setForm(empty);
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.username}>{t('admin.username')}</label>
        <input id={ids.username} autoComplete="off" value={form.username} onChange={set('username')} />
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('admin.displayName')}</label>
        <input id={ids.name} value={form.displayName} maxLength={200} onChange={set('displayName')} />
      </div>
      <div className="field">
        <label htmlFor={ids.password}>{t('admin.password')}</label>
        <input
          id={ids.password}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.agency}>{t('admin.agency')}</label>
        <select id={ids.agency} value={form.agency} onChange={set('agency')}>
          <option value="">{t('admin.noAgency')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.unitName} — {labels.label(UNIT_ROLES, choice.role)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.cadre}>{t('admin.cadre')}</label>
        <input id={ids.cadre} value={form.cadre} maxLength={40} onChange={set('cadre')} />
      </div>
      <div className="field">
        <label htmlFor={ids.global}>{t('admin.globalRole')}</label>
        <select id={ids.global} value={form.global} onChange={set('global')}>
          <option value="">{t('admin.noGlobalRole')}</option>
          <option value="VIEWER">{labels.label(ACCESS_ROLES, 'VIEWER')}</option>
          <option value="ADMIN">{labels.label(ACCESS_ROLES, 'ADMIN')}</option>
        </select>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-error' : 'form-ok'}
        >
          {message.text}
        </p>
      )}
      <button type="submit" className="button" disabled={loading || !form.username || !form.password}>
        {t('admin.create')}
      </button>
    </form>
  );
}
