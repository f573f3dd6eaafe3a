#include "core/warehouse/warehousescores.h"

#include "core/warehouse/pgconnection.h"
#include "core/warehouse/warehousequery.h"

#include <algorithm>
#include <array>

namespace journeyscope {

namespace {

/// Rows per INSERT: each sends its columns as arrays, so a batch is one round trip.
constexpr size_t RowsPerInsert = 20000;

QByteArray numbers(const std::vector<CustomerScore>& scores, size_t from, size_t to)
{
    QByteArray literal = "{";
    for (size_t i = from; i < to; ++i)
        literal +=
            (i > from ? "," : "") + QByteArray::number(double(scores[i].probability), 'g', 9);
    return literal + '}';
}

QByteArray flags(const std::vector<CustomerScore>& scores, size_t from, size_t to)
{
    QByteArray literal = "{";
    for (size_t i = from; i < to; ++i)
        literal += QByteArray(i > from ? "," : "") + (scores[i].holdout ? "t" : "f");
    return literal + '}';
}

} // namespace

void writeWarehouseScores(PgConnection& connection, const QString& table,
                          const std::vector<CustomerScore>& scores, qint64 modelId,
                          Feedback* feedback)
{
    const QByteArray name = quotedTableName(connection, table);
    connection.query("BEGIN");
    try {
        connection.query("CREATE TABLE IF NOT EXISTS " + name +
                             " (customer text NOT NULL, probability double precision NOT NULL, "
                             "holdout boolean NOT NULL, reason_1 text, reason_2 text, reason_3 "
                             "text, model bigint NOT NULL, scored_at timestamptz NOT NULL)",
                         {}, feedback);
        connection.query("DELETE FROM " + name, {}, feedback);
        for (size_t from = 0; from < scores.size(); from += RowsPerInsert) {
            const size_t to = std::min(scores.size(), from + RowsPerInsert);
            QStringList customers;
            std::array<QStringList, 3> reasons;
            for (size_t i = from; i < to; ++i) {
                customers.append(scores[i].customerKey);
                for (size_t r = 0; r < reasons.size(); ++r) {
                    reasons[r].append(r < scores[i].reasons.size() ? scores[i].reasons[r].text()
                                                                   : QString());
                }
            }
            // scored_at is the transaction's start: one time for the whole scoring.
            connection.query(
                "INSERT INTO " + name +
                    " (customer, probability, holdout, reason_1, reason_2, reason_3, model, "
                    "scored_at) SELECT c, p, h, NULLIF(r1, ''), NULLIF(r2, ''), NULLIF(r3, ''), "
                    "$7::bigint, now() FROM unnest($1::text[], $2::double precision[], "
                    "$3::boolean[], $4::text[], $5::text[], $6::text[]) AS u(c, p, h, r1, r2, r3)",
                {arrayLiteral(customers), numbers(scores, from, to), flags(scores, from, to),
                 arrayLiteral(reasons[0]), arrayLiteral(reasons[1]), arrayLiteral(reasons[2]),
                 QByteArray::number(modelId)},
                feedback);
        }
        connection.query("COMMIT"); // past the last cancel point: it all lands
    } catch (...) {
        try {
            connection.query("ROLLBACK");
        } catch (...) { // the connection is gone: the server rolls back itself
        }
        throw;
    }
}

} // namespace journeyscope
