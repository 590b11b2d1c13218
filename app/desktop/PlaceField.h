#pragma once

#include <QDate>
#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace hotich::desktop {

/// A place: free text (a hospital's name and address, a house number and street) ending with an
/// administrative unit picked from the list in force, completed without accents ("ba dinh" offers
/// "Phường Ba Đình, Thành phố Hà Nội"). The completion replaces only the part after the last
/// comma the officer typed, so "Bệnh viện Phụ sản, ba dinh" becomes "Bệnh viện Phụ sản, Phường Ba
/// Đình, Thành phố Hà Nội". Nothing is completed while an input method composes a word: only
/// committed text changes the list (completers are known to duplicate letters otherwise).
class PlaceField : public QLineEdit
{
    Q_OBJECT

public:
    explicit PlaceField(QWidget *parent = nullptr);

    /// The list of units offered: the one in force on `date` (a historical record's); today's by default.
    void setValidOn(QDate date);
    QCompleter *completer() const { return m_completer; }
    /// The units offered for the text now (at most kOffered).
    QStringList offered() const;

    static constexpr int kOffered = 12;

private:
    void update(const QString &text);
    void pick(const QString &unit);
    /// Where the part being completed starts in the text.
    static qsizetype segmentStart(const QString &text);

    QDate m_validOn;
    bool m_picking = false; ///< the text is being set from the list: no new completion
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
};

} // namespace hotich::desktop
