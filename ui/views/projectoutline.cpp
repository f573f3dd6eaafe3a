#include "ui/views/projectoutline.h"

#include "core/base/timeutil.h"
#include "core/journey/personas.h"
#include "core/journey/segmentation.h"
#include "core/predict/storedmodel.h"
#include "core/store/database.h"
#include "core/store/projectsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ProjectOutline)
};

/// A model's ROC-AUC must fall this far below its whole to count as weaker for a group.
constexpr double WeakerBy = 0.05;

OutlineItem group(const QString& name)
{
    return {OutlineItem::Kind::Group, name, {}, {}, {}};
}

OutlineItem sources(const QList<SourceSummary>& imported)
{
    OutlineItem item = group(Text::tr("Sources"));
    const QLocale locale;
    for (const SourceSummary& source : imported) {
        item.children.push_back(
            {OutlineItem::Kind::Source,
             source.name,
             Text::tr("%1\nformat %2\n%3 rows, %4 imported, %5 skipped\nimported %6")
                 .arg(source.path, source.format, locale.toString(source.rows),
                      locale.toString(source.imported), locale.toString(source.skipped),
                      formatIsoUtc(source.importedAtMs)
                          .left(16)
                          .replace(QLatin1Char('T'), QLatin1Char(' '))),
             source.id,
             {}});
    }
    return item;
}

OutlineItem stages(const EventLog& log, const std::vector<qint64>& events)
{
    OutlineItem item = group(Text::tr("Stages and touchpoints"));
    const QLocale locale;
    const auto touchpointsOf = [&](int stage) {
        std::vector<OutlineItem> children;
        for (size_t t = 0; t < events.size(); ++t) {
            if (log.touchpointStages()[t] != stage)
                continue;
            const QString name = log.touchpointNames()[qsizetype(t)];
            children.push_back({OutlineItem::Kind::Touchpoint,
                                name,
                                Text::tr("%1\n%2 events").arg(name, locale.toString(events[t])),
                                name,
                                {}});
        }
        return children;
    };
    for (int s = 0; s < int(log.stageNames().size()); ++s) {
        OutlineItem stage{OutlineItem::Kind::Stage,
                          log.stageNames()[s],
                          {},
                          log.stageNames()[s],
                          touchpointsOf(s)};
        stage.detail = Text::tr("%1\n%2 touchpoints").arg(stage.name).arg(stage.children.size());
        item.children.push_back(std::move(stage));
    }
    std::vector<OutlineItem> unstaged = touchpointsOf(-1);
    if (!unstaged.empty()) {
        OutlineItem none{
            OutlineItem::Kind::Stage, Text::tr("(no stage)"), {}, {}, std::move(unstaged)};
        none.detail =
            Text::tr("Touchpoints without a stage: give them one to place them on the map.");
        item.children.push_back(std::move(none));
    }
    return item;
}

OutlineItem segments(const Database& db)
{
    OutlineItem item = group(Text::tr("Segments and personas"));
    for (const Persona& persona : loadPersonas(db)) {
        item.children.push_back({OutlineItem::Kind::Persona,
                                 persona.name,
                                 Text::tr("Persona %1\n\"%2\"\nsegment %3")
                                     .arg(persona.name, persona.quote, persona.segmentKey),
                                 persona.id,
                                 {}});
    }
    for (int s = 0; s < RfmSegmentCount; ++s) {
        const QString name = rfmSegmentName(RfmSegment(s));
        item.children.push_back(
            {OutlineItem::Kind::Segment,
             name,
             Text::tr("RFM segment %1: by recency, frequency and value").arg(name),
             QStringLiteral("rfm:") + name,
             {}});
    }
    return item;
}

OutlineItem models(const std::vector<StoredModel>& stored)
{
    OutlineItem item = group(Text::tr("Models"));
    for (auto it = stored.rbegin(); it != stored.rend(); ++it) { // newest first
        const QJsonObject metrics = it->metrics;
        item.children.push_back(
            {OutlineItem::Kind::Model,
             it->title(),
             Text::tr("%1\nROC-AUC %2, PR-AUC %3 on %4 held-out cases\n%5\ntrained %6")
                 .arg(it->title())
                 .arg(metrics.value(QStringLiteral("auc")).toDouble(), 0, 'f', 3)
                 .arg(metrics.value(QStringLiteral("pr_auc")).toDouble(), 0, 'f', 3)
                 .arg(metrics.value(QStringLiteral("cases")).toInteger())
                 .arg(metrics.value(QStringLiteral("quality"))[QStringLiteral("sentence")]
                          .toString())
                 .arg(formatIsoUtc(it->createdAtMs).left(10)),
             it->id,
             {}});
    }
    return item;
}

void importIssues(const Database& db, std::vector<ProjectIssue>& issues)
{
    Statement select = db.prepare(
        "SELECT s.name, i.severity, i.line, i.col, i.field, i.message FROM import_issues i "
        "JOIN sources s ON s.id = i.source_id ORDER BY i.id LIMIT ?");
    select.bind(1, qint64(ProjectOutline::MaxImportIssues));
    while (select.step()) {
        QString where = select.columnText(0);
        if (select.columnInt(2) > 0)
            where += QLatin1Char(':') + QString::number(select.columnInt(2));
        if (select.columnInt(3) > 0)
            where += QLatin1Char(':') + QString::number(select.columnInt(3));
        if (!select.columnText(4).isEmpty())
            where += QStringLiteral(" (%1)").arg(select.columnText(4));
        issues.push_back({select.columnText(1) == QLatin1String("error")
                              ? ProjectIssue::Severity::Error
                              : ProjectIssue::Severity::Warning,
                          where, select.columnText(5)});
    }
}

/// What a user of each model should keep in mind: it is weak, it is weaker for a group, a
/// customer it learnt from was erased, or the data changed since it was trained.
void modelCaveats(const std::vector<StoredModel>& stored, qint64 lastImportMs,
                  std::vector<ProjectIssue>& issues)
{
    for (const StoredModel& model : stored) {
        const double auc = model.metrics.value(QStringLiteral("auc")).toDouble();
        const QString band =
            model.metrics.value(QStringLiteral("quality"))[QStringLiteral("band")].toString();
        if (auc < 0.7) {
            issues.push_back({ProjectIssue::Severity::Caveat, model.title(),
                              Text::tr("ROC-AUC %1 (%2): read its risks as hints, not forecasts")
                                  .arg(auc, 0, 'f', 3)
                                  .arg(band)});
        }
        for (const QJsonValue& group : model.metrics.value(QStringLiteral("subgroups")).toArray()) {
            const double groupAuc = group[QStringLiteral("auc")].toDouble();
            if (groupAuc < auc - WeakerBy) {
                issues.push_back({ProjectIssue::Severity::Caveat, model.title(),
                                  Text::tr("weaker for %1: ROC-AUC %2 on %3 cases (%4 overall)")
                                      .arg(group[QStringLiteral("subgroup")].toString())
                                      .arg(groupAuc, 0, 'f', 3)
                                      .arg(group[QStringLiteral("cases")].toInteger())
                                      .arg(auc, 0, 'f', 3)});
            }
        }
        if (model.needsRetraining) {
            issues.push_back({ProjectIssue::Severity::Warning, model.title(),
                              Text::tr("needs retraining: a customer it learnt from was erased "
                                       "since, and it still holds what it learnt from them")});
        }
        if (model.createdAtMs < lastImportMs) {
            issues.push_back(
                {ProjectIssue::Severity::Caveat, model.title(),
                 Text::tr("trained before the latest import: train again to include the "
                          "new data")});
        }
    }
}

} // namespace

ProjectOutline ProjectOutline::read(const EventLog& log, const Database& db)
{
    return read(log, log.eventsPerTouchpoint(), db);
}

ProjectOutline ProjectOutline::read(const EventLog& log,
                                    const std::vector<qint64>& eventsPerTouchpoint,
                                    const Database& db)
{
    const QList<SourceSummary> imported = ProjectSummary::readSources(db);
    const std::vector<StoredModel> stored = StoredModel::list(db);
    ProjectOutline outline;
    outline.groups = {sources(imported), stages(log, eventsPerTouchpoint), segments(db),
                      models(stored)};
    importIssues(db, outline.issues);
    qint64 lastImportMs = 0;
    for (const SourceSummary& source : imported)
        lastImportMs = std::max(lastImportMs, source.importedAtMs);
    modelCaveats(stored, lastImportMs, outline.issues);
    return outline;
}

} // namespace journeyscope
