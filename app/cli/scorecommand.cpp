#include "app/cli/analysisoptions.h"
#include "app/cli/clicommand.h"
#include "app/cli/modelchoice.h"
#include "core/base/csvtext.h"
#include "core/predict/customerscores.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace journeyscope::cli {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::cli::score)
};

double holdoutOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const double share = parser.value(QStringLiteral("holdout")).toDouble(&ok);
    if (!ok || share < 0 || share > 0.5) {
        throw Error(Location(QStringLiteral("--holdout")),
                    Text::tr("expected a share between 0 and 0.5, found \"%1\"")
                        .arg(parser.value(QStringLiteral("holdout"))));
    }
    return share;
}

qsizetype topOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const qsizetype top = parser.value(QStringLiteral("top")).toLongLong(&ok);
    if (!ok || top < 1) {
        throw Error(Location(QStringLiteral("--top")),
                    Text::tr("expected a whole number above 0, found \"%1\"")
                        .arg(parser.value(QStringLiteral("top"))));
    }
    return top;
}

/// The highest-risk customers for a CRM campaign: one row each, the hold-out flagged.
void writeAtRisk(const QString& path, const std::vector<CustomerScore>& scores, qsizetype top,
                 qint64 modelId)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(Location(path), Text::tr("cannot write: %1").arg(out.errorString()));
    }
    QString text =
        csvRow({QStringLiteral("rank"), QStringLiteral("customer"), QStringLiteral("probability"),
                QStringLiteral("holdout"), QStringLiteral("reason_1"), QStringLiteral("reason_2"),
                QStringLiteral("reason_3"), QStringLiteral("model")});
    for (size_t i = 0; i < scores.size() && qsizetype(i) < top; ++i) {
        const CustomerScore& score = scores[i];
        QStringList row{QString::number(i + 1), score.customerKey,
                        QString::number(score.probability, 'f', 4),
                        score.holdout ? QStringLiteral("1") : QStringLiteral("0")};
        for (size_t r = 0; r < 3; ++r)
            row.append(r < score.reasons.size() ? score.reasons[r].text() : QString());
        row.append(QString::number(modelId));
        text += csvRow(row);
    }
    out.write(text.toUtf8());
    if (!out.commit())
        throw Error(Location(path), Text::tr("cannot write: %1").arg(out.errorString()));
}

} // namespace

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Scores customers with a stored model (drop-off: the journeys still in flight; "
                 "label: every customer), stores the scores with the model's id, and writes the "
                 "highest-risk customers with their three strongest reasons and a hold-out flag "
                 "(a fixed share of customers, by a hash of their id, kept out of a campaign to "
                 "measure its lift)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Text::tr("The project file (*.journey)."));
    addModelOption(parser);
    parser.addOption({QStringLiteral("out"),
                      Text::tr("Write the highest-risk customers to this CSV file."),
                      QStringLiteral("FILE.csv")});
    parser.addOption({QStringLiteral("top"),
                      Text::tr("How many customers the CSV file lists (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("at"),
         Text::tr("Drop-off models: score the journeys in flight at this date, from the "
                  "events before it (default: the end of the data)."),
         QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("holdout"),
                      Text::tr("Share of customers in the hold-out control group (default 0.1)."),
                      QStringLiteral("SHARE"), QStringLiteral("0.1")});
    if (const int exit = parseArguments(parser, arguments, QStringLiteral("score"), 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().at(1);
    try {
        ScoreOptions options;
        options.holdoutShare = holdoutOption(parser);
        const qsizetype top = topOption(parser);
        options.explained = parser.isSet(QStringLiteral("out")) ? top : 0;
        if (parser.isSet(QStringLiteral("at")))
            options.atMs = dateOption(parser, QStringLiteral("at"));

        StoredModel model;
        std::vector<CustomerScore> scores;
        {
            const auto project = Project::openForReading(path);
            model = chosenModel(project->database(), parser);
            std::optional<EventLog> log;
            if (model.kind == QLatin1String("dropoff"))
                log = loadEventLog(path);
            scores = scoreCustomers(project->database(), log ? &*log : nullptr, model, options);
        }
        {
            auto project = Project::open(path, Project::Access::ReadWrite);
            Transaction transaction(project->database());
            storeScores(project->database(), model.id, scores);
            transaction.commit();
        }
        if (parser.isSet(QStringLiteral("out")))
            writeAtRisk(parser.value(QStringLiteral("out")), scores, top, model.id);

        const auto holdout = std::count_if(scores.begin(), scores.end(),
                                           [](const CustomerScore& s) { return s.holdout; });
        const qsizetype written =
            parser.isSet(QStringLiteral("out")) ? std::min(top, qsizetype(scores.size())) : 0;
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("scored"), qint64(scores.size())},
                       {QStringLiteral("model"), model.id},
                       {QStringLiteral("kind"), model.kind},
                       {QStringLiteral("holdout"), qint64(holdout)},
                       {QStringLiteral("written"), qint64(written)}});
        } else {
            print(Text::tr("scored %L1 customers with %2; %L3 in the hold-out group")
                      .arg(scores.size())
                      .arg(model.title())
                      .arg(holdout));
            if (!scores.empty()) {
                print(Text::tr("highest: %1 at %2 %")
                          .arg(scores.front().customerKey)
                          .arg(scores.front().probability * 100, 0, 'f', 1));
            }
            if (written > 0) {
                print(Text::tr("the %L1 highest written to %2")
                          .arg(written)
                          .arg(parser.value(QStringLiteral("out"))));
            }
        }
        return Success;
    } catch (const Error& error) {
        printError(error.toString());
        return Failure;
    }
}

} // namespace journeyscope::cli
