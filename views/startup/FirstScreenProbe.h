// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>

#include <memory>

namespace gridbook {

class LedgerDocument;

/**
 * `gridbook --db FILE --first-screen`, for gridbook-cli bench: opens the main window on the
 * residents page without showing it, waits for the table's first screen of rows, paints the
 * window once, prints one line to stdout and returns. The line is for tooling, not people:
 * `first_screen_ms=412 rows=40 total=-1 peak_rss_kb=95123` (milliseconds since `sinceStart`,
 * rows in the table so far, residents counted so far or -1, Linux VmHWM).
 */
class FirstScreenProbe {
public:
    /** Returns the exit code: 0 with rows on screen, 3 if none came within two minutes. */
    static int run(std::unique_ptr<LedgerDocument> document, const QElapsedTimer &sinceStart);
};

} // namespace gridbook
