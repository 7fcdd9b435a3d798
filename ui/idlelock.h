#pragma once

#include <QObject>

class QTimer;

namespace chairside {

// Watches the whole application's input (an event filter on the application object) and
// says when nobody has touched keyboard or mouse for the set time.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const;
    void setActive(bool active); // off while locked

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
};

} // namespace chairside
