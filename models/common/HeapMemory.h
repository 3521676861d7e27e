// SPDX-License-Identifier: MIT
#pragma once

namespace gridbook {

/**
 * Gives the heap's free pages back to the system (glibc's malloc_trim; nothing elsewhere).
 *
 * A large import reads a whole sheet and checks it on two threads: a few hundred megabytes in
 * millions of small blocks, freed when the import is over. glibc keeps freed blocks that lie
 * below live ones, so the process stays that large, and the next import in the same process
 * allocates around them and grows further (a third 100,000-row import peaked 25 MB above the
 * first). Called where such work has been released: when the import wizard has closed.
 */
void releaseFreedMemory();

} // namespace gridbook
