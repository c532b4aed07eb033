// junit.xml validates against the Jenkins junit-10.xsd (reports/junit/junit.xsd) with xmllint, offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../reports/index.ts';
import { sampleResults } from '../../reports/internal/fixtures/sample-results.ts';

const XSD = join(import.meta.dirname, '../../reports/junit/junit.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI !== undefined) {
  throw new Error(
    '[conform] xmllint is missing in CI: the JUnit report cannot be validated. Install it: apt-get install -y libxml2-utils',
  );
}
if (!hasXmllint)
  console.warn('[conform] report-junit: skipped, xmllint not found. Install it: apt-get install -y libxml2-utils');

function validate(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'conform-junit-')), 'junit.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!hasXmllint)('junit.xml against junit-10.xsd', () => {
  it('the schema itself is well-formed', () => {
    execFileSync('xmllint', ['--noout', XSD]);
  });

  it('the sample run validates', () => {
    const r = validate(renderJunit(sampleResults()));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('a run with hostile text and control characters still validates', () => {
    const results = sampleResults();
    results.checks[0]!.message = 'a\u0000b\u001b[31m <![CDATA[ ]]> ]]> & "quotes" \n next line';
    results.checks[0]!.status = 'fail';
    results.target.model = '<model & "co">';
    expect(validate(renderJunit(results)).ok).toBe(true);
  });

  it('an empty run validates', () => {
    const results = sampleResults();
    results.checks = [];
    expect(validate(renderJunit(results)).ok).toBe(true);
  });

  it('the schema rejects what Jenkins would reject (so the test can fail)', () => {
    const broken = renderJunit(sampleResults()).replace(/<skipped message="[^"]*"\/>/, '<skipped/><skipped/>');
    expect(validate(broken).ok).toBe(false);
    expect(validate('<testsuites><testsuite tests="1"/></testsuites>').ok).toBe(false); // name is required
  });
});
