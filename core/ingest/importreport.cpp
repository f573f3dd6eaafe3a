#include "core/ingest/importreport.h"

#include <QJsonArray>

namespace journeyscope {

QJsonObject FileImportReport::toJson() const
{
    QJsonArray skippedArray;
    for (const SkippedRows& skippedRows : skippedByReason) {
        skippedArray.append(QJsonObject{
            {QStringLiteral("reason"), skippedRows.reason},
            {QStringLiteral("count"), skippedRows.count},
            {QStringLiteral("first_line"), skippedRows.first.line},
            {QStringLiteral("first_message"), skippedRows.firstMessage},
        });
    }
    QJsonObject roles;
    for (int i = 0; i < mapping.header.size(); ++i) {
        roles.insert(mapping.header[i],
                     QJsonObject{{QStringLiteral("role"), roleName(mapping.roles[i])},
                                 {QStringLiteral("why"), mapping.reasons.value(i)}});
    }
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("events"), events},
        {QStringLiteral("new_customers"), newCustomers},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("identity_links"), identityLinks},
        {QStringLiteral("merged_customers"), mergedCustomers},
        {QStringLiteral("format"), mapping.format},
        {QStringLiteral("time_format"), mapping.timeFormat.spec()},
        {QStringLiteral("columns"), roles},
        {QStringLiteral("skipped_by_reason"), skippedArray},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}

qint64 ImportReport::rows() const
{
    qint64 total = 0;
    for (const FileImportReport& file : files)
        total += file.rows;
    return total;
}

qint64 ImportReport::imported() const
{
    qint64 total = 0;
    for (const FileImportReport& file : files)
        total += file.imported;
    return total;
}

qint64 ImportReport::skipped() const
{
    qint64 total = 0;
    for (const FileImportReport& file : files)
        total += file.skipped;
    return total;
}

qint64 ImportReport::events() const
{
    qint64 total = 0;
    for (const FileImportReport& file : files)
        total += file.events;
    return total;
}

qint64 ImportReport::newCustomers() const
{
    qint64 total = 0;
    for (const FileImportReport& file : files)
        total += file.newCustomers;
    return total;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray fileArray;
    for (const FileImportReport& file : files)
        fileArray.append(file.toJson());
    return QJsonObject{
        {QStringLiteral("rows"), rows()},
        {QStringLiteral("imported"), imported()},
        {QStringLiteral("skipped"), skipped()},
        {QStringLiteral("events"), events()},
        {QStringLiteral("new_customers"), newCustomers()},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("files"), fileArray},
    };
}

} // namespace journeyscope
