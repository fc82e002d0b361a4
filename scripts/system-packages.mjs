// The programs the tests drive or read exports with, installed from Debian/Ubuntu packages when
// this user may (root, or sudo without a password); otherwise the one command to type is printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Playwright's own browser (`npx playwright install chromium`), where one was downloaded. */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
const hasPlaywrightChromium = await playwrightChromium();

/** Chromium as playwright.config.ts finds it: CHROMIUM_PATH, Debian's, or Playwright's own. */
function hasChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return true;
  return has('chromium') || has('chromium-browser') || hasPlaywrightChromium;
}

/** Each need: what it is for, its Debian packages, and how to tell it is there. */
export const systemNeeds = [
  { what: 'Chromium (tests de bout en bout, PDF)', packages: ['chromium'], present: hasChromium },
  { what: 'Xvfb (fenêtre Chromium sans écran)', packages: ['xvfb', 'xauth'], present: () => has('xvfb-run') },
  {
    what: 'polices DejaVu (captures lisibles)',
    packages: ['fonts-dejavu-core'],
    present: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
  },
  { what: 'LibreOffice (ouvre le DOCX exporté)', packages: ['libreoffice-writer'], present: () => has('soffice') },
  { what: 'pdftotext (lit le PDF exporté)', packages: ['poppler-utils'], present: () => has('pdftotext') },
  {
    what: 'networkx (lit GraphML et GEXF)',
    packages: ['python3-networkx'],
    present: () => succeeds('/usr/bin/python3', ['-c', 'import networkx']),
  },
  { what: 'zbarimg (lit le QR code de la salle à l’écran)', packages: ['zbar-tools'], present: () => has('zbarimg') },
];

export function missingNeeds() {
  return systemNeeds.filter((need) => !need.present());
}

/** How this process may install packages: directly (root), through sudo, or not at all. */
function installer() {
  if (!has('apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  if (has('sudo') && succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return undefined;
}

/**
 * Installs what is missing when it can. Returns true when everything is there afterwards;
 * otherwise prints what is missing and the command that installs it, and returns false.
 */
export function ensureSystemPackages() {
  const missing = missingNeeds();
  if (missing.length === 0) return true;
  const packages = missing.flatMap((need) => need.packages);
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages];
  const prefix = installer();
  if (prefix) {
    console.log(`\n▶ Paquets système manquants : ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => {
      const [command, ...rest] = [...prefix, ...args];
      return spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    };
    if (run(['apt-get', 'update', '-qq']) && run(install) && missingNeeds().length === 0) return true;
    console.error('\n✖ L’installation des paquets système a échoué (voir ci-dessus).');
  }
  console.error('\nIl manque aux tests :');
  for (const need of missingNeeds()) console.error(`  - ${need.what}`);
  if (has('apt-get')) {
    console.error(`\nInstallez-les avec :\n  sudo apt-get update && sudo ${install.join(' ').replace(' -qq', '')}\n`);
  } else {
    console.error(
      `\nSous Debian ou Ubuntu : les paquets ${packages.join(', ')}. Ailleurs, installez Chromium (ou « npx playwright install chromium »), LibreOffice, poppler (pdftotext) et le module Python networkx.\n`,
    );
  }
  return false;
}
