#!/bin/sh
# The executable that runTests({ vscodeExecutablePath }) spawns: it must be a file it can exec, so this hands the
# Electron-style arguments to code-shim.mjs. CODE_SHIM_NODE picks the Node that runs it (run.mjs passes its own).
exec "${CODE_SHIM_NODE:-node}" "$(dirname -- "$0")/code-shim.mjs" "$@"
