#include "CalibrationPage.h"

using namespace Qt::StringLiterals;

namespace hotich::printing {

namespace {

constexpr double kThinMm = 0.12;
constexpr double kArmMm = 10;
constexpr int kSquares = 3;

class PageDrawing
{
public:
    explicit PageDrawing(QSizeF pageMm) : m_page(pageMm) {}

    void line(QPointF from, QPointF to, double width = kThinMm) { lines.append({from, to, width, false}); }

    /// A label in a box kept on the page (a reference point near an edge keeps its label).
    void text(const QString &content, QRectF box, double sizePt, HAlign align = HAlign::Left,
              bool bold = false)
    {
        box.moveLeft(std::clamp(box.left(), 0.0, m_page.width() - box.width()));
        box.moveTop(std::clamp(box.top(), 0.0, m_page.height() - box.height()));
        BoundText t;
        t.field = u"calibrationPage.texts[%1]"_s.arg(texts.size());
        t.text = content;
        t.isField = false;
        t.box.boxMm = box;
        t.box.align = align;
        t.box.fontSizePt = sizePt;
        t.box.minFontSizePt = sizePt; // a long text wraps at its size
        t.box.bold = bold;
        texts.append(t);
    }

    void rulers()
    {
        for (int x = 1; x < m_page.width(); ++x) {
            line({double(x), 0}, {double(x), x % 10 == 0 ? 5.0 : x % 5 == 0 ? 3.5 : 2.0});
            if (x % 10 == 0)
                text(QString::number(x), {x - 4.0, 5.3, 8, 3}, 6, HAlign::Centre);
        }
        for (int y = 1; y < m_page.height(); ++y) {
            line({0, double(y)}, {y % 10 == 0 ? 5.0 : y % 5 == 0 ? 3.5 : 2.0, double(y)});
            if (y % 10 == 0)
                text(QString::number(y), {5.5, y - 1.2, 8, 3}, 6);
        }
    }

    void crosshair(QPointF p, int index)
    {
        line(p - QPointF(kArmMm, 0), p + QPointF(kArmMm, 0));
        line(p - QPointF(0, kArmMm), p + QPointF(0, kArmMm));
        for (int mm = 1; mm <= int(kArmMm); ++mm) {
            const double tick = mm % 5 == 0 ? 1.2 : 0.6;
            for (int sign : {-1, 1}) {
                const double d = sign * mm;
                line(p + QPointF(d, -tick), p + QPointF(d, tick), 0.08);
                line(p + QPointF(-tick, d), p + QPointF(tick, d), 0.08);
            }
        }
        for (int k = 1; k <= kSquares; ++k) {
            const QRectF square(p - QPointF(k, k), QSizeF(2 * k, 2 * k));
            line(square.topLeft(), square.topRight(), 0.08);
            line(square.topRight(), square.bottomRight(), 0.08);
            line(square.bottomRight(), square.bottomLeft(), 0.08);
            line(square.bottomLeft(), square.topLeft(), 0.08);
            text(QString::number(k), {square.right() + 0.2, square.top() - 1.9, 2, 1.8}, 4.5);
        }
        text(u"%1: (%2; %3) mm"_s.arg(index).arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1),
             {p.x() - 15, p.y() + kArmMm + 0.5, 30, 3.2}, 7, HAlign::Centre);
    }

    QList<StaticLine> lines;
    QList<BoundText> texts;

private:
    QSizeF m_page;
};

} // namespace

Result<FittedForm> CalibrationPage::build(const FormTemplate &form, const BundledFont &font)
{
    const QSizeF page = form.paper.pageSizeMm();
    PageDrawing drawing(page);
    drawing.rulers();
    drawing.text(u"Trang hiệu chỉnh — %1 (%2)"_s.arg(form.title, form.id),
                 {30, page.height() * 0.4, page.width() - 60, 6}, 11, HAlign::Left, true);
    drawing.text(
        u"In trên giấy trắng cùng khổ, đặt lên phôi thật và soi đèn. Ở mỗi dấu chữ thập, đọc trên các "
        u"vạch milimét độ lệch ngang và dọc của điểm tương ứng trên phôi (ô số 1, 2, 3 cách tâm 1, 2, 3 "
        u"mm), rồi chạy hotich-admin calibration set … --offset-x MM --offset-y MM."_s,
        {30, page.height() * 0.4 + 6.5, page.width() - 60, 12}, 8);
    for (qsizetype i = 0; i < form.referencePointsMm.size(); ++i)
        drawing.crosshair(form.referencePointsMm[i], int(i + 1));

    FormTemplate sheet;
    sheet.id = form.id;
    sheet.title = u"Trang hiệu chỉnh — "_s + form.title;
    sheet.mode = FormMode::Plain;
    sheet.paper = form.paper;
    sheet.printed.lines = drawing.lines;
    return FittedForm::fit(sheet, drawing.texts, font);
}

} // namespace hotich::printing
