import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAction } from './action-yaml.ts';

describe('readAction', () => {
  it("reads action.yml's inputs and steps", () => {
    const action = readAction(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8'));
    expect(action.inputs).toMatchObject({ 'base-url': '', out: 'conform-report', 'node-version': '22' });
    expect(action.steps.map((s) => s.name)).toEqual([
      'Set up Node.js',
      'Install openai-conform',
      'Run conform',
      'Upload the report',
      'Pass the exit code through',
    ]);
    expect(action.steps[2]).toMatchObject({
      id: 'conform',
      shell: 'bash',
      env: { INPUT_API_KEY: '${{ inputs.api-key }}' },
    });
  });

  it('refuses what it would misread', () => {
    expect(() => readAction('runs:\n  steps:\n    - name: x\n      run: |\n        echo hi\n')).toThrow(
      /block scalars/,
    );
    expect(() => readAction('runs:\n  steps:\n    - name: x\n      timeout-minutes: 5\n')).toThrow(
      /step key "timeout-minutes"/,
    );
  });
});
