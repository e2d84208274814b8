import { describe, expect, it } from 'vitest';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { synthesiseHub } from './hub-stacks.js';

function acknowledgements(root: IConstruct): { path: string; id: string; reason: unknown }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, unknown>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  const hub = synthesiseHub();

  it.each(['data', 'app'] as const)('finds no unacknowledged error in the %s stack', (name) => {
    const report = new AwsSolutionsChecks(hub.cdkApp).validateScope(hub[name]);
    const errors = report.violations
      .filter((violation) => violation.severity === 'error')
      .map(
        (violation) =>
          `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`,
      );
    expect(errors).toEqual([]);
  });

  it('carries a written reason with every acknowledgement', () => {
    const acknowledged = acknowledgements(hub.cdkApp);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { reason } of acknowledged) {
      expect(typeof reason === 'string' && reason.length >= 40).toBe(true);
    }
  });
});
