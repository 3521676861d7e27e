// SPDX-License-Identifier: MIT
#include "common/HeapMemory.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cstring>
#include <memory>
#include <vector>

namespace {

/** VmRSS of this process in kB. */
long long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    FAIL("no VmRSS in /proc/self/status");
    return -1;
}

} // namespace

TEST_CASE("freed small blocks below a live one go back to the system when memory is released",
          "[common]")
{
    // 64 MB in 1 KB blocks (an import's cells and rows are blocks of this size), written so
    // that they are resident, then one block after them that stays: glibc cannot shrink its
    // heap past a live block, so freeing the 64 MB alone leaves them with the process.
    constexpr int kBlocks = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(kBlocks);
    for (int i = 0; i < kBlocks; ++i) {
        blocks.emplace_back(new char[1024]);
        std::memset(blocks.back().get(), i & 0xff, 1024);
    }
    // The last block, made after all the others, is the one that stays.
    const std::unique_ptr<char[]> pin = std::move(blocks.back());
    blocks.pop_back();
    blocks.clear();
    blocks.shrink_to_fit();
    const long long freed = residentKb();

    gridbook::releaseFreedMemory();
    const long long released = residentKb();
    INFO("VmRSS " << freed << " kB after the free, " << released << " kB after the release");
    CHECK(freed - released >= 48 * 1024);
    CHECK(pin[0] == char((kBlocks - 1) & 0xff));
}
