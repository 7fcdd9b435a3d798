#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

// What the office manager typed to connect the practice system: which system and the
// address, NexHealth's subdomain and location, and the keys. The dialog decides nothing; the
// window hands it on (MainWindow::pmsConnectRequested) and shows what came back.
struct PmsConnectForm
{
    QString system; // opendental, nexhealth, dentrix, eaglesoft
    QString url;
    QString subdomain;
    QString locationId;
    QString identity; // Open Dental developer key; Dentrix client id; Eaglesoft user name
    QString secret;   // Open Dental customer key; Dentrix client secret; Eaglesoft password
    QString apiKey;   // NexHealth's API key; Dentrix's API key
};

// Settings › Connect to the practice system…: the system as the practice knows it —
// "Dentrix (through NexHealth)", "Eaglesoft (through NexHealth)", "Open Dental (direct)",
// "Open Dental (through NexHealth)", and the seed contracts for testing — with only the
// fields that system needs. Connect asks; the dialog stays open, saying why, until the
// connection is made.
class PmsConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PmsConnectDialog(QWidget *parent = nullptr);
    ~PmsConnectDialog() override;

    // The answer to connectRequested: closes on success, else says why and lets the office
    // manager correct it.
    void showResult(bool connected, const QString &message);

Q_SIGNALS:
    void connectRequested(const chairside::PmsConnectForm &form);

private:
    void choose(int index);

    QComboBox *m_system = nullptr;
    QLabel *m_about = nullptr;
    QFormLayout *m_form = nullptr;   // the system
    QFormLayout *m_fields = nullptr; // what it needs
    QLineEdit *m_url = nullptr;
    QLineEdit *m_subdomain = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace chairside
