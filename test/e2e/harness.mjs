// The e2e harness's entry point: every e2e test imports from here. It drives a real VS Code
// (code-server 4.139.1 = VS Code 1.139.1 in the browser) through Debian's Chromium with
// playwright-core. Its API, an example and the pitfalls found are in test/e2e/README.md.
//   harness/setup.mjs        where the cached tools are (scripts/e2e/setup.sh), results folder
//   harness/processes.mjs    process groups, the watchdog, free ports
//   harness/code-server.mjs  temp profile, .vsix install, code-server, its logs
//   harness/browser.mjs      Chromium and the workbench page
//   harness/workbench.mjs    the page object: session, keyboard, Quick Open, palette, artefacts
//   harness/editor.mjs       … its editor, hover and completion part
//   harness/problems.mjs     … its problems part
//   harness/webview.mjs      … its webview part
//   harness/wait.mjs         waitFor, sleep, fatal
export { fatal, sleep, waitFor } from './harness/wait.mjs';
export { CACHE_DIR, CHROMIUM, CODE_SERVER_VERSION, DEFAULT_RESULTS_DIR, REPO_ROOT, ensureSetup, findVsix, toolPaths } from './harness/setup.mjs';
export { freePort, killGroup, watchdog } from './harness/processes.mjs';
export { DEFAULT_SETTINGS, installExtension, makeProfile, startCodeServer } from './harness/code-server.mjs';
export { launchBrowser, openWorkbench } from './harness/browser.mjs';
export { VSCode, screenshotOnFailure, startVSCode } from './harness/workbench.mjs';
