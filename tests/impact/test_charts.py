"""The bar charts: lengths in proportion, withheld figures written out, labels that fit."""

from portal.impact.charts import BAR_SPACE, LABEL_CHARACTERS, bar_chart, label_shortened
from portal.impact.report import LEARNER_COLUMNS, Figure, Row, State, Table


def row(label, enrolments, completions):
    def figure(value):
        return Figure(State.SHOWN, value) if value is not None else Figure(State.UNDER_FIVE)

    figures = {column.key: Figure(State.NOT_SHOWN) for column in LEARNER_COLUMNS}
    figures |= {"enrolments": figure(enrolments), "completions": figure(completions)}
    return Row(label, label, figures)


def test_bars_are_in_proportion_and_withheld_ones_are_written_out():
    rows = [row("Bretagne", 200, 50), row("Occitanie", 100, None)]
    table = Table("groupings", "By grouping", "Grouping", LEARNER_COLUMNS, rows, rows[0])
    table.chart_rows = rows
    chart = bar_chart(table)
    widths = [[bar.width for bar in chart_row.bars] for chart_row in chart.rows]
    assert widths == [[BAR_SPACE, BAR_SPACE / 4], [BAR_SPACE / 2, 0]]
    assert [bar.text for bar in chart.rows[1].bars] == ["100", "< 5"]
    assert chart.height > 2 * 40


def test_long_labels_keep_both_ends():
    label = "L'entreprise sociale, outil de formation — Lyon 7"
    short = label_shortened(label)
    assert len(short) <= LABEL_CHARACTERS
    assert short.startswith("L'entreprise") and short.endswith("Lyon 7")
    assert label_shortened("Bretagne") == "Bretagne"
