/**
 * How the extension starts the language server's node process; the benchmark starts it the same way.
 *
 * V8's young generation grows to 16 MB per semi-space by default. A 4 MB semi-space keeps the server's
 * resident memory some 40 MB lower on a 10,000-document workspace without slowing indexing; at 2 MB the
 * many more scavenges of a large heap made re-analysing a 1 MB document after an edit markedly slower.
 */
export const SERVER_NODE_ARGUMENTS: readonly string[] = ['--max-semi-space-size=4'];
