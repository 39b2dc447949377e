// Reading JSON a service sent, where any field may have any type.

export type Obj = Record<string, unknown>;

/** A plain JSON object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v` as an object, for a migration step: anything else is no value it can move on. */
export function obj(v: unknown): Obj {
  if (!isObj(v)) throw new Error('not an object');
  return v;
}

/** A list of strings. */
export const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every((e) => typeof e === 'string');

/** A list whose every entry is an object that passes `each`. */
export const isList = (v: unknown, each: (e: Obj) => boolean): boolean => Array.isArray(v) && v.every((e) => isObj(e) && each(e));
