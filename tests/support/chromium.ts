// The lookup lives beside the CLI's PDF printer, which needs it too; tests keep this path.
export { chromiumArgs, chromiumPath } from '../../electron/core/export/chromium-path.js';
