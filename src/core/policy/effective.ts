// Effective policy = managed (locked) over user over the preset's defaults.
import type { EffectivePolicy, PolicyLayer, Preset } from './types.ts';

export function effectivePolicy(presets: Preset[], user: PolicyLayer, managed: PolicyLayer): EffectivePolicy {
  const presetId = managed.preset ?? user.preset ?? presets[0]?.id;
  const preset = presets.find((p) => p.id === presetId) ?? presets[0];
  if (!preset) throw new Error('no presets in the dataset');
  const actions = structuredClone(preset.actions);
  for (const layer of [user, managed]) {
    for (const [moment, bySeverity] of Object.entries(layer.actions ?? {})) {
      const row = actions[moment as keyof typeof actions];
      if (row && bySeverity) Object.assign(row, bySeverity);
    }
  }
  return {
    preset,
    trust: { ...preset.trust, ...user.trust, ...managed.trust },
    allowServices: managed.allowServices ?? user.allowServices ?? [],
    denyServices: [...new Set([...(managed.denyServices ?? []), ...(user.denyServices ?? [])])],
    actions,
    locked: (Object.keys(managed) as (keyof PolicyLayer)[]).filter((k) => managed[k] !== undefined),
  };
}
