/**
 * Graphics start-up. Without a usable GPU (virtual machines, remote desktops, blocklisted drivers)
 * Chromium turns WebGL off unless it may fall back to SwiftShader, its software renderer. Chromium
 * calls that fallback "unsafe" because SwiftShader's JIT widens the attack surface for untrusted web
 * content; Relata's page is its own bundle under a strict CSP with no remote content.
 */

/** The Chromium switches that let WebGL fall back to software rendering. */
export const SOFTWARE_WEBGL_SWITCHES = ['enable-unsafe-swiftshader'] as const;

export interface GpuControls {
  appendSwitch(name: string): void;
  disableHardwareAcceleration(): void;
}

/**
 * Lets WebGL fall back to software. RELATA_DISABLE_GPU=1 skips the GPU altogether, for a driver
 * that crashes or draws garbage rather than failing cleanly.
 */
export function configureGpu(controls: GpuControls, env: NodeJS.ProcessEnv): void {
  for (const name of SOFTWARE_WEBGL_SWITCHES) controls.appendSwitch(name);
  if (env.RELATA_DISABLE_GPU === '1') controls.disableHardwareAcceleration();
}
