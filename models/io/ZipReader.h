// SPDX-License-Identifier: MIT
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace gridbook {

/**
 * Reads the entries of a zip file (an .xlsx is one): the central directory, stored and
 * deflated entries (zlib), ZIP64 sizes, with the CRC of every entry checked.
 *
 * Why not QuaZip: Debian's libquazip1-qt6 exports its bundled minizip's zipOpen3, unzOpen &
 * co. with QIODevice-based file functions; in a process that also uses libxlsxwriter (which
 * links the system minizip) those symbols replace the system ones and writing an .xlsx
 * crashes. Reading a zip needs only the directory walk below and zlib's inflate.
 */
class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ZipReader)
public:
    /** Opens `path` and reads its directory; a clear error for a truncated or non-zip file. */
    static Result<ZipReader> open(const QString &path);

    /** The entry names, in directory order. */
    QStringList entries() const;
    bool contains(const QString &name) const;
    /** The inflated size of an entry as the directory says; 0 if there is none. */
    qint64 size(const QString &name) const;

    /** The whole inflated entry; refused above `maxSize` bytes (a zip bomb guard). */
    Result<QByteArray> read(const QString &name, qint64 maxSize = qint64(1) << 31) const;

    /** Where device() inflates. */
    enum class Inflation {
        Automatic,   ///< on a worker thread for entries of a few MB and more, else as read
        AsRead,      ///< on the calling thread, as the device is read
        InBackground ///< on a worker thread, a few chunks ahead of the reader
    };

    /**
     * A sequential device that inflates the entry (for large sheets). When the data turns out
     * damaged, reads fail, errorString() says why and the dynamic property kDamagedProperty is
     * true. A worker thread, if any, is stopped and joined when the device is destroyed.
     */
    Result<std::unique_ptr<QIODevice>> device(const QString &name,
                                              Inflation inflation = Inflation::Automatic) const;

    /** How many worker threads devices are running now (for tests: none outlives its device). */
    static int backgroundInflaters();

    static constexpr const char *kDamagedProperty = "zipEntryDamaged";

    struct Entry {
        QString name;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };
    struct Archive;

private:
    Result<QByteArrayView> compressedData(const Entry &entry) const;
    Error damaged(const QString &detail) const;

    std::shared_ptr<Archive> m_archive;
};

} // namespace gridbook
