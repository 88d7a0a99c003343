import '../i18n-desks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { type WfUserErrorFragment } from '../../../gql/graphql';
import { WfOpenDataDocument, WfOpenDataSetDocument } from '../graphql/open-data.documents';
import { UserErrorList, type Notice } from '../components/feedback';

/**
 * Open data (dữ liệu mở): Ban Tổ chức publishes a cycle's completion by locality and sector —
 * counts only, no names, cells under 5 cadres withheld — or withdraws it. Off until switched on.
 */
export function OpenDataPanel({ year, onDone }: { year: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(WfOpenDataDocument, { variables: { year } });
  const [setOpen, { loading }] = useMutation(WfOpenDataSetDocument);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const open = data?.cycle?.openData ?? false;
  const toggle = async () => {
    const result = (await setOpen({ variables: { year, open: !open } })).data?.cycleOpenDataSet;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) {
      onDone({ kind: 'ok', text: t(open ? 'workflow.settings.openData.closed' : 'workflow.settings.openData.opened') });
    }
  };
  return (
    <section className="card wf-action" aria-labelledby="wf-open-data">
      <h2 id="wf-open-data">{t('workflow.settings.openData.heading')}</h2>
      <p>{t('workflow.settings.openData.intro')}</p>
      <p>
        <strong>{t(open ? 'workflow.settings.openData.isOpen' : 'workflow.settings.openData.isClosed')}</strong>
      </p>
      {open && (
        <ul>
          <li>
            <a href={`/open-data/${year}/completion.json`}>{`/open-data/${year}/completion.json`}</a>
          </li>
          <li>
            <a href={`/open-data/${year}/completion.csv`}>{`/open-data/${year}/completion.csv`}</a>
          </li>
        </ul>
      )}
      <UserErrorList errors={errors} />
      <button type="button" className="button" disabled={loading || !data} onClick={() => void toggle()}>
        {t(open ? 'workflow.settings.openData.close' : 'workflow.settings.openData.open')}
      </button>
    </section>
  );
}
