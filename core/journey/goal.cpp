#include "core/journey/goal.h"

#include "core/journey/customerattributes.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace journeyscope {

Goal Goal::fromOutcomeLabels(const std::vector<QString>& labels, const QStringList& convertedValues)
{
    Goal goal;
    goal.windowMs.reset();
    goal.convertedValues = convertedValues;
    goal.decideByLabels(labels);
    return goal;
}

void Goal::decideByLabels(const std::vector<QString>& labels)
{
    auto outcomes = std::make_shared<std::vector<Outcome>>(labels.size(), Outcome::Open);
    for (size_t p = 0; p < labels.size(); ++p) {
        if (!labels[p].isEmpty()) {
            (*outcomes)[p] = convertedValues.contains(labels[p], Qt::CaseInsensitive)
                                 ? Outcome::Converted
                                 : Outcome::DroppedOff;
        }
    }
    personOutcomes = std::move(outcomes);
}

bool Goal::isGoal(quint16 touchpoint) const
{
    return std::find(touchpoints.begin(), touchpoints.end(), touchpoint) != touchpoints.end();
}

qsizetype Goal::firstGoal(const EventLog& log, const Journey& journey) const
{
    if (journey.empty() || touchpoints.empty())
        return -1;
    const qint64 start = log.times()[journey.front()];
    for (qsizetype i = 0; i < journey.size(); ++i) {
        const quint32 event = journey[i];
        if (windowMs && log.times()[event] - start > *windowMs)
            return -1;
        if (isGoal(log.touchpoints()[event]))
            return i;
    }
    return -1;
}

Outcome Goal::outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs) const
{
    return outcome(log, journey, dataEndMs, personOutcomes ? -1 : firstGoal(log, journey));
}

Outcome Goal::outcome(const EventLog& log, const Journey& journey, qint64 dataEndMs,
                      qsizetype goalAt) const
{
    if (personOutcomes)
        return (*personOutcomes)[journey.person()];
    if (goalAt >= 0)
        return Outcome::Converted;
    if (!windowMs)
        return Outcome::DroppedOff; // no window: judged by the data there is
    const qint64 start = log.times()[journey.front()];
    return start + *windowMs > dataEndMs ? Outcome::Open : Outcome::DroppedOff;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Converted:
        return QCoreApplication::translate("journeyscope::Goal", "converted");
    case Outcome::DroppedOff:
        return QCoreApplication::translate("journeyscope::Goal", "dropped off");
    case Outcome::Open:
        return QCoreApplication::translate("journeyscope::Goal", "open");
    }
    return {};
}

std::optional<ProjectGoal> ProjectGoal::read(const Database& db)
{
    Statement select = db.prepare("SELECT value FROM meta WHERE key = 'goal'");
    if (!select.step())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(select.columnText(0).toUtf8()).object();
    ProjectGoal goal;
    for (const QJsonValue& name : json.value(QStringLiteral("touchpoints")).toArray())
        goal.touchpoints.append(name.toString());
    const QJsonValue window = json.value(QStringLiteral("window_ms"));
    goal.windowMs = window.isDouble() ? std::optional<qint64>(window.toInteger()) : std::nullopt;
    goal.outcomeAttribute = json.value(QStringLiteral("outcome_attribute")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("converted_values")).toArray())
        goal.convertedValues.append(value.toString());
    return goal;
}

void ProjectGoal::write(Database& db, const ProjectGoal& goal)
{
    QJsonObject json{
        {QStringLiteral("touchpoints"), QJsonArray::fromStringList(goal.touchpoints)},
        {QStringLiteral("window_ms"), goal.windowMs ? QJsonValue(*goal.windowMs) : QJsonValue()}};
    if (!goal.outcomeAttribute.isEmpty()) {
        json.insert(QStringLiteral("outcome_attribute"), goal.outcomeAttribute);
        json.insert(QStringLiteral("converted_values"),
                    QJsonArray::fromStringList(goal.convertedValues));
    }
    Statement insert = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('goal', ?)");
    insert.bind(1, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))).run();
}

Goal ProjectGoal::resolve(const EventLog& log, const Database& db) const
{
    Goal goal = resolveNamesOnly(log);
    if (!outcomeAttribute.isEmpty())
        goal.decideByLabels(customerAttribute(db, log, outcomeAttribute));
    return goal;
}

Goal ProjectGoal::resolveNamesOnly(const EventLog& log) const
{
    Goal goal;
    if (!outcomeAttribute.isEmpty()) {
        goal.windowMs.reset();
        goal.outcomeAttribute = outcomeAttribute;
        goal.convertedValues = convertedValues;
        return goal;
    }
    goal.windowMs = windowMs;
    for (const QString& name : touchpoints) {
        if (const int index = log.touchpointIndex(name); index >= 0)
            goal.touchpoints.push_back(quint16(index));
    }
    return goal;
}

} // namespace journeyscope
