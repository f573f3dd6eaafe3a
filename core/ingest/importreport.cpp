#include "core/ingest/importreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ImportReport)
};

} // namespace

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
    const QLocale locale;
    const auto number = [&](qint64 value) { return locale.toString(value); };
    QStringList lines;
    qint64 tableRows = 0;
    bool anyEvents = false;
    for (const FileImportReport& file : files) {
        const QString name = QFileInfo(file.path).fileName();
        if (file.kind == ImportKind::CustomerTable) {
            tableRows += file.imported;
            lines.append(
                Text::tr("%1: customer table, %2 of %3 imported, %4 skipped; %5")
                    .arg(name, number(file.imported),
                         Text::tr("%Ln row(s)", nullptr, int(file.rows)), number(file.skipped),
                         Text::tr("%Ln new customer(s)", nullptr, int(file.newCustomers))));
        } else {
            anyEvents = true;
            lines.append(Text::tr("%1: %2 from %3, %4 skipped; %5, %6")
                             .arg(name, Text::tr("%Ln event(s)", nullptr, int(file.events)),
                                  Text::tr("%Ln row(s)", nullptr, int(file.rows)),
                                  number(file.skipped),
                                  Text::tr("%Ln new customer(s)", nullptr, int(file.newCustomers)),
                                  Text::tr("%Ln session(s)", nullptr, int(file.sessions))));
        }
        for (const SkippedRows& skipped : file.skippedByReason) {
            lines.append(
                Text::tr("  skipped %Ln row(s): %1; first at %2: %3", nullptr, int(skipped.count))
                    .arg(skipped.reason, skipped.first.toString(), skipped.firstMessage));
        }
        if (file.identityLinks > 0 || file.mergedCustomers > 0) {
            lines.append(Text::tr("  %Ln customer(s) found to be the same person, %1 merged",
                                  nullptr, int(file.identityLinks))
                             .arg(number(file.mergedCustomers)));
        }
        for (const QString& note : file.notes)
            lines.append(QStringLiteral("  ") + note);
    }
    // What was imported: events, customer table rows, or both.
    QStringList what;
    if (anyEvents || tableRows == 0)
        what.append(Text::tr("%Ln event(s)", nullptr, int(events())));
    if (tableRows > 0)
        what.append(Text::tr("%Ln customer table row(s)", nullptr, int(tableRows)));
    const double rate = seconds > 0 ? double(rows()) / seconds : 0;
    lines.append(Text::tr("Imported %1 in %2 s (%3 rows/s)")
                     .arg(what.size() == 2 ? Text::tr("%1 and %2").arg(what[0], what[1]) : what[0])
                     .arg(seconds, 0, 'f', 2)
                     .arg(number(qint64(rate))));
    return lines;
}

} // namespace journeyscope
