#include "DesktopBench.h"

#include "Stats.h"

#include "HomeScreen.h"
#include "MainWindow.h"
#include "RecordScreen.h"
#include "SearchRunner.h"
#include "Session.h"
#include "registry/Registrar.h"
#include "store/RecordSearch.h"
#include "store/RecordStore.h"
#include "text/Fold.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

[[noreturn]] void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "hotich-bench: desktop: %s: %s [%s]\n", qPrintable(what), qPrintable(e.en),
                 qPrintable(e.code));
    std::exit(1);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// From nothing open to the main window shown with the day's work on its home screen (read off
/// the GUI thread): what the officer waits for after logging in (the log-in's password hash is
/// left out: it is slow on purpose). Bare: an empty main window shown.
QList<double> startUps(const QString &path, const Account &officer, int runs, bool bare)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(path, Database::OpenMode::Existing);
        if (!opened)
            fail(u"open"_s, opened.error());
        desktop::Session session{**opened, Clock::system(), officer};
        std::unique_ptr<QMainWindow> window;
        QEventLoop homeShown;
        QTimer::singleShot(60'000, &homeShown, &QEventLoop::quit); // bounded: a lost answer ends the wait
        if (bare) {
            window = std::make_unique<QMainWindow>();
        } else {
            auto *main = new desktop::MainWindow(session);
            QObject::connect(main->homeScreen(), &desktop::HomeScreen::refreshed, &homeShown,
                             &QEventLoop::quit);
            window.reset(main);
        }
        window->resize(1366, 768);
        window->show();
        if (bare)
            QCoreApplication::processEvents();
        else
            homeShown.exec();
        times << msSince(timer);
    }
    return times;
}

/// The prefixes an officer types of each name, from its third letter on: one search per keystroke.
QStringList keystrokes(const QStringList &names, int samples)
{
    QRandomGenerator random(20261203);
    QStringList typed;
    const int people = std::clamp(samples / 10, 3, 40);
    for (int i = 0; i < people && !names.isEmpty(); ++i) {
        QString name = names[random.bounded(int(names.size()))];
        if (i % 2)
            name = text::fold(name); // half typed without diacritics
        for (qsizetype n = 3; n <= name.size(); ++n) {
            if (!name[n - 1].isSpace())
                typed << name.left(n);
        }
    }
    return typed;
}

} // namespace

void benchDesktop(const QString &path, Database &db, const Account &officer, const QStringList &names,
                  int samples)
{
    // 1. Start-up, ours and bare alternating.
    QList<double> ours, bare;
    for (int i = 0; i < 5; ++i) {
        ours += startUps(path, officer, 1, false);
        bare += startUps(path, officer, 1, true);
    }
    report("desktop_startup_p50", quantile(ours, 0.5), "ms", quantile(bare, 0.5));

    // 2. A search per keystroke, through the runner the find screen uses (its own connection, off
    //    the GUI thread), until its answer is back on the GUI thread. Bare: the core's search on the
    //    GUI thread's connection.
    {
        const QStringList typed = keystrokes(names, samples);
        desktop::SearchRunner runner(path);
        QList<double> answered, direct;
        RecordSearch search(db);
        for (const QString &text : typed) {
            SearchQuery query;
            query.text = text;
            QEventLoop loop;
            std::optional<Error> error;
            const QMetaObject::Connection c =
                QObject::connect(&runner, &desktop::SearchRunner::answered, &loop,
                                 [&](int, const desktop::SearchAnswer &answer) {
                                     error = answer.error;
                                     loop.quit();
                                 });
            QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // bounded: a lost answer ends the wait
            QElapsedTimer timer;
            timer.start();
            runner.request(query);
            loop.exec();
            answered << msSince(timer);
            QObject::disconnect(c);
            if (error)
                fail(u"search"_s, *error);
            timer.restart();
            auto found = search.search(query);
            direct << msSince(timer);
            if (!found)
                fail(u"search"_s, found.error());
        }
        std::printf("# desktop: %lld keystrokes of %d names\n", qlonglong(typed.size()),
                    std::clamp(samples / 10, 3, 40));
        report("desktop_keystroke_p50", quantile(answered, 0.5), "ms", quantile(direct, 0.5));
        report("desktop_keystroke_p95", quantile(answered, 0.95), "ms", quantile(direct, 0.95));
    }

    // 3. A birth corrected 20 times, opened in its record screen (content, history, file).
    //    Bare: the record and its amendments read from the store.
    {
        RecordStore store(db);
        QUuid birth;
        auto r = store.forEachRecordId(EventKind::Birth, [&](const QUuid &id) -> Result<void> {
            if (birth.isNull())
                birth = id;
            return {};
        });
        if (!r || birth.isNull())
            fail(u"birth"_s, r ? Error() : r.error());
        Registrar registrar(db, Clock::system());
        constexpr int kAmendments = 20;
        for (int i = 0; i < kAmendments; ++i) {
            QJsonObject correction{
                {u"type"_s, u"correction"_s},
                {u"reason"_s, u"Cải chính tên đệm lần %1"_s.arg(i + 1)},
                {u"changes"_s,
                 QJsonObject{{u"subject"_s, QJsonObject{{u"middleName"_s, i % 2 ? u"Văn"_s : u"Hữu"_s}}}}}};
            if (auto c = registrar.correct(birth, correction, officer); !c)
                fail(u"correct"_s, c.error());
        }
        desktop::Session session{db, Clock::system(), officer};
        QList<double> opened, read;
        const int runs = std::clamp(samples, 5, 100);
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            {
                desktop::RecordScreen screen(session, birth);
                if (!screen.loaded())
                    problem("desktop: the corrected birth did not load in its screen");
                opened << msSince(timer);
            }
            timer.restart();
            auto record = store.find(birth);
            if (!record || !record->has_value())
                fail(u"find"_s, record ? Error() : record.error());
            auto amendments = store.amendmentsOf((*record)->rowId);
            if (!amendments)
                fail(u"amendments"_s, amendments.error());
            read << msSince(timer);
            if (i == 0 && amendments->size() < kAmendments)
                problem("desktop: the birth has fewer than 20 amendments");
        }
        report("desktop_open_record_20_amendments_p50", quantile(opened, 0.5), "ms", quantile(read, 0.5));
    }
}

} // namespace hotich::bench
