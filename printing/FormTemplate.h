#pragma once

#include "model/EventKind.h"

#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>

#include <optional>

namespace hotich::printing {

/// Whether the office prints the whole document or only the values onto the Ministry's blank form
/// (phôi, pre-printed and serial-numbered).
enum class FormMode
{
    Preprinted, ///< values only; the blank form's own printing is drawn in preview, never printed
    Plain,      ///< heading, labels, lines and values on white paper
};

enum class HAlign
{
    Left,
    Centre,
    Right,
};

/// What a text does when it does not fit its box at its font size.
enum class FitMode
{
    Shrink,         ///< smaller, down to the minimum size, on one line
    ShrinkThenWrap, ///< smaller down to the minimum size, then onto more lines at that size
};

/// A rectangle of text on the paper. The box's top edge is where the first line's ascent starts;
/// the line begins at the left edge, is centred or ends at the right edge (its anchor).
struct TextBox
{
    QRectF boxMm; ///< millimetres from the paper's top-left corner
    HAlign align = HAlign::Left;
    double fontSizePt = 12;
    double minFontSizePt = 12;
    bool bold = false;
    bool italic = false;
    FitMode fit = FitMode::ShrinkThenWrap;

    /// The point the first line is placed against: top-left, top-centre or top-right of the box.
    QPointF anchorMm() const;
};

/// A value of the record printed in a box: either one value ("subject.name") or a text with
/// values in braces ("Số: {number}/GKS-BS").
struct FieldSpec
{
    QString name; ///< unique in the template; errors and calibration nudges name it
    QString value;
    QString text;
    TextBox box;

    /// The value names the field reads, in order.
    QStringList valueNames() const;
    /// A value name in braces within `text`; the name is the first capture.
    static const QRegularExpression &placeholder();
};

/// A text that is part of the form itself (a heading, a label).
struct StaticText
{
    QString text;
    TextBox box;
};

struct StaticLine
{
    QPointF fromMm;
    QPointF toMm;
    double widthMm = 0.2;
    bool dotted = false;
};

/// Labels and lines: printed with the values on a plain form, or the drawing of a blank form's own
/// printing, shown in preview only.
struct FormDrawing
{
    QList<StaticText> texts;
    QList<StaticLine> lines;

    bool isEmpty() const { return texts.isEmpty() && lines.isEmpty(); }
};

/// The paper: its size as a portrait sheet and the orientation the form is printed in.
struct PaperSpec
{
    QString name = QStringLiteral("A4"); ///< "A4", "A5", "A3" or "custom"
    QSizeF portraitSizeMm{210, 297};
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    /// The size of the page as the form is drawn on it (landscape swaps width and height).
    QSizeF pageSizeMm() const;
    /// The page layout printers and PDF writers get: this size and orientation, zero margins,
    /// full-page mode.
    QPageLayout pageLayout() const;
};

/// A register-book page (sổ): the template's own fields and drawing make the page around the
/// entries, each entry is drawn with entry 0's fields and lines moved down by its slot × the pitch,
/// and the closing page has its own fields and drawing.
struct BookLayout
{
    int entriesPerPage = 1;
    double entryPitchMm = 0;
    QList<FieldSpec> entryFields;
    QList<StaticLine> entryLines;
    QList<FieldSpec> closingFields;
    FormDrawing closingPrinted;
};

/// One edition of one form (mẫu giấy tờ hộ tịch), as loaded from resources/forms/<id>.json.
struct FormTemplate
{
    QString id;
    QString edition;
    QString title;
    EventKind kind = EventKind::Birth;
    /// For a copy (extractCopy) or an amendment: the kind of the record it copies or amends, when
    /// the form is for one kind only (the birth certificate copy).
    std::optional<EventKind> relatedKind;
    FormMode mode = FormMode::Plain;
    PaperSpec paper;
    QList<FieldSpec> fields;
    FormDrawing printed;              ///< plain forms: printed with the values
    FormDrawing blankForm;            ///< preprinted forms: preview only
    QList<QPointF> referencePointsMm; ///< calibration crosshairs
    std::optional<BookLayout> book;   ///< a register-book page: printed by `book print`, never for one record
    QString sourceFile;

    const FieldSpec *field(const QString &name) const;
};

} // namespace hotich::printing
