// `node --import tsx --import ./register.mjs out/main/index.js`: runs the built main bundle against the Electron double.
import { register } from 'node:module';

register('./electron-hooks.mjs', import.meta.url);
