#include "core/predict/modelbytes.h"

#include <cstdint>
#include <optional>
#include <QCoreApplication>

namespace journeyscope {

namespace {

// Messages of this file, in the context lupdate files them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(journeyscope::ModelBytes)
};

/// XGBoost's models nest a few levels deep; far more is damage, and would exhaust the stack.
constexpr int MaxDepth = 32;

/// Walks Universal Binary JSON (ubjson.org) as XGBoost writes it, checking sizes only.
class UbjsonWalk
{
public:
    explicit UbjsonWalk(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    QString problem()
    {
        if (m_bytes.isEmpty() || m_bytes.front() != '{')
            return Text::tr("it does not begin as a model");
        if (!value(0))
            return m_problem;
        if (m_position != m_bytes.size())
            return Text::tr("bytes follow the end of the model at byte %1").arg(m_position);
        return {};
    }

private:
    bool fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        return false;
    }

    qint64 remaining() const { return m_bytes.size() - m_position; }

    std::optional<char> next()
    {
        if (remaining() < 1) {
            fail(Text::tr("the model ends early"));
            return std::nullopt;
        }
        return m_bytes.at(m_position++);
    }

    /// The big-endian integer of \a width bytes at the current position.
    std::optional<qint64> integer(int width)
    {
        if (remaining() < width) {
            fail(Text::tr("the model ends early"));
            return std::nullopt;
        }
        quint64 bits = 0;
        for (int i = 0; i < width; ++i)
            bits = (bits << 8) | quint8(m_bytes.at(m_position++));
        switch (width) {
        case 1:
            return qint64(qint8(bits));
        case 2:
            return qint64(qint16(bits));
        case 4:
            return qint64(qint32(bits));
        default:
            return qint64(bits);
        }
    }

    /// Bytes one value of a fixed-size \a type takes, or -1 when it has no fixed size.
    static int fixedSize(char type)
    {
        switch (type) {
        case 'i':
        case 'U':
        case 'C':
            return 1;
        case 'I':
            return 2;
        case 'l':
        case 'd':
            return 4;
        case 'L':
        case 'D':
            return 8;
        case 'T':
        case 'F':
        case 'Z':
        case 'N':
            return 0;
        default:
            return -1;
        }
    }

    /// A length or count: an integer of its own type marker, never negative and never more
    /// than the bytes left could hold at \a bytesEach.
    std::optional<qint64> length(qint64 bytesEach)
    {
        const std::optional<char> type = next();
        if (!type)
            return std::nullopt;
        const int width = *type == 'U' ? 1 : fixedSize(*type);
        if (width <= 0 || *type == 'C' || *type == 'd' || *type == 'D') {
            fail(Text::tr("a length at byte %1 is not an integer").arg(m_position - 1));
            return std::nullopt;
        }
        std::optional<qint64> value = integer(width);
        if (value && *type == 'U')
            value = *value & 0xff;
        if (!value)
            return std::nullopt;
        if (*value < 0 || (bytesEach > 0 && *value > remaining() / bytesEach)) {
            fail(Text::tr("a length at byte %1 (%2) does not fit in the model")
                     .arg(m_position - width)
                     .arg(*value));
            return std::nullopt;
        }
        return value;
    }

    /// Skips a string's bytes, keeping them when a count may follow.
    bool text(QByteArray* out = nullptr)
    {
        const std::optional<qint64> size = length(1);
        if (!size)
            return false;
        if (out)
            *out = m_bytes.mid(m_position, *size);
        m_position += *size;
        return true;
    }

    bool value(int depth, const QByteArray& key = {})
    {
        if (depth > MaxDepth)
            return fail(Text::tr("the model nests deeper than %1 levels").arg(MaxDepth));
        const std::optional<char> type = next();
        if (!type)
            return false;
        switch (*type) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case 'S':
        case 'H': {
            QByteArray content;
            if (!text(&content))
                return false;
            return statedCountFits(key, content);
        }
        default: {
            const int size = fixedSize(*type);
            if (size < 0)
                return fail(Text::tr("an unknown marker at byte %1").arg(m_position - 1));
            if (remaining() < size)
                return fail(Text::tr("the model ends early"));
            m_position += size;
            return true;
        }
        }
    }

    bool object(int depth)
    {
        while (true) {
            if (remaining() < 1)
                return fail(Text::tr("the model ends early"));
            if (m_bytes.at(m_position) == '}') {
                ++m_position;
                return true;
            }
            QByteArray key;
            if (!text(&key) || !value(depth + 1, key))
                return false;
        }
    }

    bool array(int depth)
    {
        if (remaining() < 1)
            return fail(Text::tr("the model ends early"));
        if (m_bytes.at(m_position) == '$') {
            ++m_position;
            const std::optional<char> type = next();
            const std::optional<char> hash = type ? next() : std::nullopt;
            if (!hash)
                return false;
            const int size = fixedSize(*type);
            if (size <= 0 || *hash != '#')
                return fail(Text::tr("a typed array at byte %1 is malformed").arg(m_position - 2));
            const std::optional<qint64> count = length(size);
            if (!count)
                return false;
            m_position += *count * size;
            return true;
        }
        if (m_bytes.at(m_position) == '#') {
            ++m_position;
            const std::optional<qint64> count = length(1); // every value takes a byte or more
            if (!count)
                return false;
            for (qint64 i = 0; i < *count; ++i)
                if (!value(depth + 1))
                    return false;
            return true;
        }
        while (true) {
            if (remaining() < 1)
                return fail(Text::tr("the model ends early"));
            if (m_bytes.at(m_position) == ']') {
                ++m_position;
                return true;
            }
            if (!value(depth + 1))
                return false;
        }
    }

    /// XGBoost keeps counts as text ("num_trees": "35") and sizes arrays by them.
    bool statedCountFits(const QByteArray& key, const QByteArray& content)
    {
        if (!key.startsWith("num_") && !key.startsWith("size_"))
            return true;
        bool isNumber = false;
        const double count = content.toDouble(&isNumber);
        if (isNumber && !(count >= 0 && count < double(m_bytes.size())))
            return fail(Text::tr("it states %1 = %2, more than it holds")
                            .arg(QString::fromUtf8(key), QString::fromUtf8(content)));
        return true;
    }

    const QByteArray& m_bytes;
    qint64 m_position = 0;
    QString m_problem;
};

} // namespace

QString modelBytesProblem(const QByteArray& bytes)
{
    return UbjsonWalk(bytes).problem();
}

} // namespace journeyscope
