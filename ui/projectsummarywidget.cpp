#include "ui/projectsummarywidget.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace journeyscope {

namespace {

/// Minutes are enough on screen, and the zone is said: stored times are UTC.
QString displayTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

} // namespace

ProjectSummaryWidget::ProjectSummaryWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_sources(new QTreeWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);

    auto* form = new QFormLayout(m_figures);
    form->setLabelAlignment(Qt::AlignRight);
    addFigure(QStringLiteral("events"), tr("Events"));
    addFigure(QStringLiteral("customers"), tr("Customers"));
    addFigure(QStringLiteral("sessions"), tr("Sessions"));
    addFigure(QStringLiteral("touchpoints"), tr("Touchpoints"));
    addFigure(QStringLiteral("channels"), tr("Channels"));
    addFigure(QStringLiteral("first"), tr("First event"));
    addFigure(QStringLiteral("last"), tr("Last event"));

    m_sources->setRootIsDecorated(false);
    m_sources->setHeaderLabels(
        {tr("Source"), tr("Rows"), tr("Imported"), tr("Skipped"), tr("Imported on")});
    m_sources->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_figures);
    layout->addWidget(m_sources, 1);
    showMessage(tr("Open a project (*.journey) with File > Open."));
}

QLabel* ProjectSummaryWidget::addFigure(const QString& key, const QString& label)
{
    auto* value = new QLabel(m_figures);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(label);
    static_cast<QFormLayout*>(m_figures->layout())->addRow(label + QLatin1Char(':'), value);
    m_figureLabels.append({key, value});
    return value;
}

void ProjectSummaryWidget::showSummary(const QString& projectPath, const ProjectSummary& summary)
{
    const QLocale locale;
    const auto setFigure = [this](const QString& key, const QString& text) {
        for (const auto& [name, label] : std::as_const(m_figureLabels)) {
            if (name == key)
                label->setText(text);
        }
    };
    m_title->setText(QFileInfo(projectPath).fileName());
    setFigure(QStringLiteral("events"), locale.toString(summary.events));
    setFigure(QStringLiteral("customers"), locale.toString(summary.customers));
    setFigure(QStringLiteral("sessions"), locale.toString(summary.sessions));
    setFigure(QStringLiteral("touchpoints"), locale.toString(summary.touchpoints));
    setFigure(QStringLiteral("channels"), locale.toString(summary.channels));
    setFigure(QStringLiteral("first"),
              summary.firstMs ? displayTime(*summary.firstMs) : tr("none"));
    setFigure(QStringLiteral("last"), summary.lastMs ? displayTime(*summary.lastMs) : tr("none"));

    m_sources->clear();
    for (const SourceSummary& source : summary.sources) {
        auto* item = new QTreeWidgetItem(
            m_sources, {source.name, locale.toString(source.rows), locale.toString(source.imported),
                        locale.toString(source.skipped), displayTime(source.importedAtMs)});
        item->setToolTip(0, source.path);
        for (int column = 1; column <= 3; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 1; column < m_sources->columnCount(); ++column)
        m_sources->resizeColumnToContents(column);

    m_message->hide();
    m_figures->show();
    m_sources->show();
}

void ProjectSummaryWidget::showMessage(const QString& message)
{
    m_title->clear();
    m_message->setText(message);
    m_message->show();
    m_figures->hide();
    m_sources->hide();
}

QString ProjectSummaryWidget::figureText(const QString& figure) const
{
    for (const auto& [name, label] : m_figureLabels) {
        if (name == figure)
            return label->text();
    }
    return {};
}

} // namespace journeyscope
