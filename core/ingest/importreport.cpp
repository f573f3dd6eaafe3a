#include "core/ingest/importreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

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

QStringList ImportReport::toText() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("journeyscope::ImportReport", text);
    };
    const QLocale locale;
    const auto number = [&](qint64 value) { return locale.toString(value); };
    QStringList lines;
    for (const FileImportReport& file : files) {
        lines.append(tr("%1: %2 events from %3 rows, %4 skipped; %5 new customers, %6 sessions")
                         .arg(QFileInfo(file.path).fileName(), number(file.imported),
                              number(file.rows), number(file.skipped), number(file.newCustomers),
                              number(file.sessions)));
        for (const SkippedRows& skipped : file.skippedByReason) {
            lines.append(tr("  skipped %1 rows: %2; first at %3: %4")
                             .arg(number(skipped.count), skipped.reason, skipped.first.toString(),
                                  skipped.firstMessage));
        }
        if (file.identityLinks > 0 || file.mergedCustomers > 0) {
            lines.append(tr("  %1 customers found to be the same person, %2 merged")
                             .arg(number(file.identityLinks), number(file.mergedCustomers)));
        }
        for (const QString& note : file.notes)
            lines.append(QStringLiteral("  ") + note);
    }
    const double rate = seconds > 0 ? double(rows()) / seconds : 0;
    lines.append(tr("Imported %1 events in %2 s (%3 rows/s)")
                     .arg(number(events()))
                     .arg(seconds, 0, 'f', 2)
                     .arg(number(qint64(rate))));
    return lines;
}

} // namespace journeyscope
