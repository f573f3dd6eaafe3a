#include "core/base/error.h"

namespace journeyscope {

QString Location::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

Error::Error(Location location, QString message)
    : m_location(std::move(location))
    , m_message(std::move(message))
    , m_what(toString().toUtf8())
{}

Error::Error(QString message)
    : Error(Location{}, std::move(message))
{}

QString Error::toString() const
{
    const QString where = m_location.toString();
    return where.isEmpty() ? m_message : where + QStringLiteral(": ") + m_message;
}

const char* Error::what() const noexcept
{
    return m_what.constData();
}

Canceled::Canceled()
    : Error(QCoreApplication::translate("journeyscope::Error", "canceled"))
{}

QString Issue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace journeyscope
