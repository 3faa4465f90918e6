/**
 * What an encoder accepts: the decoded type with every field optional, recursively. Missing fields
 * are written as their schema default, so a handler names only the fields it means.
 */
export type Input<T> = T extends Buffer | Uint8Array
  ? T
  : T extends Array<infer E>
    ? Array<Input<E>>
    : T extends object
      ? { [K in keyof T]?: Input<T[K]> }
      : T;
