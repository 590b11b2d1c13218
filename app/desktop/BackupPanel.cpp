#include "BackupPanel.h"

#include "Language.h"
#include "registry/BackupSchedule.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

namespace {

/// The folder of the last backup made by hand, kept for this Windows user.
constexpr auto kBackupFolderKey = "backup/folder";

QLabel *messageLabel(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BackupPanel::BackupPanel(Session &session, RegisterJobs &jobs, BackupScheduler &scheduler, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_scheduler(scheduler)
{
    setObjectName(u"backupPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(backupBox());
    layout->addWidget(restoreBox());
    connect(&m_scheduler, &BackupScheduler::started, this, &BackupPanel::backupStarted);
    connect(&m_scheduler, &BackupScheduler::progress, m_progress, &QProgressBar::setValue);
    connect(&m_scheduler, &BackupScheduler::finished, this, &BackupPanel::finishBackup);
    connect(&m_scheduler, &BackupScheduler::scheduleChecked, this, &BackupPanel::showLastScheduled);
    showLastScheduled();
}

QWidget *BackupPanel::backupBox()
{
    auto *box = new QGroupBox(tr("Backup"));
    const auto read = readBackupSchedule(m_session.db);
    const BackupSchedule schedule = read ? read.value() : BackupSchedule{};
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setAccessibleName(tr("Backup folder"));
    // The office's scheduled folder first; else where this user backed up last.
    m_folder->setText(!schedule.folder.isEmpty()
                          ? schedule.folder
                          : QSettings(u"hotich"_s, u"hotich"_s)
                                .value(QLatin1StringView(kBackupFolderKey),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .toString());
    auto *choose = new QPushButton(tr("C&hoose…"), box);
    choose->setObjectName(u"chooseBackupFolder"_s);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    m_backUp = new QPushButton(tr("&Back up now"), box);
    m_backUp->setObjectName(u"backUp"_s);
    connect(m_backUp, &QPushButton::clicked, this, &BackupPanel::backUp);
    m_cancel = new QPushButton(tr("Cancel the backup"), box);
    m_cancel->setObjectName(u"cancelBackup"_s);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &BackupPanel::cancelBackup);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"backupProgress"_s);
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_backupMessage = messageLabel(u"backupMessage"_s, tr("Backup message"), box);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Folder or USB drive:"), box));
    layout->addLayout(folderRow);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_backupMessage);
    layout->addWidget(scheduleRows(schedule));
    return box;
}

QWidget *BackupPanel::scheduleRows(const BackupSchedule &schedule)
{
    auto *rows = new QWidget;
    m_frequency = new QComboBox(rows);
    m_frequency->setObjectName(u"backupFrequency"_s);
    m_frequency->setAccessibleName(tr("Scheduled backup"));
    m_frequency->addItem(tr("Off"), QVariant::fromValue(int(BackupSchedule::Frequency::Off)));
    m_frequency->addItem(tr("Every day"), QVariant::fromValue(int(BackupSchedule::Frequency::Daily)));
    m_frequency->addItem(tr("Every week"), QVariant::fromValue(int(BackupSchedule::Frequency::Weekly)));
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(int(schedule.frequency))));
    m_keep = new QSpinBox(rows);
    m_keep->setObjectName(u"backupKeep"_s);
    m_keep->setAccessibleName(tr("Scheduled backups kept"));
    m_keep->setRange(1, BackupSchedule::kMaxKeep);
    m_keep->setValue(schedule.keep);
    auto *save = new QPushButton(tr("Save the &schedule"), rows);
    save->setObjectName(u"saveSchedule"_s);
    save->setAutoDefault(true); // Enter on it saves
    connect(save, &QPushButton::clicked, this, &BackupPanel::saveSchedule);
    m_scheduleMessage = messageLabel(u"scheduleMessage"_s, tr("Schedule message"), rows);
    m_scheduleMessage->hide();
    m_lastScheduled = messageLabel(u"lastScheduledBackup"_s, tr("Last scheduled backup"), rows);
    const bool admin = m_session.account.role == Role::Admin;
    for (QWidget *w : std::initializer_list<QWidget *>{m_frequency, m_keep, save})
        w->setEnabled(admin);

    auto *form = new QFormLayout(rows);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Scheduled backup:"), m_frequency);
    form->addRow(tr("Backups kept:"), m_keep);
    form->addRow(QString(), save);
    form->addRow(QString(), m_scheduleMessage);
    form->addRow(QString(), m_lastScheduled);
    return rows;
}

QWidget *BackupPanel::restoreBox()
{
    auto *box = new QGroupBox(tr("Restore"));
    m_restoreFile = new QLineEdit(box);
    m_restoreFile->setObjectName(u"restoreFile"_s);
    m_restoreFile->setAccessibleName(tr("Backup file to restore"));
    auto *browse = new QPushButton(tr("Bro&wse…"), box);
    browse->setObjectName(u"browseRestore"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Backup file to restore"), m_folder->text(),
                                         tr("Register backups (*.db *.sqlite);;All files (*)"));
        if (!file.isEmpty())
            m_restoreFile->setText(QDir::toNativeSeparators(file));
    });
    m_restore = new QPushButton(tr("Res&tore…"), box);
    m_restore->setObjectName(u"restore"_s);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restore);
    m_restoreMessage = messageLabel(u"restoreMessage"_s, tr("Restore message"), box);
    const bool admin = m_session.account.role == Role::Admin;
    if (!admin)
        m_restoreMessage->setText(tr("Only an administrator restores a backup."));
    for (QWidget *w : std::initializer_list<QWidget *>{m_restoreFile, browse, m_restore})
        w->setEnabled(admin);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_restoreFile, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Backup file:"), box));
    layout->addLayout(fileRow);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    layout->addWidget(m_restoreMessage);
    return box;
}

void BackupPanel::backUp()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!m_scheduler.backUpNow(folder)) {
        m_backupMessage->setText(tr("A backup is running already: wait until it ends."));
        Q_EMIT backupFinished(false);
        return;
    }
    if (m_scheduler.running())
        QSettings(u"hotich"_s, u"hotich"_s).setValue(QLatin1StringView(kBackupFolderKey), folder);
}

void BackupPanel::cancelBackup()
{
    m_scheduler.cancel();
    m_cancel->setEnabled(false);
    m_backupMessage->setText(tr("Cancelling the backup…"));
}

void BackupPanel::backupStarted(const QString &file)
{
    m_backUp->setEnabled(false);
    m_restore->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_backupMessage->setText(tr("Backing up to %1…").arg(QDir::toNativeSeparators(file)));
}

void BackupPanel::finishBackup(bool ok, const QString &message)
{
    m_backUp->setEnabled(true);
    m_restore->setEnabled(m_session.account.role == Role::Admin);
    m_cancel->setEnabled(false);
    m_progress->setValue(ok ? 100 : 0);
    m_backupMessage->setText(message);
    Q_EMIT backupFinished(ok);
}

void BackupPanel::showLastScheduled()
{
    m_lastScheduled->setText(m_scheduler.lastResult());
    m_lastScheduled->setVisible(!m_scheduler.lastResult().isEmpty());
}

void BackupPanel::saveSchedule()
{
    BackupSchedule schedule;
    schedule.frequency = BackupSchedule::Frequency(m_frequency->currentData().toInt());
    schedule.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    schedule.keep = m_keep->value();
    QPointer<BackupPanel> self(this);
    const Account actor = m_session.account;
    const Clock *clock = &m_session.clock;
    m_jobs.run([self, actor, schedule, clock](Result<Database *> db) {
        const Result<void> saved =
            db ? saveBackupSchedule(*db.value(), *clock, schedule, actor) : Result<void>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, saved] {
                if (self)
                    self->finishSavingSchedule(saved);
            },
            Qt::QueuedConnection);
    });
}

void BackupPanel::finishSavingSchedule(const Result<void> &saved)
{
    m_scheduleMessage->setText(
        saved ? tr("The schedule is saved for the office.")
              : tr("The schedule was not saved: %1").arg(Language::message(saved.error())));
    m_scheduleMessage->show();
    if (saved)
        m_scheduler.check(); // a backup due under the new schedule is made now
    Q_EMIT scheduleSaved(saved.ok());
}

void BackupPanel::restore()
{
    const QString file = QDir::fromNativeSeparators(m_restoreFile->text().trimmed());
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        m_restoreMessage->setText(
            file.isEmpty()
                ? tr("Type or choose the backup file to restore.")
                : tr("There is no file %1: nothing was restored.").arg(QDir::toNativeSeparators(file)));
        Q_EMIT restoreFinished(false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Restore a backup"),
        tr("Restore the register from %1?\n\n"
           "The register as it is now is kept beside it, as a safety copy whose name is shown afterwards. "
           "The register then holds what the backup holds: what was registered after the backup is no "
           "longer in it (the safety copy keeps it). Before anything is registered again, the register "
           "must catch up with the ministry server (Sync). Then everyone logs in again.")
            .arg(QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"restoreQuestion"_s);
    box->button(QMessageBox::Yes)->setText(tr("&Restore"));
    box->button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, file] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            runRestore(file);
        else
            Q_EMIT restoreFinished(false);
    });
    box->open();
}

void BackupPanel::runRestore(const QString &file)
{
    if (m_scheduler.running()) {
        m_restoreMessage->setText(tr("A backup is running: restore when it has ended."));
        Q_EMIT restoreFinished(false);
        return;
    }
    m_restore->setEnabled(false);
    m_backUp->setEnabled(false);
    m_restoreMessage->setText(tr("Checking and restoring %1…").arg(QDir::toNativeSeparators(file)));
    QPointer<BackupPanel> self(this);
    const Clock *clock = &m_session.clock;
    const Account actor = m_session.account;
    m_jobs.run([self, clock, actor, file](Result<Database *> db) {
        Result<QString> safety =
            db ? RegisterMaintenance(*db.value(), *clock).restore(file, actor) : Result<QString>(db.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, safety, file] {
                if (self)
                    self->finishRestore(safety, file);
            },
            Qt::QueuedConnection);
    });
}

void BackupPanel::finishRestore(const Result<QString> &safety, const QString &file)
{
    m_backUp->setEnabled(true);
    if (!safety) {
        m_restore->setEnabled(m_session.account.role == Role::Admin);
        m_restoreMessage->setText(tr("Nothing was restored and the register is unchanged: %1")
                                      .arg(Language::message(safety.error())));
        Q_EMIT restoreFinished(false);
        return;
    }
    m_restoreMessage->setText(tr("The register is restored from %1. The register as it was is kept in %2.")
                                  .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(*safety)));
    Q_EMIT restoreFinished(true);
    Q_EMIT restored(*safety);
}

QString BackupPanel::backupText() const
{
    return m_backupMessage->text();
}

QString BackupPanel::scheduleText() const
{
    return m_scheduleMessage->text();
}

QString BackupPanel::restoreText() const
{
    return m_restoreMessage->text();
}

} // namespace hotich::desktop
