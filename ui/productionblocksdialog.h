#pragma once

#include "domain/practice.h"
#include "domain/session.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace chairside {

class BlockoutService;
struct SchedulePage;

// Settings › Production blocks: the weekly time each provider (or chair) keeps for certain
// visits, and how many days ahead the blocks release. Every change goes to BlockoutService,
// which decides; its refusals show here with their reason. Other roles read the list only.
class ProductionBlocksDialog final : public QDialog
{
    Q_OBJECT
public:
    ProductionBlocksDialog(BlockoutService &service, const UserSession &session, const SchedulePage &page,
                           QWidget *parent = nullptr);

    // Whether the last change was saved (the window reloads the schedule after it closes).
    [[nodiscard]] bool changedAnything() const { return m_changed; }

private:
    void reload(const QString &selectId = {});
    void showBlock(const ProductionBlock &b);
    [[nodiscard]] ProductionBlock formBlock() const;
    void save();
    void remove();
    void saveRelease();
    void say(const QString &text, bool problem);

    BlockoutService &m_service;
    UserSession m_session;
    QList<ProductionBlock> m_blocks;
    QString m_currentId;
    bool m_changed = false;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_chair = nullptr;
    std::array<QCheckBox *, 7> m_days{};
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QListWidget *m_types = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_color = nullptr;
    QSpinBox *m_release = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_applyRelease = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QString> m_providerNames;
    QHash<QString, QString> m_chairNames;
};

} // namespace chairside
