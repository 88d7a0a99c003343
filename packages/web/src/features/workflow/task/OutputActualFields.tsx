import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from '../../../app/i18n';
import { z } from 'zod/mini';
import type { ProgressActualInput, WfTaskDetailFragment } from '../../../gql/graphql';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { readNumber } from '../my-tasks/draft-form';

type Output = WfTaskDetailFragment['outputs'][number];

/** The actual value typed for each output, in the outputs' order; blank = not reported this time. */
export interface ActualValues {
  actuals: Array<{ value: string }>;
}

/** Each value blank or a number ≥ 0 (the API checks the same and the unit). */
export function actualsSchema(messages: { invalid: string; negative: string }) {
  return z.array(
    z.object({
      value: z.string().check(
        z.refine((text) => readNumber(text) !== 'invalid', { error: messages.invalid }),
        z.refine(
          (text) => {
            const value = readNumber(text);
            return typeof value !== 'number' || value >= 0;
          },
          { error: messages.negative },
        ),
      ),
    }),
  );
}

/** The starting values: blank, so a report only carries what the cadre enters now. */
export function blankActuals(outputs: readonly Output[]): ActualValues['actuals'] {
  return outputs.map(() => ({ value: '' }));
}

/** The values entered, as the API takes them, in each output's own unit. */
export function actualInputs(outputs: readonly Output[], actuals: ActualValues['actuals']): ProgressActualInput[] {
  return outputs.flatMap((output, index) => {
    const value = readNumber(actuals[index]?.value ?? '');
    return typeof value === 'number' ? [{ output: output.ordinal, actual: value, unit: output.unit }] : [];
  });
}

/** One input per output, labelled with its name and unit, showing the target and the latest actual. */
export function OutputActualFields({
  outputs,
  registerValue,
  errors,
}: {
  outputs: readonly Output[];
  /** The form's registration of `actuals.<index>.value`. */
  registerValue: (index: number) => UseFormRegisterReturn;
  errors: FieldErrors<ActualValues>['actuals'];
}) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  if (outputs.length === 0) return null;
  const number = (value: number) => value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');
  const withUnit = (value: number, unit: string | null) => (unit ? `${number(value)} ${unit}` : number(value));
  return (
    <fieldset className="wf-fieldset">
      <legend>{t('workflow.progress.actualsLegend')}</legend>
      <div className="wf-row">
        {outputs.map((output, index) => {
          const facts = [
            output.target !== null
              ? t('workflow.progress.target', { value: withUnit(output.target, output.unit) })
              : null,
            output.actual !== null
              ? t('workflow.progress.latest', { value: withUnit(output.actual, output.unit) })
              : null,
          ].filter((fact): fact is string => fact !== null);
          return (
            <Field
              key={output.ordinal}
              label={
                output.unit
                  ? t('workflow.selfAssess.actual', { name: output.name, unit: output.unit })
                  : t('workflow.selfAssess.actualNoUnit', { name: output.name })
              }
              hint={facts.length > 0 ? facts.join('; ') : undefined}
              error={errors?.[index]?.value?.message}
            >
              {(props) => <input inputMode="decimal" {...props} {...registerValue(index)} />}
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
