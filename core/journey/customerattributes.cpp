#include "core/journey/customerattributes.h"

#include "core/base/error.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::CustomerAttributes)
};

} // namespace

QStringList customerAttributeNames(const Database& db)
{
    QStringList names;
    Statement select = db.prepare("SELECT DISTINCT a.key FROM customers AS c, "
                                  "json_each(c.attributes) AS a ORDER BY a.key");
    while (select.step())
        names.append(select.columnText(0));
    return names;
}

std::vector<QString> customerAttribute(const Database& db, const EventLog& log, const QString& name)
{
    QHash<qint64, PersonIndex> personOf;
    personOf.reserve(log.personCount());
    for (qsizetype p = 0; p < log.personCount(); ++p)
        personOf.insert(log.personIds()[size_t(p)], PersonIndex(p));

    std::vector<QString> labels(size_t(log.personCount()));
    std::vector<bool> labelled(size_t(log.personCount()), false);
    bool anyCustomer = false;
    // json_each matches the key exactly, whatever characters it holds.
    Statement select =
        db.prepare("SELECT coalesce(c.merged_into, c.id), a.type, a.value FROM customers AS c, "
                   "json_each(c.attributes) AS a WHERE a.key = ? ORDER BY c.id");
    select.bind(1, name);
    while (select.step()) {
        anyCustomer = true;
        const auto person = personOf.constFind(select.columnInt(0));
        if (person == personOf.cend() || labelled[*person])
            continue;
        const QString type = select.columnText(1);
        QString value;
        if (type == QLatin1String("true") || type == QLatin1String("false"))
            value = type;
        else if (type != QLatin1String("null"))
            value = select.columnText(2);
        labels[*person] = value;
        labelled[*person] = !value.isEmpty();
    }
    if (!anyCustomer) {
        const QStringList known = customerAttributeNames(db);
        throw Error(
            known.isEmpty()
                ? Text::tr("no customer attribute \"%1\": no customer table was imported").arg(name)
                : Text::tr("no customer attribute \"%1\"; the attributes are %2")
                      .arg(name, known.join(QStringLiteral(", "))));
    }
    return labels;
}

std::vector<PersonIndex> personsLabelled(const std::vector<QString>& labels,
                                         const QStringList& values)
{
    std::vector<PersonIndex> persons;
    for (size_t p = 0; p < labels.size(); ++p) {
        if (!labels[p].isEmpty() && values.contains(labels[p], Qt::CaseInsensitive))
            persons.push_back(PersonIndex(p));
    }
    return persons;
}

} // namespace journeyscope
