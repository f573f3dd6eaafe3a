#include "app/cli/modelchoice.h"

#include "core/base/error.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("journeyscope::cli::model", text);
}

} // namespace

void addModelOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("model"),
                      tr("The stored model to use (see models); default: the newest."),
                      QStringLiteral("ID")});
}

StoredModel chosenModel(const Database& db, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("model"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("model")).toLongLong(&ok);
        std::optional<StoredModel> model = ok ? StoredModel::load(db, id) : std::nullopt;
        if (!model) {
            throw Error(Location(QStringLiteral("--model")),
                        tr("no model \"%1\" in the project (see models)")
                            .arg(parser.value(QStringLiteral("model"))));
        }
        return std::move(*model);
    }
    if (const auto newest =
            StoredModel::newest(db, {QStringLiteral("dropoff"), QStringLiteral("label")}))
        return *StoredModel::load(db, newest->id);
    throw Error(tr("no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one"));
}

} // namespace journeyscope::cli
