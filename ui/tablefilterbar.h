#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace chairside {

class TableFilterModel;

// The bar above a side panel's table: a combo box per filter ("All providers", then the
// providers the rows name) and how many rows show of how many. Choosing narrows the table's
// TableFilterModel; a reload keeps the choice.
class TableFilterBar final : public QWidget
{
    Q_OBJECT
public:
    using Choice = std::pair<QVariant, QString>; // the value a row holds in the filter's role, its words
    using Words = std::function<QString()>;

    explicit TableFilterBar(TableFilterModel *filter, QWidget *parent = nullptr);
    // A filter on `role` whose choices are the values the rows hold, each named by the rows'
    // text in `labelColumn`, by name. `all` names the choice that shows every row.
    QComboBox *addFilter(const QString &objectName, int role, int labelColumn, Words all);
    // A filter with set choices (urgency bands), in the order given.
    QComboBox *addFilter(const QString &objectName, int role, std::function<QList<Choice>()> choices, Words all);
    // The count's words for `shown` of `total` rows ("12 of 40 waiting").
    void setCountWords(std::function<QString(int shown, int total)> words);
    // Rebuilds the choices and the count in the current language and from the current rows.
    void refresh();

private:
    struct Filter
    {
        QComboBox *box;
        int role;
        int labelColumn;
        std::function<QList<Choice>()> choices; // set choices, or none: from the rows
        Words all;
    };
    QComboBox *add(const QString &objectName, Filter filter);
    void rebuild(const Filter &f);
    void updateCount();

    TableFilterModel *m_filter;
    QList<Filter> m_filters;
    QHBoxLayout *m_choices;
    QLabel *m_count;
    std::function<QString(int, int)> m_countWords;
};

} // namespace chairside
