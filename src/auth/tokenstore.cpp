#include "auth/tokenstore.h"

#include <QMetaObject>
#include <QPointer>

namespace chatvox {

TokenStore::~TokenStore() = default;

void MemoryTokenStore::answer(QObject *context, Callback done, TokenStoreResult result)
{
    // Asynchronous like the keychain, so callers see one behaviour.
    QMetaObject::invokeMethod(
        this,
        [context = QPointer<QObject>(context), done = std::move(done), result = std::move(result)] {
            if (context)
                done(result);
        },
        Qt::QueuedConnection);
}

void MemoryTokenStore::read(const QString &userId, QObject *context, Callback done)
{
    TokenStoreResult result;
    if (const auto it = m_tokens.constFind(userId); it != m_tokens.cend())
        result.tokens = *it;
    else
        result.status = TokenStoreResult::Status::NotFound;
    answer(context, std::move(done), std::move(result));
}

void MemoryTokenStore::write(const TokenSet &tokens, QObject *context, Callback done)
{
    m_tokens.insert(tokens.userId, tokens);
    answer(context, std::move(done), {});
}

void MemoryTokenStore::remove(const QString &userId, QObject *context, Callback done)
{
    TokenStoreResult result;
    if (m_tokens.remove(userId) == 0)
        result.status = TokenStoreResult::Status::NotFound;
    answer(context, std::move(done), std::move(result));
}

QString MemoryTokenStore::description() const
{
    return tr("memory only (lost when ChatVox ends)");
}

} // namespace chatvox
