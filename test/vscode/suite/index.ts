/**
 * Entry point VS Code calls in the extension host (`extensionTestsPath`): runs every compiled
 * `*.test.js` beside this file with Mocha and prints a closing count line the runners look for.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import { printSuiteOutput } from './output';

export function run(): Promise<void> {
  // The extension host forwards console arguments unformatted, so the reporter's lines are formatted here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => printSuiteOutput(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 120_000 });
  for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      printSuiteOutput(`vscode suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) {
        reject(new Error(`${failures} VS Code test(s) failed`));
      } else {
        resolve();
      }
    });
  });
}
