#include "core/store/people.h"

#include "core/store/database.h"

namespace journeyscope::people {

qint64 count(const Database& db)
{
    return db.queryInt("SELECT count(*) FROM customers WHERE merged_into IS NULL").value_or(0);
}

std::unordered_set<qint64> withoutConsent(const Database& db)
{
    Statement select = db.prepare(
        "SELECT person FROM ("
        "  SELECT coalesce(c.merged_into, c.id) AS person, s.granted, row_number() OVER ("
        "    PARTITION BY coalesce(c.merged_into, c.id)"
        "    ORDER BY coalesce(s.ts, src.imported_at) DESC, s.id DESC) AS latest"
        "  FROM consent s JOIN customers c ON c.id = s.customer_id"
        "  JOIN sources src ON src.id = s.source_id)"
        " WHERE latest = 1 AND granted = 0");
    std::unordered_set<qint64> excluded;
    while (select.step())
        excluded.insert(select.columnInt(0));
    return excluded;
}

} // namespace journeyscope::people
