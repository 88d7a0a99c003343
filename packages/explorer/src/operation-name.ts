import { Kind, parse } from 'graphql';

/**
 * The operation to run in `query`. GraphiQL 5 can keep the previous tab's operation name after a
 * tab switch (seen: LateAtStage's text sent with "CadreDossier"), which the API rightly refuses as
 * an unknown operation. A name the document does not define is replaced by the document's only
 * operation; with several operations it is left for the API to refuse, and a query that does not
 * parse is left for the API to report.
 */
export function operationNameFor(query: string, requested: string | null | undefined): string | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => operation.name?.value);
  } catch {
    return requested ?? undefined;
  }
  if (requested && names.includes(requested)) return requested;
  if (names.length === 1) return names[0];
  return requested ?? undefined;
}
