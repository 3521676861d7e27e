// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <random>

namespace gridbook {

/**
 * Globally unique record ids (text UUIDs) that survive export, import and merges between
 * laptops. Version 7 (time-ordered) by default, so that a bulk insert appends to the uid
 * index instead of scattering; a seeded generator gives the demo community repeatable ids.
 */
class RecordUid {
public:
    /** A fresh UUIDv7 from the clock and the system's random source. */
    static QString create();

    /** True if `text` is a lowercase 8-4-4-4-12 hex UUID. */
    static bool isValid(const QString &text);
};

/** Deterministic uids for a seed (UUIDv8 layout, counter-based), for reproducible demo files. */
class SeededUidGenerator {
public:
    explicit SeededUidGenerator(std::uint64_t seed);
    QString next();

private:
    std::mt19937_64 m_random;
    std::uint64_t m_counter = 0;
};

} // namespace gridbook
