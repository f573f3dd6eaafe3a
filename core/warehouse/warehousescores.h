#pragma once

#include "core/predict/customerscores.h"

namespace journeyscope {

class Feedback;
class PgConnection;

/**
 * Writes \a scores of model \a modelId into the warehouse table \a table ("schema.table"),
 * in one transaction: the table is created when missing (customer, probability, holdout,
 * reason_1 … reason_3, model, scored_at) and its rows are replaced, so that it always holds
 * one scoring whole, as a campaign reads it. Needs a role that may write there. Throws Error
 * or Canceled; then the table is as it was.
 */
void writeWarehouseScores(PgConnection& connection, const QString& table,
                          const std::vector<CustomerScore>& scores, qint64 modelId,
                          Feedback* feedback = nullptr);

} // namespace journeyscope
