/**
 * How the extension starts the language server's node process; the benchmark starts it the same way.
 *
 * V8's young generation grows to 16 MB per semi-space by default. A smaller one keeps the server's
 * resident memory lower while it indexes (by some 40 MB at 2 MB, on the benchmark's 10,000 documents)
 * without slowing indexing; at 2 MB, though, the many more scavenges of a large heap made re-analysing
 * a 1 MB document after an edit markedly slower, hence 4 MB.
 */
export const SERVER_NODE_ARGUMENTS: readonly string[] = ['--max-semi-space-size=4'];
