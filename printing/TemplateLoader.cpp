#include "TemplateLoader.h"

#include "BookValues.h"
#include "RecordValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

constexpr int kFormat = 1;
constexpr double kMinFontPt = 4;
constexpr double kMaxFontPt = 72;

/// Walks one template document; the first problem found stops the walk and becomes the error.
class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    std::optional<Error> error;

    void fail(const QString &path, const QString &code, const QString &vi, const QString &en)
    {
        if (error)
            return;
        const QString where = path.isEmpty() ? m_file : m_file + u": "_s + path;
        error = Error::invalid(u"template."_s + code, path, where + u": "_s + vi, where + u": "_s + en);
    }

    /// Members other than `allowed` are errors: a typo must never silently drop a setting.
    void onlyMembers(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(join(path, it.key()), u"unknownMember"_s, u"thành phần không được biết"_s,
                     u"unknown member"_s);
            }
        }
    }

    static QString join(const QString &path, const QString &member)
    {
        return path.isEmpty() ? member : path + u'.' + member;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), u"missing"_s, u"thiếu thành phần bắt buộc"_s,
                     u"required member missing"_s);
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(join(path, key), u"notText"_s, u"phải là một chuỗi không rỗng"_s,
                 u"must be non-empty text"_s);
            return {};
        }
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, double fallback, double min,
                  double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max) {
            fail(join(path, key), u"badNumber"_s, u"phải là một số từ %1 đến %2"_s.arg(min).arg(max),
                 u"must be a number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            fail(join(path, key), u"notBoolean"_s, u"phải là true hoặc false"_s, u"must be true or false"_s);
        return v.toBool(false);
    }

    QPointF point(const QJsonValue &v, const QString &path)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble()) {
            fail(path, u"badPoint"_s, u"phải là [x, y] tính bằng mm"_s, u"must be [x, y] in mm"_s);
            return {};
        }
        const QPointF p(a[0].toDouble(), a[1].toDouble());
        if (!onPaper(QRectF(p, QSizeF(0, 0))))
            fail(path, u"offPaper"_s, u"điểm nằm ngoài khổ giấy"_s, u"the point lies off the paper"_s);
        return p;
    }

    QRectF box(const QJsonValue &v, const QString &path)
    {
        const QJsonArray a = v.toArray();
        bool numbers = v.isArray() && a.size() == 4;
        for (const QJsonValue &n : a)
            numbers = numbers && n.isDouble();
        if (!numbers) {
            fail(path, u"badBox"_s, u"phải là [x, y, rộng, cao] tính bằng mm"_s,
                 u"must be [x, y, width, height] in mm"_s);
            return {};
        }
        const QRectF r(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
        if (r.width() <= 0 || r.height() <= 0)
            fail(path, u"emptyBox"_s, u"chiều rộng và chiều cao phải lớn hơn 0"_s,
                 u"width and height must be above 0"_s);
        else if (!onPaper(r))
            fail(path, u"offPaper"_s,
                 u"ô nằm ngoài khổ giấy (%1 × %2 mm)"_s.arg(m_page.width()).arg(m_page.height()),
                 u"the box lies off the paper (%1 × %2 mm)"_s.arg(m_page.width()).arg(m_page.height()));
        return r;
    }

    TextBox textBox(const QJsonObject &o, const QString &path, const TextBox &defaults)
    {
        TextBox t = defaults;
        t.boxMm = box(o.value(u"box"_s), join(path, u"box"_s));
        const QString align = o.value(u"align"_s).toString(u"left"_s);
        if (align == u"left")
            t.align = HAlign::Left;
        else if (align == u"centre" || align == u"center")
            t.align = HAlign::Centre;
        else if (align == u"right")
            t.align = HAlign::Right;
        else
            fail(join(path, u"align"_s), u"badAlign"_s, u"phải là left, centre hoặc right"_s,
                 u"must be left, centre or right"_s);
        t.fontSizePt = number(o, path, u"fontSize"_s, defaults.fontSizePt, kMinFontPt, kMaxFontPt);
        const double minDefault = o.contains(u"fontSize"_s) ? std::min(defaults.minFontSizePt, t.fontSizePt)
                                                            : defaults.minFontSizePt;
        t.minFontSizePt = number(o, path, u"minFontSize"_s, minDefault, kMinFontPt, kMaxFontPt);
        if (t.minFontSizePt > t.fontSizePt) {
            fail(join(path, u"minFontSize"_s), u"minAboveSize"_s, u"cỡ chữ tối thiểu lớn hơn cỡ chữ"_s,
                 u"the minimum font size is above the font size"_s);
        }
        t.bold = o.contains(u"bold"_s) ? boolean(o, path, u"bold"_s) : defaults.bold;
        t.italic = o.contains(u"italic"_s) ? boolean(o, path, u"italic"_s) : defaults.italic;
        const QString fit = o.value(u"fit"_s).toString(u"shrinkThenWrap"_s);
        if (fit == u"shrink")
            t.fit = FitMode::Shrink;
        else if (fit == u"shrinkThenWrap")
            t.fit = FitMode::ShrinkThenWrap;
        else
            fail(join(path, u"fit"_s), u"badFit"_s, u"phải là shrink hoặc shrinkThenWrap"_s,
                 u"must be shrink or shrinkThenWrap"_s);
        return t;
    }

    void paper(const QJsonValue &v, PaperSpec &paper)
    {
        if (v.isUndefined()) {
            m_page = paper.pageSizeMm();
            return;
        }
        if (!v.isObject()) {
            fail(u"paper"_s, u"notObject"_s, u"phải là một đối tượng"_s, u"must be an object"_s);
            return;
        }
        const QJsonObject o = v.toObject();
        onlyMembers(o, u"paper"_s, {u"size"_s, u"widthMm"_s, u"heightMm"_s, u"orientation"_s});
        const QString size = o.value(u"size"_s).toString(u"A4"_s);
        static const QHash<QString, QSizeF> sizes = {
            {u"A3"_s, {297, 420}}, {u"A4"_s, {210, 297}}, {u"A5"_s, {148, 210}}};
        if (size == u"custom") {
            paper.name = size;
            paper.portraitSizeMm = {number(o, u"paper"_s, u"widthMm"_s, 0, 50, 600),
                                    number(o, u"paper"_s, u"heightMm"_s, 0, 50, 600)};
            if (paper.portraitSizeMm.width() <= 0 || paper.portraitSizeMm.height() <= 0)
                fail(u"paper"_s, u"customSize"_s, u"khổ custom cần widthMm và heightMm"_s,
                     u"a custom size needs widthMm and heightMm"_s);
        } else if (sizes.contains(size)) {
            paper.name = size;
            paper.portraitSizeMm = sizes.value(size);
            if (o.contains(u"widthMm"_s) || o.contains(u"heightMm"_s))
                fail(u"paper"_s, u"sizeAndDimensions"_s, u"widthMm/heightMm chỉ dùng với size \"custom\""_s,
                     u"widthMm/heightMm go with size \"custom\" only"_s);
        } else {
            fail(u"paper.size"_s, u"badSize"_s, u"phải là A3, A4, A5 hoặc custom"_s,
                 u"must be A3, A4, A5 or custom"_s);
        }
        const QString orientation = o.value(u"orientation"_s).toString(u"portrait"_s);
        if (orientation == u"landscape")
            paper.orientation = QPageLayout::Landscape;
        else if (orientation != u"portrait")
            fail(u"paper.orientation"_s, u"badOrientation"_s, u"phải là portrait hoặc landscape"_s,
                 u"must be portrait or landscape"_s);
        m_page = paper.pageSizeMm();
    }

    FormDrawing drawing(const QJsonValue &v, const QString &path, const TextBox &defaults)
    {
        FormDrawing d;
        if (!v.isObject()) {
            fail(path, u"notObject"_s, u"phải là một đối tượng"_s, u"must be an object"_s);
            return d;
        }
        const QJsonObject o = v.toObject();
        onlyMembers(o, path, {u"texts"_s, u"lines"_s});
        const QJsonArray texts = o.value(u"texts"_s).toArray();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString p = u"%1.texts[%2]"_s.arg(path).arg(i);
            const QJsonObject t = texts[i].toObject();
            onlyMembers(t, p,
                        {u"text"_s, u"box"_s, u"align"_s, u"fontSize"_s, u"minFontSize"_s, u"bold"_s,
                         u"italic"_s, u"fit"_s});
            d.texts.append({string(t, p, u"text"_s, true), textBox(t, p, defaults)});
        }
        const QJsonArray lines = o.value(u"lines"_s).toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString p = u"%1.lines[%2]"_s.arg(path).arg(i);
            const QJsonObject l = lines[i].toObject();
            onlyMembers(l, p, {u"from"_s, u"to"_s, u"width"_s, u"style"_s});
            StaticLine line;
            line.fromMm = point(l.value(u"from"_s), join(p, u"from"_s));
            line.toMm = point(l.value(u"to"_s), join(p, u"to"_s));
            line.widthMm = number(l, p, u"width"_s, 0.2, 0.05, 3);
            const QString style = l.value(u"style"_s).toString(u"solid"_s);
            line.dotted = style == u"dotted";
            if (style != u"solid" && style != u"dotted")
                fail(join(p, u"style"_s), u"badStyle"_s, u"phải là solid hoặc dotted"_s,
                     u"must be solid or dotted"_s);
            d.lines.append(line);
        }
        return d;
    }

    /// Which values a field may name: a record's for a form, a book part's for a book page.
    using KnownValue = std::function<bool(const QString &)>;

    FieldSpec field(const QJsonObject &o, const QString &path, const TextBox &defaults,
                    const FormTemplate &form, const KnownValue &knownValue)
    {
        onlyMembers(o, path,
                    {u"name"_s, u"value"_s, u"text"_s, u"box"_s, u"align"_s, u"fontSize"_s, u"minFontSize"_s,
                     u"bold"_s, u"italic"_s, u"fit"_s});
        FieldSpec f;
        f.name = string(o, path, u"name"_s, true);
        f.value = string(o, path, u"value"_s, false);
        f.text = string(o, path, u"text"_s, false);
        if (f.value.isEmpty() == f.text.isEmpty()) {
            fail(path, u"valueOrText"_s, u"cần đúng một trong hai: value hoặc text"_s,
                 u"needs exactly one of value or text"_s);
        }
        f.box = textBox(o, path, defaults);
        for (const QString &name : f.valueNames()) {
            if (!knownValue(name)) {
                fail(join(path, f.value.isEmpty() ? u"text"_s : u"value"_s), u"unknownValue"_s,
                     u"hồ sơ %1 không có giá trị \"%2\""_s.arg(kindNameVi(form.kind), name),
                     u"a %1 record has no value \"%2\""_s.arg(kindCode(form.kind), name));
            }
        }
        return f;
    }

    EventKind kind(const QJsonObject &o, const QString &key)
    {
        const auto k = parseKindCode(o.value(key).toString());
        if (!k)
            fail(key, u"badKind"_s, u"không phải loại việc hộ tịch"_s, u"not a kind of event"_s);
        return k.value_or(EventKind::Birth);
    }

    FormTemplate read(const QJsonObject &root)
    {
        FormTemplate form;
        onlyMembers(root, {},
                    {u"format"_s, u"id"_s, u"edition"_s, u"title"_s, u"kind"_s, u"relatedKind"_s, u"mode"_s,
                     u"paper"_s, u"defaults"_s, u"referencePoints"_s, u"fields"_s, u"printed"_s,
                     u"blankForm"_s, u"book"_s});
        if (root.value(u"format"_s).toInt(-1) != kFormat)
            fail(u"format"_s, u"badFormat"_s, u"phải là %1"_s.arg(kFormat), u"must be %1"_s.arg(kFormat));
        form.id = string(root, {}, u"id"_s, true);
        form.edition = string(root, {}, u"edition"_s, true);
        form.title = string(root, {}, u"title"_s, true);
        form.kind = kind(root, u"kind"_s);
        if (root.contains(u"relatedKind"_s))
            form.relatedKind = kind(root, u"relatedKind"_s);
        const QString mode = string(root, {}, u"mode"_s, true);
        if (mode == u"preprinted")
            form.mode = FormMode::Preprinted;
        else if (mode == u"plain")
            form.mode = FormMode::Plain;
        else
            fail(u"mode"_s, u"badMode"_s, u"phải là preprinted hoặc plain"_s,
                 u"must be preprinted or plain"_s);
        paper(root.value(u"paper"_s), form.paper);

        TextBox defaults;
        const QJsonObject d = root.value(u"defaults"_s).toObject();
        onlyMembers(d, u"defaults"_s, {u"fontSize"_s, u"minFontSize"_s});
        defaults.fontSizePt = number(d, u"defaults"_s, u"fontSize"_s, 12, kMinFontPt, kMaxFontPt);
        defaults.minFontSizePt = number(d, u"defaults"_s, u"minFontSize"_s,
                                        std::min(9.0, defaults.fontSizePt), kMinFontPt, defaults.fontSizePt);

        const QJsonArray points = root.value(u"referencePoints"_s).toArray();
        for (qsizetype i = 0; i < points.size(); ++i)
            form.referencePointsMm.append(point(points[i], u"referencePoints[%1]"_s.arg(i)));

        const bool isBook = root.contains(u"book"_s);
        form.fields = fieldList(root, {}, defaults, form,
                                known(form, isBook ? std::optional(BookPart::Page) : std::nullopt));

        // A preprinted form's labels are on the paper already; a plain form has no blank to preview.
        if (form.mode == FormMode::Plain && root.contains(u"blankForm"_s))
            fail(u"blankForm"_s, u"blankOnPlain"_s, u"mẫu in trên giấy trắng không có phôi"_s,
                 u"a plain form has no blank form"_s);
        if (form.mode == FormMode::Preprinted && root.contains(u"printed"_s))
            fail(u"printed"_s, u"printedOnPreprinted"_s, u"mẫu in trên phôi chỉ in giá trị; dùng blankForm"_s,
                 u"a preprinted form prints values only; use blankForm"_s);
        if (root.contains(u"printed"_s))
            form.printed = drawing(root.value(u"printed"_s), u"printed"_s, defaults);
        if (root.contains(u"blankForm"_s))
            form.blankForm = drawing(root.value(u"blankForm"_s), u"blankForm"_s, defaults);
        if (isBook)
            form.book = book(root.value(u"book"_s), form, defaults);
        return form;
    }

    /// The value names of a form's fields: a record's of its kind, or those of a book's part.
    static KnownValue known(const FormTemplate &form, std::optional<BookPart> part)
    {
        if (part) {
            return [kind = form.kind, part = *part](const QString &name) {
                return isKnownBookValue(kind, part, name);
            };
        }
        return [kind = form.kind, related = form.relatedKind](const QString &name) {
            return isKnownValueName(kind, related, name);
        };
    }

    /// The "fields" member of `o` (the template, a book's entry or closing page): at least one, each
    /// name once.
    QList<FieldSpec> fieldList(const QJsonObject &o, const QString &path, const TextBox &defaults,
                               const FormTemplate &form, const KnownValue &knownValue)
    {
        QList<FieldSpec> out;
        const QString fieldsPath = join(path, u"fields"_s);
        const QJsonValue fields = o.value(u"fields"_s);
        if (!fields.isArray() || fields.toArray().isEmpty())
            fail(fieldsPath, u"noFields"_s, u"cần ít nhất một trường"_s, u"needs at least one field"_s);
        QSet<QString> names;
        const QJsonArray fieldArray = fields.toArray();
        for (qsizetype i = 0; i < fieldArray.size(); ++i) {
            const QString p = u"%1[%2]"_s.arg(fieldsPath).arg(i);
            if (!fieldArray[i].isObject()) {
                fail(p, u"notObject"_s, u"phải là một đối tượng"_s, u"must be an object"_s);
                break;
            }
            FieldSpec f = field(fieldArray[i].toObject(), p, defaults, form, knownValue);
            if (names.contains(f.name))
                fail(p + u".name"_s, u"duplicateName"_s, u"tên trường \"%1\" bị trùng"_s.arg(f.name),
                     u"field name \"%1\" is used twice"_s.arg(f.name));
            names.insert(f.name);
            out.append(std::move(f));
        }
        return out;
    }

    /// A register-book page's "book" member: its entries and its closing page. Every slot's boxes
    /// must be on the paper.
    BookLayout book(const QJsonValue &v, const FormTemplate &form, const TextBox &defaults)
    {
        BookLayout layout;
        const QString path = u"book"_s;
        if (!v.isObject()) {
            fail(path, u"notObject"_s, u"phải là một đối tượng"_s, u"must be an object"_s);
            return layout;
        }
        if (form.mode != FormMode::Plain)
            fail(path, u"bookPreprinted"_s, u"trang sổ in trên giấy trắng (mode plain)"_s,
                 u"a book page is printed on plain paper (mode plain)"_s);
        const QJsonObject o = v.toObject();
        onlyMembers(o, path, {u"entriesPerPage"_s, u"entryPitchMm"_s, u"entry"_s, u"closing"_s});
        layout.entriesPerPage = int(number(o, path, u"entriesPerPage"_s, 0, 1, 100));
        if (!o.contains(u"entriesPerPage"_s))
            fail(join(path, u"entriesPerPage"_s), u"missing"_s, u"thiếu thành phần bắt buộc"_s,
                 u"required member missing"_s);
        layout.entryPitchMm = number(o, path, u"entryPitchMm"_s, 0, 1, 600);
        if (!o.contains(u"entryPitchMm"_s))
            fail(join(path, u"entryPitchMm"_s), u"missing"_s, u"thiếu thành phần bắt buộc"_s,
                 u"required member missing"_s);

        const QString entryPath = join(path, u"entry"_s);
        const QJsonObject entry = o.value(u"entry"_s).toObject();
        onlyMembers(entry, entryPath, {u"fields"_s, u"lines"_s});
        layout.entryFields = fieldList(entry, entryPath, defaults, form, known(form, BookPart::Entry));
        layout.entryLines =
            drawing(QJsonObject{{u"lines"_s, entry.value(u"lines"_s)}}, entryPath, defaults).lines;
        // The last slot is entry 0 moved down the most: it must stay on the paper.
        const double lastShift = (layout.entriesPerPage - 1) * layout.entryPitchMm;
        for (qsizetype i = 0; i < layout.entryFields.size(); ++i) {
            if (!onPaper(layout.entryFields[i].box.boxMm.translated(0, lastShift)))
                fail(u"%1.fields[%2].box"_s.arg(entryPath).arg(i), u"offPaper"_s,
                     u"ô của mục cuối trang nằm ngoài khổ giấy"_s,
                     u"the box of the page's last entry lies off the paper"_s);
        }
        for (qsizetype i = 0; i < layout.entryLines.size(); ++i) {
            const StaticLine &l = layout.entryLines[i];
            if (!onPaper(QRectF(l.fromMm, l.toMm).normalized().translated(0, lastShift)))
                fail(u"%1.lines[%2]"_s.arg(entryPath).arg(i), u"offPaper"_s,
                     u"đường kẻ của mục cuối trang nằm ngoài khổ giấy"_s,
                     u"the line of the page's last entry lies off the paper"_s);
        }

        const QString closingPath = join(path, u"closing"_s);
        const QJsonObject closing = o.value(u"closing"_s).toObject();
        onlyMembers(closing, closingPath, {u"fields"_s, u"printed"_s});
        layout.closingFields =
            fieldList(closing, closingPath, defaults, form, known(form, BookPart::Closing));
        if (closing.contains(u"printed"_s))
            layout.closingPrinted =
                drawing(closing.value(u"printed"_s), join(closingPath, u"printed"_s), defaults);
        return layout;
    }

private:
    bool onPaper(const QRectF &r) const
    {
        constexpr double slack = 1e-9;
        return r.left() >= -slack && r.top() >= -slack && r.right() <= m_page.width() + slack &&
               r.bottom() <= m_page.height() + slack;
    }

    QString m_file;
    QSizeF m_page{210, 297};
};

} // namespace

Result<FormTemplate> TemplateLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::NotFound, u"template.unreadable"_s,
                           u"Không đọc được mẫu giấy tờ %1: %2"_s.arg(path, file.errorString()),
                           u"Cannot read the form template %1: %2"_s.arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

QStringList TemplateLoader::builtInIds()
{
    QStringList ids;
    for (const QFileInfo &f : QDir(u":/hotich/forms"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        ids << f.completeBaseName();
    // By id, not by file name: "birth-certificate" before "birth-certificate-copy".
    ids.sort();
    return ids;
}

Result<FormTemplate> TemplateLoader::fromIdOrFile(const QString &form)
{
    if (form.endsWith(u".json"_s))
        return fromFile(form);
    if (!builtInIds().contains(form)) {
        const QString ids = builtInIds().join(u", "_s);
        return Error::make(ErrorKind::NotFound, u"template.unknownForm"_s,
                           u"Không có mẫu giấy tờ \"%1\"; các mẫu có: %2"_s.arg(form, ids),
                           u"There is no form \"%1\"; the forms are: %2"_s.arg(form, ids));
    }
    return fromFile(u":/hotich/forms/"_s + form + u".json"_s);
}

Result<FormTemplate> TemplateLoader::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = doc.isNull() ? parseError.errorString() : u"not a JSON object"_s;
        return Error::invalid(
            u"template.json"_s, {},
            u"%1: không phải JSON hợp lệ (ký tự %2): %3"_s.arg(fileName).arg(parseError.offset).arg(why),
            u"%1: not valid JSON (at character %2): %3"_s.arg(fileName).arg(parseError.offset).arg(why));
    }
    Reader reader(fileName);
    FormTemplate form = reader.read(doc.object());
    if (reader.error)
        return *reader.error;
    form.sourceFile = fileName;
    return form;
}

} // namespace hotich::printing
