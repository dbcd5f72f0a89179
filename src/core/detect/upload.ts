// Upload: a file input (hidden ones are opened by a button) or an element that takes dropped files.
import type { Detector } from './snapshot.ts';

export const detectUpload: Detector = (page) => {
  const reasons = [...(page.fileInputs > 0 ? ['file-input'] : []), ...(page.dropZones > 0 ? ['drop-zone'] : [])];
  return reasons.length ? { kind: 'upload', reasons } : null;
};
