#include "app/cli/modelchoice.h"

#include "core/base/error.h"

#include <QCoreApplication>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::model)
};

} // namespace

void addModelOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("model"),
                      Text::tr("The stored model to use (see models); default: the newest."),
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
                        Text::tr("no model \"%1\" in the project (see models)")
                            .arg(parser.value(QStringLiteral("model"))));
        }
        return std::move(*model);
    }
    if (const auto newest =
            StoredModel::newest(db, {QStringLiteral("dropoff"), QStringLiteral("label")}))
        return *StoredModel::load(db, newest->id);
    throw Error(
        Text::tr("no model yet: train PROJECT [--goal TOUCHPOINT | --label COLUMN] trains one"));
}

} // namespace journeyscope::cli
