// Verdict: effective policy + exposure + moment → inform | warn | confirm | block, with what fired.
import type { Assessment, Exposure } from '../exposure/types.ts';
import { ACTIONS, type Action, type EffectivePolicy, type Moment, type RuleId, type Verdict } from './types.ts';

const rank = (a: Action) => ACTIONS.indexOf(a);
const max = (a: Action, b: Action): Action => (rank(a) >= rank(b) ? a : b);

export function verdictFor(policy: EffectivePolicy, assessment: Assessment | null, moment: Moment): Verdict {
  if (!assessment) return { action: 'inform', severity: 'unknown-service', fired: ['unknown-service'] };
  const id = assessment.service.id;
  if (policy.denyServices.includes(id)) return { action: moment === 'visit' ? 'warn' : 'block', severity: worstSeverity(assessment), fired: ['deny-list'] };
  if (policy.allowServices.includes(id)) return { action: 'inform', severity: worstSeverity(assessment), fired: ['allow-list'] };
  // When the account region is unknown, judge by the worst candidate: the user may be on it.
  return assessment.exposures.map((e) => verdictForExposure(policy, e, moment))
    .reduce((a, b) => (rank(b.action) > rank(a.action) ? b : a));
}

function verdictForExposure(policy: EffectivePolicy, exposure: Exposure, moment: Moment): Verdict {
  let action = policy.actions[moment][exposure.severity];
  const fired = [`base:${exposure.severity}`];
  for (const rule of policy.preset.rules) {
    const hits = ruleHits(rule.id, policy, exposure);
    if (hits.length) {
      action = max(action, rule.actions[moment]);
      fired.push(...hits.map((h) => `rule:${rule.id}:${h}`));
    }
  }
  return { action, severity: exposure.severity, fired };
}

/** Jurisdictions that can reach readable content (or content at risk through a technical-assistance law). */
export function contentReach(exposure: Exposure): string[] {
  const readable = exposure.categories.some((c) => c.exposure === 'content' || c.exposure === 'unknown');
  const atRisk = exposure.categories.some((c) => c.exposure === 'content-at-risk');
  return exposure.jurisdictions.filter((j) => j.laws.length > 0 && (readable
    || (atRisk && j.laws.some((h) => h.law.powers.includes('technical-assistance'))))).map((j) => j.code);
}

function ruleHits(rule: RuleId, policy: EffectivePolicy, exposure: Exposure): string[] {
  const reach = contentReach(exposure);
  switch (rule) {
    case 'distrusted-jurisdiction':
      return reach.filter((c) => policy.trust[c] === 'distrusted');
    case 'outside-trusted':
      return exposure.jurisdictions.map((j) => j.code).filter((c) => policy.trust[c] !== 'trusted');
    case 'no-independent-judge':
      return reach.filter((c) => exposure.jurisdictions.find((j) => j.code === c)!.laws
        .some((h) => h.law.oversight !== 'independent-judge'));
    case 'not-e2ee':
      return exposure.categories.filter((c) => c.exposure === 'content' || c.exposure === 'unknown').map((c) => c.category);
  }
}

function worstSeverity(assessment: Assessment): Verdict['severity'] {
  const order = ['low', 'unknown', 'medium', 'high'] as const;
  return assessment.exposures.map((e) => e.severity).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? 'unknown';
}
