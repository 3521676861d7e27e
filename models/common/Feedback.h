// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>

namespace gridbook {

/**
 * How the core talks to whoever runs it, without knowing who that is: the desktop app shows
 * message boxes and a progress dialog, gridbook-cli writes to stderr, tests record.
 * progress() and cancelled() may be called from a worker thread; implementations must be
 * thread-safe for those two.
 */
class Feedback {
public:
    virtual ~Feedback() = default;

    /** A failure the user must act on. */
    virtual void error(const Error &error) = 0;
    /** Something worth knowing that did not stop the work. */
    virtual void warning(const QString &message) = 0;
    /** A yes/no question; `defaultAnswer` is what non-interactive front-ends answer. */
    virtual bool question(const QString &text, bool defaultAnswer) = 0;
    /** Work advanced: `done` of `total` units in `stage` (total 0 = unknown). */
    virtual void progress(const QString &stage, qint64 done, qint64 total) = 0;
    /** True once the user asked to stop; long work checks it and rolls back. */
    virtual bool cancelled() const = 0;
};

/** Feedback that says nothing and answers every question with its default. */
class SilentFeedback : public Feedback {
public:
    void error(const Error &) override {}
    void warning(const QString &) override {}
    bool question(const QString &, bool defaultAnswer) override { return defaultAnswer; }
    void progress(const QString &, qint64, qint64) override {}
    bool cancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace gridbook
