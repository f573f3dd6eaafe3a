#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace journeyscope {

/**
 * One user setting, declared where it is used: `static const Preference<QString>
 * theme{"appearance/theme", "system"};`. Reads and writes QSettings each time, so every
 * window sees a change at once.
 */
template <typename T> class Preference
{
public:
    Preference(const char* key, T fallback)
        : m_key(QString::fromLatin1(key))
        , m_fallback(std::move(fallback))
    {}

    T get() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_fallback)).template value<T>();
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

} // namespace journeyscope
