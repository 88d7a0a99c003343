import { EVIDENCE_TARGETS, EVIDENCE_TARGET_REFERENCE, type EvidenceTarget } from '@nvtt/shared';
import { useTranslation } from '../../../../app/i18n';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { useLabels } from '../../../../lib/vocabulary';
import { Field } from '../../components/fields';
import { milestoneReportsOf, reportLabel, targetsFor, type EvidenceChoice } from './evidence-choice';

/**
 * What a piece of evidence supports: the task, an output, the self-assessment or a milestone report,
 * and then which output or report. Shared by the document and the file forms.
 */
export function EvidenceTargetPicker({
  task,
  value,
  onChange,
  errors,
}: {
  task: WfTaskDetailFragment;
  value: EvidenceChoice;
  onChange: (next: EvidenceChoice) => void;
  errors: { readonly outputNumber?: string; readonly progressReport?: string };
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const reports = milestoneReportsOf(task.progressReports);
  const needed = EVIDENCE_TARGET_REFERENCE[value.target];
  return (
    <div className="wf-row">
      <Field label={t('workflow.evidence.target')}>
        {(props) => (
          <select
            {...props}
            value={value.target}
            onChange={(event) => onChange({ ...value, target: event.target.value as EvidenceTarget })}
          >
            {targetsFor(reports.length > 0).map((code) => (
              <option key={code} value={code}>
                {label(EVIDENCE_TARGETS, code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needed === 'outputNumber' && (
        <Field label={t('workflow.evidence.output')} error={errors.outputNumber}>
          {(props) => (
            <select
              {...props}
              value={value.output}
              onChange={(event) => onChange({ ...value, output: event.target.value })}
            >
              <option value="">{t('workflow.common.choose')}</option>
              {task.outputs.map((output) => (
                <option key={output.ordinal} value={String(output.ordinal)}>
                  {output.ordinal}. {output.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {needed === 'progressReport' && (
        <Field label={t('workflow.evidence.report')} error={errors.progressReport}>
          {(props) => (
            <select
              {...props}
              value={value.report}
              onChange={(event) => onChange({ ...value, report: event.target.value })}
            >
              <option value="">{t('workflow.common.choose')}</option>
              {reports.map((report) => (
                <option key={report.id} value={String(report.id)}>
                  {reportLabel(report, task.milestones)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
