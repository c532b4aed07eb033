// Reads this repository's action.yml: its inputs' defaults and its steps. A reader for the block-style subset the
// file uses (maps, the steps list, one-line scalars), not YAML at large: anything else in it is reported, so a
// change to the file that this reader would misread fails the action test instead of passing it.
export interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  with: Record<string, string>;
  env: Record<string, string>;
}

export interface Action {
  inputs: Record<string, string>; // name → default
  steps: ActionStep[];
}

export function readAction(text: string): Action {
  const lines = text
    .split('\n')
    .map((raw, i) => ({ n: i + 1, indent: raw.search(/\S/), body: raw.trim() }))
    .filter((l) => l.indent >= 0 && !l.body.startsWith('#'));
  const inputs: Record<string, string> = {};
  const steps: ActionStep[] = [];
  let section = '';
  let input = '';
  let step: ActionStep | undefined;
  let nested: 'with' | 'env' | undefined;
  for (const l of lines) {
    if (l.indent === 0) {
      section = l.body.replace(/:.*$/, '');
      continue;
    }
    const m = /^(- )?([\w-]+):\s*(.*)$/.exec(l.body);
    if (!m) throw new Error(`[conform] action.yml:${l.n}: unexpected line for this reader: ${l.body}`);
    const [, item, key, rawValue] = m;
    const value = scalar(rawValue);
    if (section === 'inputs') {
      if (l.indent === 2) input = key;
      else if (l.indent === 4 && key === 'default') inputs[input] = value;
      else if (l.indent === 4) inputs[input] ??= '';
      continue;
    }
    if (section !== 'runs' || l.indent < 4) continue;
    if (item && l.indent === 4) {
      step = { name: '', with: {}, env: {} };
      steps.push(step);
      nested = undefined;
    }
    if (!step) throw new Error(`[conform] action.yml:${l.n}: a step key outside a step: ${l.body}`);
    if (l.indent === 8 && nested) step[nested][key] = value;
    else if (key === 'with' || key === 'env') nested = key;
    else if (['name', 'id', 'if', 'uses', 'shell', 'run'].includes(key))
      (step as unknown as Record<string, string>)[key] = value;
    else throw new Error(`[conform] action.yml:${l.n}: step key "${key}" is unknown to this reader`);
  }
  return { inputs, steps };
}

function scalar(raw: string): string {
  if (raw === '|' || raw === '>')
    throw new Error('[conform] action.yml: block scalars are not read here; keep run: on one line');
  if (/^'.*'$/.test(raw)) return raw.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(raw)) return JSON.parse(raw) as string;
  return raw;
}
