// SPDX-License-Identifier: MIT
#include "diagram/DiagramRepository.h"

#include "db/SqlErrors.h"
#include "db/TransactionGuard.h"
#include "diagram/DiagramGeometry.h"
#include "records/RecordStore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gridbook {

namespace {

QPolygonF polygonOf(const QVariant &value)
{
    // A stored outline that does not parse is treated as not drawn; the check in
    // DiagramGeometry keeps the program from writing one.
    return DiagramGeometry::parsePolygon(value.toString()).value_or(QPolygonF());
}

Error backdropError(const QString &message, const QString &cause = QString())
{
    Error e;
    e.message = message;
    e.operation = QStringLiteral("import backdrop");
    e.cause = cause;
    return e;
}

/** The part of every per-building count: live households of live buildings of a community. */
const char kHouseholdsOfCommunity[] =
    "FROM compound c "
    "JOIN building b ON b.compound_id = c.id AND b.archived_at IS NULL "
    "JOIN dwelling d ON d.building_id = b.id AND d.archived_at IS NULL "
    "JOIN household h ON h.dwelling_id = d.id AND h.archived_at IS NULL ";

} // namespace

DiagramRepository::DiagramRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString DiagramRepository::tableOf(Shape shape)
{
    switch (shape) {
    case Shape::BigGrid:
        return QStringLiteral("big_grid");
    case Shape::SmallGrid:
        return QStringLiteral("small_grid");
    case Shape::Compound:
        return QStringLiteral("compound");
    }
    return QString();
}

Result<QList<QPair<qint64, QString>>> DiagramRepository::communities() const
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT id, name FROM community WHERE archived_at IS NULL ORDER BY id")))
        return SqlErrors::fromQuery(q, QStringLiteral("list communities"));
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

Result<DiagramData> DiagramRepository::load(qint64 communityId) const
{
    const QString operation = QStringLiteral("load diagram");
    DiagramData data;
    data.communityId = communityId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    q.prepare(QStringLiteral("SELECT name FROM community WHERE id = ?"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    if (!q.next())
        return RecordStore::noSuchRecord(QStringLiteral("community"), communityId, operation);
    data.communityName = q.value(0).toString();

    q.prepare(QStringLiteral("SELECT id, code, name, outline FROM big_grid "
                             "WHERE community_id = ? AND archived_at IS NULL ORDER BY code, id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    while (q.next())
        data.bigGrids.append({q.value(0).toLongLong(), 0, q.value(1).toString(),
                              q.value(2).toString(), polygonOf(q.value(3))});

    q.prepare(
        QStringLiteral("SELECT s.id, s.big_grid_id, s.code, s.name, s.outline FROM small_grid s "
                       "JOIN big_grid g ON g.id = s.big_grid_id AND g.archived_at IS NULL "
                       "WHERE g.community_id = ? AND s.archived_at IS NULL ORDER BY s.code, s.id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    while (q.next())
        data.smallGrids.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                q.value(2).toString(), q.value(3).toString(),
                                polygonOf(q.value(4))});

    q.prepare(QStringLiteral("SELECT id, name, outline FROM compound "
                             "WHERE community_id = ? AND archived_at IS NULL ORDER BY id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    while (q.next())
        data.compounds.append(
            {q.value(0).toLongLong(), q.value(1).toString(), polygonOf(q.value(2))});

    // One query for all buildings with their counts; the correlated counts run on the
    // dwelling_building and household_dwelling indexes.
    q.prepare(QStringLiteral(
        "SELECT b.id, b.compound_id, b.small_grid_id, b.name, b.floors, "
        "       b.map_x, b.map_y, b.map_width, b.map_height, "
        "       (SELECT count(*) FROM building_unit u "
        "         WHERE u.building_id = b.id AND u.archived_at IS NULL), "
        "       (SELECT count(*) FROM dwelling d "
        "         WHERE d.building_id = b.id AND d.archived_at IS NULL), "
        "       (SELECT count(*) FROM dwelling d "
        "         JOIN household h ON h.dwelling_id = d.id AND h.archived_at IS NULL "
        "         WHERE d.building_id = b.id AND d.archived_at IS NULL) "
        "FROM building b JOIN compound c ON c.id = b.compound_id AND c.archived_at IS NULL "
        "WHERE c.community_id = ? AND b.archived_at IS NULL "
        "ORDER BY b.compound_id, b.number, b.id"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    while (q.next()) {
        BuildingShape b;
        b.id = q.value(0).toLongLong();
        b.compoundId = q.value(1).toLongLong();
        b.smallGridId = q.value(2).toLongLong();
        b.name = q.value(3).toString();
        b.floors = q.value(4).toInt();
        if (!q.value(5).isNull() && !q.value(6).isNull() && !q.value(7).isNull() &&
            !q.value(8).isNull())
            b.rect = QRectF(q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toDouble(),
                            q.value(8).toDouble());
        b.units = q.value(9).toInt();
        b.dwellings = q.value(10).toInt();
        b.households = q.value(11).toInt();
        data.buildings.append(b);
    }

    q.prepare(QStringLiteral(
        "SELECT id, format, file_name, pixel_width, pixel_height, x, y, width, opacity "
        "FROM community_backdrop WHERE community_id = ? AND archived_at IS NULL"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, operation);
    if (q.next()) {
        BackdropInfo &bd = data.backdrop;
        bd.id = q.value(0).toLongLong();
        bd.format = q.value(1).toString();
        bd.fileName = q.value(2).toString();
        bd.pixelWidth = q.value(3).toInt();
        bd.pixelHeight = q.value(4).toInt();
        const double width = q.value(7).toDouble();
        bd.placement = QRectF(q.value(5).toDouble(), q.value(6).toDouble(), width,
                              width * bd.pixelHeight / std::max(1, bd.pixelWidth));
        bd.opacity = q.value(8).toDouble();
    }
    return data;
}

Result<QHash<qint64, int>> DiagramRepository::metrics(qint64 communityId,
                                                      DiagramColouring::Mode mode, int days,
                                                      QDate asOf) const
{
    QHash<qint64, int> result;
    QString sql;
    const QString from = QString::fromLatin1(kHouseholdsOfCommunity);
    switch (mode) {
    case DiagramColouring::Mode::ByGrid:
        return result;
    case DiagramColouring::Mode::CareHouseholds:
        sql = QStringLiteral("SELECT d.building_id, count(DISTINCT h.id) ") + from +
              QStringLiteral(
                  "JOIN resident r ON r.household_id = h.id AND r.archived_at IS NULL "
                  "JOIN resident_care rc ON rc.resident_id = r.id AND rc.archived_at IS NULL "
                  "JOIN care_category cc ON cc.id = rc.category_id AND cc.archived_at IS NULL "
                  "  AND cc.category_group = 'care' "
                  "WHERE c.community_id = :community GROUP BY d.building_id");
        break;
    case DiagramColouring::Mode::OpenRequests:
        // A request belongs to its household, or failing that to the requester's household.
        sql = QStringLiteral("SELECT building_id, count(*) FROM ("
                             "SELECT d.building_id ") +
              from +
              QStringLiteral("JOIN service_request sr ON sr.household_id = h.id "
                             "  AND sr.archived_at IS NULL "
                             "  AND sr.state IN ('requested', 'dispatched', 'accepted') "
                             "WHERE c.community_id = :community "
                             "UNION ALL SELECT d.building_id ") +
              from +
              QStringLiteral("JOIN resident r ON r.household_id = h.id "
                             "JOIN service_request sr ON sr.requester_id = r.id "
                             "  AND sr.household_id IS NULL AND sr.archived_at IS NULL "
                             "  AND sr.state IN ('requested', 'dispatched', 'accepted') "
                             "WHERE c.community_id = :community2) GROUP BY building_id");
        break;
    case DiagramColouring::Mode::NotVisited:
        sql = QStringLiteral("SELECT d.building_id, count(*) ") + from +
              QStringLiteral("WHERE c.community_id = :community AND NOT EXISTS ("
                             "  SELECT 1 FROM visit v WHERE v.household_id = h.id "
                             "  AND v.archived_at IS NULL AND v.visited_on >= :since) "
                             "GROUP BY d.building_id");
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return SqlErrors::fromQuery(q, QStringLiteral("count for diagram colouring"));
    q.bindValue(QStringLiteral(":community"), communityId);
    if (mode == DiagramColouring::Mode::OpenRequests)
        q.bindValue(QStringLiteral(":community2"), communityId);
    if (mode == DiagramColouring::Mode::NotVisited)
        q.bindValue(QStringLiteral(":since"),
                    asOf.addDays(-std::max(0, days)).toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("count for diagram colouring"));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

Status DiagramRepository::setOutline(Shape shape, qint64 id, const QPolygonF &outline)
{
    if (Status s = DiagramGeometry::validatePolygon(outline); !s)
        return s;
    RecordStore store(m_db);
    return store.update(tableOf(shape), id,
                        {{QStringLiteral("outline"),
                          DiagramGeometry::formatPolygon(DiagramGeometry::normalized(outline))}});
}

Status DiagramRepository::clearOutline(Shape shape, qint64 id)
{
    RecordStore store(m_db);
    return store.update(tableOf(shape), id, {{QStringLiteral("outline"), QVariant()}});
}

Status DiagramRepository::setBuildingRect(qint64 buildingId, const QRectF &rect)
{
    RecordStore store(m_db);
    if (rect.isNull())
        return store.update(QStringLiteral("building"), buildingId,
                            {{QStringLiteral("map_x"), QVariant()},
                             {QStringLiteral("map_y"), QVariant()},
                             {QStringLiteral("map_width"), QVariant()},
                             {QStringLiteral("map_height"), QVariant()}});
    const QRectF r = rect.normalized();
    return store.update(QStringLiteral("building"), buildingId,
                        {{QStringLiteral("map_x"), r.x()},
                         {QStringLiteral("map_y"), r.y()},
                         {QStringLiteral("map_width"), r.width()},
                         {QStringLiteral("map_height"), r.height()}});
}

Status DiagramRepository::setBuildingGrid(qint64 buildingId, qint64 smallGridId)
{
    RecordStore store(m_db);
    return store.update(
        QStringLiteral("building"), buildingId,
        {{QStringLiteral("small_grid_id"), smallGridId > 0 ? QVariant(smallGridId) : QVariant()}});
}

Result<qint64> DiagramRepository::buildingGrid(qint64 buildingId) const
{
    RecordStore store(m_db);
    auto record = store.get(QStringLiteral("building"), buildingId);
    if (!record)
        return record.error();
    return record->value(QStringLiteral("small_grid_id")).toLongLong();
}

Result<DiagramRepository::BackdropFile> DiagramRepository::readBackdropFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return backdropError(tr("The file %1 does not exist.").arg(info.fileName()));
    if (info.size() > kMaxBackdropBytes)
        return backdropError(tr("The image %1 is too big (%2 MB); the limit is %3 MB. "
                                "Save it smaller, e.g. as a JPEG, and import it again.")
                                 .arg(info.fileName())
                                 .arg(info.size() / (1024 * 1024))
                                 .arg(kMaxBackdropBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return backdropError(tr("The file %1 cannot be read.").arg(info.fileName()),
                             file.errorString());
    return checkBackdropBytes(file.readAll(), info.fileName());
}

Result<DiagramRepository::BackdropFile>
DiagramRepository::checkBackdropBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return backdropError(tr("The file %1 is empty.").arg(fileName));
    if (bytes.size() > kMaxBackdropBytes)
        return backdropError(tr("The image %1 is too big (%2 MB); the limit is %3 MB.")
                                 .arg(fileName)
                                 .arg(bytes.size() / (1024 * 1024))
                                 .arg(kMaxBackdropBytes / (1024 * 1024)));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return backdropError(
            tr("The file %1 is not a PNG or JPEG image. Scan or save the plan as PNG or JPEG.")
                .arg(fileName),
            QString::fromLatin1(format));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return backdropError(tr("The image %1 is damaged: its size cannot be read.").arg(fileName),
                             reader.errorString());
    if (qint64(size.width()) * size.height() > kMaxBackdropPixels)
        return backdropError(
            tr("The image %1 has too many pixels (%2 × %3); the limit is %4 million. "
               "Scale it down and import it again.")
                .arg(fileName)
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxBackdropPixels / 1000000));
    // Decode it once, scaled down, to find a damaged or truncated file now rather than on
    // every start.
    reader.setScaledSize(size.scaled(QSize(512, 512), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return backdropError(tr("The image %1 is damaged and cannot be read.").arg(fileName),
                             reader.errorString());
    BackdropFile file;
    file.bytes = bytes;
    file.format = format == "png" ? QStringLiteral("png") : QStringLiteral("jpeg");
    file.size = size;
    file.fileName = fileName;
    return file;
}

Result<qint64> DiagramRepository::addBackdrop(qint64 communityId, const BackdropFile &file,
                                              const QRectF &placement, double opacity)
{
    TransactionGuard tx(m_db, QStringLiteral("import backdrop"));
    if (!tx.ok())
        return tx.error();
    auto previous = liveBackdrop(communityId);
    if (!previous)
        return previous.error();
    if (*previous > 0) {
        if (Status s = archiveBackdrop(*previous); !s)
            return s.error();
    }
    RecordStore store(m_db);
    const QRectF r =
        placement.isValid() ? placement : QRectF(0, 0, file.size.width(), file.size.height());
    auto id = store.insert(QStringLiteral("community_backdrop"),
                           {{QStringLiteral("community_id"), communityId},
                            {QStringLiteral("image"), file.bytes},
                            {QStringLiteral("format"), file.format},
                            {QStringLiteral("pixel_width"), file.size.width()},
                            {QStringLiteral("pixel_height"), file.size.height()},
                            {QStringLiteral("x"), r.x()},
                            {QStringLiteral("y"), r.y()},
                            {QStringLiteral("width"), r.width()},
                            {QStringLiteral("opacity"), std::clamp(opacity, 0.0, 1.0)},
                            {QStringLiteral("file_name"), file.fileName}});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status DiagramRepository::archiveBackdrop(qint64 backdropId)
{
    RecordStore store(m_db);
    return store.archive(QStringLiteral("community_backdrop"), backdropId);
}

Status DiagramRepository::restoreBackdrop(qint64 backdropId)
{
    RecordStore store(m_db);
    return store.restore(QStringLiteral("community_backdrop"), backdropId);
}

Result<qint64> DiagramRepository::liveBackdrop(qint64 communityId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM community_backdrop "
                             "WHERE community_id = ? AND archived_at IS NULL"));
    q.addBindValue(communityId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("find backdrop"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status DiagramRepository::setBackdropPlacement(qint64 backdropId, const QRectF &placement,
                                               double opacity)
{
    RecordStore store(m_db);
    return store.update(QStringLiteral("community_backdrop"), backdropId,
                        {{QStringLiteral("x"), placement.x()},
                         {QStringLiteral("y"), placement.y()},
                         {QStringLiteral("width"), std::max(1.0, placement.width())},
                         {QStringLiteral("opacity"), std::clamp(opacity, 0.0, 1.0)}});
}

Result<QImage> DiagramRepository::backdropImage(qint64 backdropId, int maxSide) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT image FROM community_backdrop WHERE id = ?"));
    q.addBindValue(backdropId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, QStringLiteral("read backdrop"));
    if (!q.next())
        return RecordStore::noSuchRecord(QStringLiteral("community_backdrop"), backdropId,
                                         QStringLiteral("read backdrop"));
    QByteArray bytes = q.value(0).toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(QSize(maxSide, maxSide), Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return backdropError(tr("The stored backdrop image cannot be read."), reader.errorString());
    return image;
}

} // namespace gridbook
