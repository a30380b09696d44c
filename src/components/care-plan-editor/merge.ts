/**
 * Reapplying one person's edits on a plan someone else saved meanwhile: a three-way merge of the
 * plan as it was loaded (`base`), as this person has it (`mine`) and as the server now has it
 * (`theirs`). Pure; no DOM.
 *
 * - What I did not change takes their version; what they did not change takes mine.
 * - Objects merge key by key. Lists of items with an `id` (goals, activities, reviews…) merge item
 *   by item: my new items are added after theirs, an item I removed goes, an item they removed
 *   stays gone unless I changed it.
 * - Where we both changed the same value differently, mine wins and the path is listed in
 *   `clashes`, so the person can be told where to look before saving again.
 */
export interface MergeResult<T> {
  value: T;
  /** Paths (`goals.g-2.text`) where both sides changed the same value differently. */
  clashes: string[];
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

function same(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

const idOf = (v: Json): string | undefined => (isObject(v) && typeof v.id === 'string' && v.id !== '' ? v.id : undefined);
const isItemList = (v: Json): v is Json[] => Array.isArray(v) && v.length > 0 && v.every((x) => idOf(x) !== undefined);

function mergeValue(base: Json, mine: Json, theirs: Json, path: string, clashes: string[]): Json {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) return mergeObject(isObject(base) ? base : {}, mine, theirs, path, clashes);
  const lists = [base ?? [], mine, theirs];
  if (lists.every((l) => Array.isArray(l) && (l.length === 0 || isItemList(l)))) {
    return mergeItems(lists[0] as Json[], mine as Json[], theirs as Json[], path, clashes);
  }
  clashes.push(path);
  return mine;
}

function mergeObject(base: Record<string, Json>, mine: Record<string, Json>, theirs: Record<string, Json>, path: string, clashes: string[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
    const v = mergeValue(base[key], mine[key], theirs[key], path ? `${path}.${key}` : key, clashes);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function mergeItems(base: Json[], mine: Json[], theirs: Json[], path: string, clashes: string[]): Json[] {
  const byId = (l: Json[]) => new Map(l.map((x) => [idOf(x) as string, x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const out: Json[] = [];
  for (const item of theirs) {
    const id = idOf(item) as string;
    if (!m.has(id)) {
      // I removed it (it was in base) → gone; otherwise it is theirs, new → kept.
      if (!b.has(id)) out.push(item);
      else if (!same(item, b.get(id))) {
        // They changed an item I removed: my removal stands, but say so.
        clashes.push(`${path}.${id}`);
      }
      continue;
    }
    out.push(b.has(id) ? mergeValue(b.get(id), m.get(id), item, `${path}.${id}`, clashes) : m.get(id));
  }
  for (const item of mine) {
    const id = idOf(item) as string;
    if (t.has(id)) continue;
    if (!b.has(id)) out.push(item); // mine, new
    else if (!same(item, b.get(id))) {
      // They removed an item I changed: keep mine.
      clashes.push(`${path}.${id}`);
      out.push(item);
    }
  }
  return out;
}

export function threeWayMerge<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const clashes: string[] = [];
  const value = mergeValue(base, mine, theirs, '', clashes) as T;
  return { value, clashes };
}
