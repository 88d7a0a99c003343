/**
 * A query result as the API sends it, `__typename` included: Apollo's cache reads fragments by
 * type name, so mocked responses need them even though the generated types leave them out.
 */
export type WithTypename<T> =
  T extends Array<infer Item>
    ? Array<WithTypename<Item>>
    : T extends object
      ? { [Key in keyof T]: WithTypename<T[Key]> } & { __typename?: string }
      : T;
