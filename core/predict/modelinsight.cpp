#include "core/predict/modelinsight.h"

#include "core/base/jsonnumber.h"
#include "core/predict/classificationmetrics.h"
#include "core/predict/customertable.h"

#include <algorithm>
#include <cmath>
#include <QJsonObject>

namespace journeyscope {

namespace {

/// Below this many rows a subgroup's figures say more about chance.
constexpr qint64 MinimumSubgroup = 30;

} // namespace

std::vector<FeatureImportance> featureImportance(const BoostedTrees& model,
                                                 const FeatureTable& allRows, qsizetype sampledRows)
{
    std::vector<bool> sampled(size_t(allRows.rows()), false);
    const qsizetype take = std::min(allRows.rows(), std::max<qsizetype>(sampledRows, 1));
    for (qsizetype i = 0; i < take; ++i)
        sampled[size_t(i * allRows.rows() / take)] = true;
    const FeatureTable rows = selectRows(allRows, sampled, true);
    const qsizetype columns = rows.columns.size();
    const std::vector<double> gain = model.totalGain(columns);
    const std::vector<float> contributions = model.contributions(rows);
    std::vector<FeatureImportance> importance(static_cast<size_t>(columns));
    const auto width = size_t(columns) + 1; // the bias last
    for (qsizetype c = 0; c < columns; ++c) {
        FeatureImportance& feature = importance[size_t(c)];
        feature.feature = rows.columns[c];
        feature.totalGain = gain[size_t(c)];
        double sum = 0;
        for (qsizetype row = 0; row < rows.rows(); ++row)
            sum += std::abs(contributions[size_t(row) * width + size_t(c)]);
        feature.meanAbsShap = rows.rows() > 0 ? sum / double(rows.rows()) : 0.0;
    }
    std::sort(importance.begin(), importance.end(),
              [](const FeatureImportance& a, const FeatureImportance& b) {
                  return a.meanAbsShap != b.meanAbsShap ? a.meanAbsShap > b.meanAbsShap
                                                        : a.feature < b.feature;
              });
    return importance;
}

QJsonArray toJson(const std::vector<FeatureImportance>& importance)
{
    QJsonArray array;
    for (const FeatureImportance& feature : importance) {
        array.append(QJsonObject{{QStringLiteral("feature"), feature.feature},
                                 {QStringLiteral("total_gain"), feature.totalGain},
                                 {QStringLiteral("mean_abs_shap"), feature.meanAbsShap}});
    }
    return array;
}

RowGroups flagColumnGroups(const FeatureTable& rows)
{
    RowGroups groups;
    const auto width = size_t(rows.columns.size());
    for (size_t c = 0; c < width; ++c) {
        if (!rows.columns[qsizetype(c)].contains(QLatin1Char('=')))
            continue;
        std::vector<size_t> members;
        for (size_t row = 0; row < size_t(rows.rows()); ++row) {
            if (rows.values[row * width + c] == 1.0f)
                members.push_back(row);
        }
        groups.emplace(rows.columns[qsizetype(c)], std::move(members));
    }
    return groups;
}

std::vector<SubgroupFigures> auditSubgroups(const RowGroups& groups,
                                            const std::vector<float>& labels,
                                            const std::vector<float>& predictions)
{
    std::vector<SubgroupFigures> audit;
    for (const auto& [name, members] : groups) {
        if (qint64(members.size()) < MinimumSubgroup)
            continue;
        std::vector<float> groupLabels, groupPredictions;
        for (const size_t row : members) {
            groupLabels.push_back(labels[row]);
            groupPredictions.push_back(predictions[row]);
        }
        const ClassificationMetrics metrics = evaluateClassifier(groupLabels, groupPredictions);
        if (std::isnan(metrics.rocAuc))
            continue; // one outcome only
        audit.push_back({name, metrics.cases, metrics.positives, metrics.rocAuc,
                         metrics.expectedCalibrationError});
    }
    std::sort(audit.begin(), audit.end(), [](const SubgroupFigures& a, const SubgroupFigures& b) {
        return a.rocAuc != b.rocAuc ? a.rocAuc < b.rocAuc : a.subgroup < b.subgroup;
    });
    return audit;
}

QJsonArray toJson(const std::vector<SubgroupFigures>& subgroups)
{
    QJsonArray array;
    for (const SubgroupFigures& group : subgroups) {
        array.append(QJsonObject{
            {QStringLiteral("subgroup"), group.subgroup},
            {QStringLiteral("cases"), group.cases},
            {QStringLiteral("positives"), group.positives},
            {QStringLiteral("auc"), group.rocAuc},
            {QStringLiteral("expected_calibration_error"), group.expectedCalibrationError}});
    }
    return array;
}

std::vector<PlaceRisk> riskByPlace(const BoostedTrees& model, const FeatureTable& rows,
                                   const std::vector<float>& predictions,
                                   const std::vector<int>& placeOfRow, const QStringList& places,
                                   const std::vector<float>* labels, int explainedPerPlace)
{
    std::vector<std::vector<size_t>> rowsOf(size_t(places.size()));
    for (size_t row = 0; row < placeOfRow.size(); ++row) {
        if (placeOfRow[row] >= 0)
            rowsOf[size_t(placeOfRow[row])].push_back(row);
    }
    // The rows to explain, evenly spread over each place's rows, in one SHAP call.
    std::vector<bool> explained(placeOfRow.size(), false);
    for (const std::vector<size_t>& members : rowsOf) {
        const size_t take = std::min(members.size(), size_t(std::max(0, explainedPerPlace)));
        for (size_t i = 0; i < take; ++i)
            explained[members[i * members.size() / take]] = true;
    }
    const FeatureTable sample = selectRows(rows, explained, true);
    const std::vector<float> contributions =
        sample.rows() > 0 ? model.contributions(sample) : std::vector<float>();
    std::vector<size_t> sampleRow(placeOfRow.size(), 0);
    for (size_t row = 0, next = 0; row < explained.size(); ++row) {
        if (explained[row])
            sampleRow[row] = next++;
    }

    const auto columns = size_t(rows.columns.size());
    std::vector<PlaceRisk> risks;
    for (size_t place = 0; place < rowsOf.size(); ++place) {
        const std::vector<size_t>& members = rowsOf[place];
        if (members.empty())
            continue;
        PlaceRisk risk;
        risk.place = places[qsizetype(place)];
        risk.rows = qint64(members.size());
        double predicted = 0, observed = 0;
        std::vector<double> shap(columns, 0.0), valueSum(columns, 0.0);
        std::vector<qint64> valueCount(columns, 0);
        qint64 shapRows = 0;
        for (const size_t row : members) {
            predicted += predictions[row];
            if (labels)
                observed += (*labels)[row];
            if (explained[row]) {
                const float* values = contributions.data() + sampleRow[row] * (columns + 1);
                const float* features = rows.values.data() + row * columns;
                for (size_t c = 0; c < columns; ++c) {
                    shap[c] += values[c];
                    if (!std::isnan(features[c])) {
                        valueSum[c] += features[c];
                        ++valueCount[c];
                    }
                }
                ++shapRows;
            }
        }
        risk.meanRisk = predicted / double(members.size());
        risk.observedRate = labels ? observed / double(members.size()) : std::nan("");
        std::vector<size_t> order(columns);
        for (size_t c = 0; c < columns; ++c)
            order[c] = c;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return shap[a] != shap[b] ? shap[a] > shap[b] : a < b;
        });
        for (size_t i = 0; i < order.size() && risk.drivers.size() < 3; ++i) {
            if (shap[order[i]] <= 0)
                break;
            const size_t c = order[i];
            const bool category = !rows.categorical.empty() && rows.categorical[c];
            risk.drivers.push_back({rows.columns[qsizetype(c)], shap[c] / double(shapRows),
                                    category || valueCount[c] == 0
                                        ? std::nan("")
                                        : valueSum[c] / double(valueCount[c])});
        }
        risks.push_back(std::move(risk));
    }
    return risks;
}

QJsonArray toJson(const std::vector<PlaceRisk>& risks)
{
    QJsonArray array;
    for (const PlaceRisk& risk : risks) {
        QJsonArray drivers;
        for (const Driver& driver : risk.drivers) {
            drivers.append(
                QJsonObject{{QStringLiteral("feature"), driver.feature},
                            {QStringLiteral("mean_shap"), driver.meanShap},
                            {QStringLiteral("mean_value"), jsonNumber(driver.meanValue)}});
        }
        array.append(QJsonObject{{QStringLiteral("place"), risk.place},
                                 {QStringLiteral("rows"), risk.rows},
                                 {QStringLiteral("mean_risk"), risk.meanRisk},
                                 {QStringLiteral("observed_rate"), jsonNumber(risk.observedRate)},
                                 {QStringLiteral("drivers"), drivers}});
    }
    return array;
}

} // namespace journeyscope
