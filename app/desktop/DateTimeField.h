#pragma once

#include <QLineEdit>

namespace hotich::desktop {

/// A date with an optional time, in one line as the office writes it ("20/11/2026 14:30"), for a
/// record's date-time (the time of death) where a screen has one input per member: a correction.
/// The date may be partial (11/2026, 1998) as DateField's; what is typed is only turned into the
/// record's form ("2026-11-20T14:30"): whether it exists is the core's to say.
class DateTimeField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    /// "2026-11-20T14:30", "2026-11-20", "2026-11"; the text as typed when it is no date.
    QString isoText() const;
    /// Shows a record's date-time as the office writes it.
    void setIsoText(const QString &iso);
};

} // namespace hotich::desktop
