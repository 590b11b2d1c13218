#include "sync/server/Changes.h"

#include "util/Uuid.h"

#include <QJsonValue>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

template <class E>
struct Codes
{
    E value;
    QString code;
};

const QList<Codes<IdNumberState>> &stateCodes()
{
    static const QList<Codes<IdNumberState>> codes = {
        {IdNumberState::Pending, u"pending"_s},
        {IdNumberState::Assigned, u"assigned"_s},
        {IdNumberState::SuspectedDuplicate, u"suspectedDuplicate"_s},
        {IdNumberState::NeedsVerification, u"needsVerification"_s},
        {IdNumberState::Rejected, u"rejected"_s},
    };
    return codes;
}

const QList<Codes<ChangeKind>> &kindCodes()
{
    static const QList<Codes<ChangeKind>> codes = {
        {ChangeKind::IdNumberResult, u"idNumberResult"_s},
        {ChangeKind::Finding, u"finding"_s},
        {ChangeKind::ReferenceUpdate, u"referenceUpdate"_s},
        {ChangeKind::Revocation, u"revocation"_s},
    };
    return codes;
}

template <class E>
QString codeOf(const QList<Codes<E>> &codes, E value)
{
    for (const auto &c : codes) {
        if (c.value == value)
            return c.code;
    }
    return {};
}

template <class E>
std::optional<E> parseCode(const QList<Codes<E>> &codes, QStringView code)
{
    for (const auto &c : codes) {
        if (c.code == code)
            return c.value;
    }
    return std::nullopt;
}

Error badMember(const QString &member)
{
    return Error::invalid(u"change.malformed"_s, member,
                          u"Thay đổi từ máy chủ thiếu hoặc sai mục \"%1\""_s.arg(member),
                          u"A change from the server lacks or misstates \"%1\""_s.arg(member));
}

/// Reads the text members of a body; a member that is present but not text is an error.
class BodyReader
{
public:
    explicit BodyReader(const QJsonObject &body) : m_body(body) {}

    QString text(const QString &member, bool required = false)
    {
        const QJsonValue v = m_body.value(member);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(member);
            return {};
        }
        if (!v.isString())
            fail(member);
        return v.toString();
    }
    QUuid uuid(const QString &member, bool required = false)
    {
        const QString t = text(member, required);
        if (t.isEmpty())
            return {};
        const QUuid id = parseUuid(t);
        if (id.isNull())
            fail(member);
        return id;
    }
    std::optional<Error> error;

private:
    void fail(const QString &member)
    {
        if (!error)
            error = badMember(member);
    }
    const QJsonObject &m_body;
};

void putText(QJsonObject &o, const QString &member, const QString &value)
{
    if (!value.isEmpty())
        o.insert(member, value);
}

void putUuid(QJsonObject &o, const QString &member, const QUuid &value)
{
    if (!value.isNull())
        o.insert(member, uuidText(value));
}

} // namespace

QString idNumberStateCode(IdNumberState state)
{
    return codeOf(stateCodes(), state);
}

std::optional<IdNumberState> parseIdNumberState(QStringView code)
{
    return parseCode(stateCodes(), code);
}

QString changeKindCode(ChangeKind kind)
{
    return codeOf(kindCodes(), kind);
}

std::optional<ChangeKind> parseChangeKindCode(QStringView code)
{
    return parseCode(kindCodes(), code);
}

ChangeKind Change::kind() const
{
    // The variant's alternatives are in ChangeKind's order.
    static_assert(std::is_same_v<std::variant_alternative_t<size_t(ChangeKind::Revocation), decltype(body)>,
                                 Revocation>);
    return ChangeKind(body.index());
}

QUuid Change::record() const
{
    return std::visit(
        [](const auto &b) -> QUuid {
            if constexpr (std::is_same_v<std::decay_t<decltype(b)>, ReferenceUpdate>)
                return {};
            else
                return b.record;
        },
        body);
}

QJsonObject Change::bodyJson() const
{
    QJsonObject o;
    if (const auto *r = std::get_if<IdNumberResult>(&body)) {
        putUuid(o, u"record"_s, r->record);
        o.insert(u"state"_s, idNumberStateCode(r->state));
        putText(o, u"idNumber"_s, r->idNumber);
        putText(o, u"code"_s, r->code);
        putText(o, u"vi"_s, r->vi);
        putText(o, u"en"_s, r->en);
        if (r->dueAtMs)
            o.insert(u"dueAt"_s, double(r->dueAtMs));
    } else if (const auto *f = std::get_if<CrossOfficeFinding>(&body)) {
        putUuid(o, u"record"_s, f->record);
        putText(o, u"code"_s, f->code);
        putText(o, u"field"_s, f->field);
        putText(o, u"vi"_s, f->vi);
        putText(o, u"en"_s, f->en);
        putUuid(o, u"otherRecord"_s, f->otherRecord);
        putText(o, u"otherOffice"_s, f->otherOffice);
    } else if (const auto *u = std::get_if<ReferenceUpdate>(&body)) {
        o.insert(u"list"_s, u->list);
        o.insert(u"version"_s, u->version);
        o.insert(u"content"_s, u->content);
    } else if (const auto *v = std::get_if<Revocation>(&body)) {
        putUuid(o, u"record"_s, v->record);
        o.insert(u"decision"_s, v->decision);
    }
    return o;
}

Result<Change> Change::fromJson(ChangeKind kind, const QJsonObject &o)
{
    Change c;
    BodyReader read(o);
    switch (kind) {
    case ChangeKind::IdNumberResult: {
        IdNumberResult r;
        r.record = read.uuid(u"record"_s, true);
        const auto state = parseIdNumberState(read.text(u"state"_s, true));
        if (!state)
            return badMember(u"state"_s);
        r.state = *state;
        r.idNumber = read.text(u"idNumber"_s, r.state == IdNumberState::Assigned);
        r.code = read.text(u"code"_s);
        r.vi = read.text(u"vi"_s);
        r.en = read.text(u"en"_s);
        r.dueAtMs = qint64(o.value(u"dueAt"_s).toDouble());
        c.body = r;
        break;
    }
    case ChangeKind::Finding: {
        CrossOfficeFinding f;
        f.record = read.uuid(u"record"_s, true);
        f.code = read.text(u"code"_s, true);
        f.field = read.text(u"field"_s);
        f.vi = read.text(u"vi"_s, true);
        f.en = read.text(u"en"_s, true);
        f.otherRecord = read.uuid(u"otherRecord"_s);
        f.otherOffice = read.text(u"otherOffice"_s);
        c.body = f;
        break;
    }
    case ChangeKind::ReferenceUpdate: {
        ReferenceUpdate u;
        u.list = read.text(u"list"_s, true);
        u.version = o.value(u"version"_s).toInt();
        u.content = read.text(u"content"_s);
        if (u.version <= 0)
            return badMember(u"version"_s);
        c.body = u;
        break;
    }
    case ChangeKind::Revocation: {
        Revocation v;
        v.record = read.uuid(u"record"_s, true);
        if (!o.value(u"decision"_s).isObject())
            return badMember(u"decision"_s);
        v.decision = o.value(u"decision"_s).toObject();
        c.body = v;
        break;
    }
    }
    if (read.error)
        return *read.error;
    return c;
}

} // namespace hotich::server
