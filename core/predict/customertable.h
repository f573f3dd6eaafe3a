#pragma once

#include "core/predict/boostedtrees.h"

#include <map>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace journeyscope {

class Database;

/**
 * The customers of a project's customer tables as rows for predicting one of their columns
 * (a CRM churn flag, the Revenue of a sessions table): `train --label COLUMN`.
 */
struct CustomerTable
{
    QString label;
    std::vector<qint64> customerIds; ///< of each row
    FeatureTable features;
    std::vector<float> labels; ///< 1 where the label is one of the positive values
};

/**
 * The customers (merged ones under their root, people without consent left out) whose
 * attribute \a label has a value; the label is 1 when that value is one of
 * \a positiveValues (compared without regard to case) and 0 otherwise. Every other
 * attribute is a feature: numbers as they are, true and false as 1 and 0, text as one
 * 0/1 column per value ("plan=Pro") for its \a maxCategories most frequent values and one
 * for the rest ("plan=(other)"); a text attribute with a different value for nearly every
 * customer (an id, a name) is left out, as it cannot generalise. A customer without a value
 * has NaN (numbers) or 0 in every column of the attribute (text). Columns are sorted by
 * name. Throws Error naming the known attributes when no customer has \a label.
 */
CustomerTable readCustomerTable(const Database& db, const QString& label,
                                const QStringList& positiveValues, int maxCategories = 30);

/// readCustomerTable() of \a attributesOf (attributes by customer id) wherever they were
/// read; no row when no customer has \a label.
CustomerTable customerTableOf(const std::map<qint64, QJsonObject>& attributesOf,
                              const QString& label, const QStringList& positiveValues,
                              int maxCategories = 30);

/// The attributes of every customer with consent, merged customers' under their root (the
/// root's own values first), by root customer id.
std::map<qint64, QJsonObject> readRootAttributes(const Database& db);

/**
 * Attributes as feature columns, one row per entry of \a rows (null: a customer without
 * attributes), leaving out \a excluded: numbers as they are, true and false as 1 and 0, text
 * as one 0/1 column per value for the \a maxCategories most frequent values and one for the
 * rest ("plan=(other)"), identifying text (a different value for nearly every customer)
 * left out; columns sorted by name. With \a columns (a stored model's), exactly those
 * columns: a value without a column of its own goes to "(other)", a missing number is NaN.
 */
FeatureTable encodeAttributes(const std::vector<const QJsonObject*>& rows, const QString& excluded,
                              int maxCategories = 30, const QStringList& columns = {});

/**
 * Which rows go to the test set: \a testShare of each class, rounded, drawn with a seeded
 * generator, so that both sets keep the share of positives. Deterministic for a seed.
 */
std::vector<bool> stratifiedTestRows(const std::vector<float>& labels, double testShare,
                                     quint64 seed);

/// The rows of \a table (and \a labels) where \a take is \a wanted.
FeatureTable selectRows(const FeatureTable& table, const std::vector<bool>& take, bool wanted);
std::vector<float> selectRows(const std::vector<float>& labels, const std::vector<bool>& take,
                              bool wanted);

} // namespace journeyscope
