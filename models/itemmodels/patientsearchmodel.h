#pragma once

#include "domain/patientsearch.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace chairside {

// What the main window's patient search found, one patient a row: the name, birthdate and
// phone to tell namesakes apart, and the next visit to go to. A family's members follow the
// first of them, indented.
class PatientSearchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PatientIdRole = Qt::UserRole + 1, NextAppointmentIdRole, NextStartUtcRole, FamilyMemberRole };

    explicit PatientSearchModel(QObject *parent = nullptr);
    void setResult(PatientSearchResult result, const QTimeZone &zone);
    [[nodiscard]] const PatientSearchResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PatientSearchResult m_result;
    QTimeZone m_zone;
};

} // namespace chairside
