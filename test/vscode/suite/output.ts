/**
 * The suite's printed lines. code-server forwards them to the page console among the workbench's
 * own messages; the prefix lets the runner pick them out.
 */
export const OUTPUT_PREFIX = '[vscode suite] ';

export function printSuiteOutput(text: string): void {
  console.log(text.split('\n').map(line => OUTPUT_PREFIX + line).join('\n'));
}
