#include "core/predict/customertable.h"

#include "core/base/error.h"
#include "core/journey/customerattributes.h"
#include "core/journey/segmentation.h"
#include "core/store/database.h"
#include "core/store/people.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::CustomerTable)
};

/// A text attribute with at least this share of distinct values among its customers
/// identifies them rather than describing them.
constexpr double IdentifyingShare = 0.9;

/// What one attribute becomes: a number column, or one column per kept text value.
struct Attribute
{
    bool text = false;
    QHash<QString, qint64> counts; ///< text values and their customers
    qint64 customers = 0;
    QStringList kept; ///< the most frequent values, each a column
};

} // namespace

std::map<qint64, QJsonObject> readRootAttributes(const Database& db)
{
    // Each root's attributes: its own first, then those of customers merged into it.
    const std::unordered_set<qint64> withoutConsent = people::withoutConsent(db);
    std::map<qint64, QJsonObject> attributesOf;
    Statement select =
        db.prepare("SELECT coalesce(merged_into, id), attributes FROM customers "
                   "WHERE attributes IS NOT NULL ORDER BY (merged_into IS NOT NULL), id");
    while (select.step()) {
        const qint64 root = select.columnInt(0);
        if (withoutConsent.contains(root))
            continue;
        QJsonObject& merged = attributesOf[root];
        const QJsonObject own = QJsonDocument::fromJson(select.columnText(1).toUtf8()).object();
        for (auto it = own.begin(); it != own.end(); ++it) {
            if (!merged.contains(it.key()))
                merged.insert(it.key(), it.value());
        }
    }
    return attributesOf;
}

FeatureTable encodeAttributes(const std::vector<const QJsonObject*>& rows, const QString& excluded,
                              int maxCategories, const QStringList& columns)
{
    std::map<QString, Attribute> attributes;
    for (const QJsonObject* object : rows) {
        if (!object)
            continue;
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (it.key() == excluded || it.value().isNull())
                continue;
            Attribute& attribute = attributes[it.key()];
            ++attribute.customers;
            if (it.value().isString()) {
                attribute.text = true;
                ++attribute.counts[it.value().toString()];
            }
        }
    }

    FeatureTable table;
    table.columns = columns;
    if (columns.isEmpty()) {
        // The columns: numbers and flags as one, text values by frequency.
        for (auto& [name, attribute] : attributes) {
            if (!attribute.text) {
                table.columns.append(name);
                continue;
            }
            if (attribute.customers >= 20 &&
                double(attribute.counts.size()) >= IdentifyingShare * double(attribute.customers))
                continue;
            std::vector<std::pair<qint64, QString>> byCount;
            for (auto it = attribute.counts.cbegin(); it != attribute.counts.cend(); ++it)
                byCount.push_back({-it.value(), it.key()});
            std::sort(byCount.begin(), byCount.end());
            for (size_t i = 0; i < byCount.size() && int(i) < maxCategories; ++i)
                table.columns.append(name + QLatin1Char('=') + byCount[i].second);
            if (int(byCount.size()) > maxCategories)
                table.columns.append(name + QStringLiteral("=(other)"));
        }
        table.columns.sort();
    }
    QHash<QString, int> columnOf;
    for (int c = 0; c < table.columns.size(); ++c)
        columnOf.insert(table.columns[c], c);

    // A number column no row has (of given columns) stays missing, not 0.
    std::vector<int> absentNumbers;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (!table.columns[c].contains(QLatin1Char('=')) && !attributes.contains(table.columns[c]))
            absentNumbers.push_back(c);
    }
    std::vector<float> row(size_t(table.columns.size()));
    for (const QJsonObject* object : rows) {
        std::fill(row.begin(), row.end(), 0.0f);
        for (const auto& [name, attribute] : attributes) {
            if (!attribute.text) {
                const auto found = columnOf.constFind(name);
                if (found == columnOf.cend())
                    continue;
                const QJsonValue value = object ? object->value(name) : QJsonValue();
                row[size_t(*found)] = value.isBool()     ? (value.toBool() ? 1.0f : 0.0f)
                                      : value.isDouble() ? float(value.toDouble())
                                                         : std::nanf("");
                continue;
            }
            const QJsonValue value = object ? object->value(name) : QJsonValue();
            if (!value.isString())
                continue;
            auto found = columnOf.constFind(name + QLatin1Char('=') + value.toString());
            if (found == columnOf.cend())
                found = columnOf.constFind(name + QStringLiteral("=(other)"));
            if (found != columnOf.cend())
                row[size_t(*found)] = 1.0f;
        }
        for (const int c : absentNumbers)
            row[size_t(c)] = std::nanf("");
        table.appendRow(row);
    }
    return table;
}

CustomerTable readCustomerTable(const Database& db, const QString& label,
                                const QStringList& positiveValues, int maxCategories)
{
    CustomerTable table =
        customerTableOf(readRootAttributes(db), label, positiveValues, maxCategories);
    if (table.customerIds.empty()) {
        const QStringList known = customerAttributeNames(db);
        throw Error(
            known.isEmpty()
                ? Text::tr("no customer has \"%1\": no customer table was imported").arg(label)
                : Text::tr("no customer has \"%1\"; the attributes are %2")
                      .arg(label, known.join(QStringLiteral(", "))));
    }
    return table;
}

CustomerTable customerTableOf(const std::map<qint64, QJsonObject>& attributesOf,
                              const QString& label, const QStringList& positiveValues,
                              int maxCategories)
{
    CustomerTable table;
    table.label = label;
    std::vector<const QJsonObject*> labelled;
    for (const auto& [root, object] : attributesOf) {
        const QJsonValue value = object.value(label);
        if (value.isUndefined() || value.isNull())
            continue;
        const QString text =
            value.isBool()     ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isDouble() ? QString::number(value.toDouble())
                               : value.toString();
        table.customerIds.push_back(root);
        table.labels.push_back(positiveValues.contains(text, Qt::CaseInsensitive) ? 1.0f : 0.0f);
        labelled.push_back(&object);
    }
    table.features = encodeAttributes(labelled, label, maxCategories);
    return table;
}

std::vector<bool> stratifiedTestRows(const std::vector<float>& labels, double testShare,
                                     quint64 seed)
{
    std::vector<bool> test(labels.size(), false);
    SeededRandom random(seed);
    for (const float label : {0.0f, 1.0f}) {
        std::vector<size_t> rows;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == label)
                rows.push_back(i);
        }
        // Fisher-Yates with the portable generator, then the first share.
        for (size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[size_t(random.below(i))]);
        const auto count = size_t(std::llround(testShare * double(rows.size())));
        for (size_t i = 0; i < count; ++i)
            test[rows[i]] = true;
    }
    return test;
}

FeatureTable selectRows(const FeatureTable& table, const std::vector<bool>& take, bool wanted)
{
    FeatureTable selected;
    selected.columns = table.columns;
    selected.categorical = table.categorical;
    const auto width = size_t(table.columns.size());
    for (size_t row = 0; row < take.size(); ++row) {
        if (take[row] == wanted) {
            selected.values.insert(selected.values.end(), table.values.begin() + row * width,
                                   table.values.begin() + (row + 1) * width);
        }
    }
    return selected;
}

std::vector<float> selectRows(const std::vector<float>& labels, const std::vector<bool>& take,
                              bool wanted)
{
    std::vector<float> selected;
    for (size_t row = 0; row < take.size(); ++row) {
        if (take[row] == wanted)
            selected.push_back(labels[row]);
    }
    return selected;
}

} // namespace journeyscope
