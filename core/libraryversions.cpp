#include "core/libraryversions.h"

#include "core/layout/graphvizcontext.h"

#include <sqlite3.h>
#include <xgboost/c_api.h>

namespace journeyscope {

QString libraryVersions()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("Qt %1, SQLite %2, Graphviz %3, XGBoost %4.%5.%6")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()),
             graphvizVersion())
        .arg(major)
        .arg(minor)
        .arg(patch);
}

} // namespace journeyscope
