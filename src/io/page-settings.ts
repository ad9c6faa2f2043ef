import { isBackendName } from '../ml/pipeline-types';
import { DETECTOR_MODES, type DetectorMode } from '../ml/detector';
import type { PipelineSettings } from './pipeline-controller';

/** Settings a URL can override: `?backend=wasm|webgl|cpu` and `?mode=near|far|auto`. */
export function readPageSettings(search: string, baseUrl: string): PipelineSettings {
  const params = new URLSearchParams(search);
  const backend = params.get('backend');
  const mode = params.get('mode');
  return {
    backend: isBackendName(backend) ? backend : undefined,
    mode: (DETECTOR_MODES as readonly string[]).includes(mode ?? '') ? (mode as DetectorMode) : 'near',
    baseUrl,
  };
}
