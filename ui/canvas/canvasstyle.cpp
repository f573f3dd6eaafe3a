#include "ui/canvas/canvasstyle.h"

#include <algorithm>
#include <array>
#include <QHash>

namespace journeyscope {

namespace {

/// Okabe & Ito (2008), without black: distinguishable with every common colour-vision
/// deficiency.
constexpr std::array<QRgb, 7> Palette = {0x0072B2, 0x009E73, 0xE69F00, 0xCC79A7,
                                         0xD55E00, 0x56B4E9, 0xF0E442};

CanvasStyle common()
{
    CanvasStyle style;
    QFont base(QStringLiteral("DejaVu Sans"));
    // No ligatures: "fi" drawn as one glyph is not found when a PDF is searched for "filter".
    base.setStyleStrategy(QFont::PreferNoShaping);
    style.title = base;
    style.title.setPointSizeF(22);
    style.title.setBold(true);
    style.label = base;
    style.label.setPointSizeF(13);
    style.small = base;
    style.small.setPointSizeF(10.5);
    return style;
}

} // namespace

CanvasStyle CanvasStyle::light()
{
    CanvasStyle style = common();
    style.background = QColor(0xFFFFFF);
    style.surface = QColor(0xF4F6F8);
    style.text = QColor(0x1B1F24);
    style.mutedText = QColor(0x57606A);
    style.line = QColor(0x8C959F);
    style.accent = QColor(0x0072B2);
    return style;
}

CanvasStyle CanvasStyle::darkTheme()
{
    CanvasStyle style = common();
    style.dark = true;
    style.background = QColor(0x16191D);
    style.surface = QColor(0x262B31);
    style.text = QColor(0xECEFF2);
    style.mutedText = QColor(0xA6AFB9);
    style.line = QColor(0x7D8590);
    style.accent = QColor(0x56B4E9);
    return style;
}

QColor CanvasStyle::channelColor(const QString& channel) const
{
    static const QHash<QString, int> known = {
        {QStringLiteral("web"), 0},         {QStringLiteral("app"), 1},
        {QStringLiteral("email"), 2},       {QStringLiteral("social"), 3},
        {QStringLiteral("call centre"), 4}, {QStringLiteral("call center"), 4},
        {QStringLiteral("phone"), 4},       {QStringLiteral("store"), 5},
    };
    if (channel.isEmpty())
        return line;
    const QString key = channel.toLower();
    const int index = known.contains(key) ? known.value(key) : int(qHash(key, 0) % Palette.size());
    return QColor(Palette[size_t(index)]);
}

QColor CanvasStyle::heat(double share) const
{
    // Light yellow to deep blue-purple through orange-free steps (a viridis-like ramp
    // reversed): monotone in lightness, so it also reads in grey.
    static constexpr std::array<QRgb, 6> Ramp = {0xFDE725, 0x7AD151, 0x22A884,
                                                 0x2A788E, 0x414487, 0x440154};
    share = std::clamp(share, 0.0, 1.0) * double(Ramp.size() - 1);
    const auto low = size_t(share);
    const size_t high = std::min(low + 1, Ramp.size() - 1);
    const double t = share - double(low);
    const QColor a(Ramp[low]), b(Ramp[high]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor CanvasStyle::textOn(const QColor& fill) const
{
    // Relative luminance (sRGB, roughly): dark text on light fills.
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x1B1F24) : QColor(0xFFFFFF);
}

} // namespace journeyscope
