"""Insights over every application and reflection, as charts that can each be saved as a PNG.

Two columns of charts when the window is wide, one when it is narrow; the content scrolls
rather than squeezing the charts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.cv_insights import CvRate
from nextmove.domain.insights import Insights
from nextmove.domain.insights_report import InsightsInput, InsightsReport, build_report
from nextmove.storage.insight_facts import InsightsSource
from nextmove.storage.reflections import ReflectionService
from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.chart_panel import ChartPanel
from nextmove.ui.insights.charts import InsightCharts
from nextmove.ui.insights.loader import ReportJob
from nextmove.ui.insights.saving import (
    SaveAs,
    documents_folder,
    save_as_dialog,
    suggested_name,
    write_png,
)
from nextmove.ui.wizard.cv_rates import CvRates
from nextmove.ui.wizard.screen_fit import fit_to_screen

# Two columns from this content width on; below it, one.
TWO_COLUMNS_FROM = 1060


class InsightsDialog(QDialog):
    def __init__(
        self,
        service: ReflectionService,
        parent: QWidget | None = None,
        *,
        source: InsightsSource | None = None,
        today: Callable[[], date] = date.today,
        save_as: SaveAs = save_as_dialog,
        pool: QThreadPool | None = None,
        cv_rates: list[CvRate] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insights_dialog")
        self.setWindowTitle(self.tr("Insights"))
        self.setAccessibleName(self.tr("Insights"))
        self._source = source or InsightsSource(service.database)
        self._today = today
        self._save_as = save_as
        # None: read at once (tests, small data); a pool: read in the background.
        self._pool = pool
        self._save_folder = documents_folder()
        self._columns = 0
        fit_to_screen(self, QSize(1480, 1000), QSize(520, 360))

        self.charts = InsightCharts(self)
        self.funnel_chart = self.charts.funnel
        self.flow_chart = self.charts.flow
        self.rejection_chart = self.charts.rejections
        self.response_chart = self.charts.response
        self.weekly_chart = self.charts.weekly
        self.stage_chart = self.charts.stage_scores
        self.improve_chart = self.charts.improvements
        self.panels = {chart.objectName(): ChartPanel(chart) for chart in self.charts.all()}
        for panel in self.panels.values():
            panel.saveRequested.connect(self._on_panel_saveRequested)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback_stats")
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goals_bar = QProgressBar()
        self.goals_bar.setObjectName("goals_progress")
        self.goals_bar.setAccessibleName(self.tr("Learning goals done"))
        self.numbers = QGroupBox(self.tr("Feedback and learning"))
        self.numbers.setObjectName("panel_feedback_and_learning")
        form = QFormLayout(self.numbers)
        form.addRow(self.tr("Feedback requests:"), self.feedback_label)
        form.addRow(self.tr("Learning goals done:"), self.goals_bar)
        # Which CV got answers: shown once a CV or cover letter has been sent.
        self.cv_box: QGroupBox | None = None
        if cv_rates is not None:
            self.cv_box = QGroupBox(self.tr("Response rate per CV version"))
            self.cv_box.setObjectName("panel_cv_rates")
            QVBoxLayout(self.cv_box).addWidget(CvRates(cv_rates))
        self.intro = QLabel()
        self.intro.setObjectName("insights_intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        body = QWidget()
        body.setObjectName("insights_body")
        column = QVBoxLayout(body)
        column.addWidget(self.intro)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(14)
        column.addLayout(self._grid)
        column.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("insights_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(body)
        self.status = QLabel()
        self.status.setObjectName("insights_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        refresh = buttons.addButton(self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.setObjectName("insights_refresh")
        refresh.clicked.connect(self.reload)
        self._refresh = refresh
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        footer = QVBoxLayout()
        footer.addWidget(self.status)
        footer.addWidget(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll)
        outer.addLayout(footer)
        self.report = build_report(InsightsInput(), self._today())
        self.insights: Insights = self.report.reflections
        self.reload()
        self._arrange(2 if self.width() - 60 >= TWO_COLUMNS_FROM else 1)

    # ----- figures ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the stored facts again and redraw every chart."""
        job = ReportJob(self._source, self._today())
        if self._pool is None:
            self._show(job.compute())
            return
        self._refresh.setEnabled(False)
        self.status.setText(self.tr("Reading your applications…"))
        if not self.report.funnel.counts["applied"]:
            self.intro.setText(self.tr("Reading your applications…"))
        # Owned by the window: the job (and its reference) is gone before its result arrives.
        job.signals.setParent(self)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._pool.start(job)

    def _on_job_finished(self, report: InsightsReport) -> None:
        self._refresh.setEnabled(True)
        self.status.clear()
        self._show(report)

    def _on_job_failed(self, message: str) -> None:
        self._refresh.setEnabled(True)
        self.status.setText(message)

    def _show(self, report: InsightsReport) -> None:
        self.report = report
        self.insights = report.reflections
        self.charts.fill(report)
        self.intro.setText(self._intro(report))
        self._fill_numbers(report.reflections)
        self._fill_captions(report)

    def _intro(self, report: InsightsReport) -> str:
        sent = report.funnel.counts["applied"]
        finished = report.reflections.reflections
        if not sent and not finished:
            return self.tr(
                "Add your applications and their steps (screening calls, interviews, offers): "
                "your patterns will start to show here."
            )
        text = self.tr("From {sent} applications sent and {finished} finished reflections.")
        text = text.format(sent=f"{sent:,}", finished=finished)
        beyond = report.reflections.beyond_control
        if beyond:
            text += " " + self.tr(
                "{beyond} of the reflections came down to things beyond your control; their "
                "scores have their own bars."
            ).format(beyond=beyond)
        return text

    def _fill_captions(self, report: InsightsReport) -> None:
        self.panels["chart_funnel"].set_caption(
            self.tr(
                "Read from each application's timeline; one that went straight to an interview "
                "counts as screened too."
            )
        )
        self.panels["chart_flow"].set_caption(
            self.tr("Each band is as wide as the applications that took that path.")
        )
        self.panels["chart_stage_scores"].set_caption(
            self.tr("Average out of 5; how many ratings in brackets.")
        )
        self.panels["chart_response_by_source"].set_caption(
            self.tr(
                "An answer is any step the employer took: a call, an assessment, an interview, "
                "an offer or a rejection."
            )
        )
        weeks = report.weeks
        total = sum(w.applications for w in weeks)
        text = self.tr("{average} a week on average over the last {weeks} weeks.").format(
            average=f"{total / max(1, len(weeks)):.1f}", weeks=len(weeks)
        )
        if report.weekly_goal:
            met = sum(1 for w in weeks if w.applications >= report.weekly_goal)
            text += " " + self.tr("Goal met in {met} of them.").format(met=met)
        self.panels["chart_weekly_applications"].set_caption(text)

    def _fill_numbers(self, insights: Insights) -> None:
        queued = insights.feedback_queued
        rate = insights.response_rate
        if rate is None:
            if queued:
                text = self.tr("{queued} queued in the outbox, not sent yet").format(queued=queued)
            else:
                text = self.tr("None asked for yet")
        else:
            text = self.tr("{answered} of {asked} answered ({rate})").format(
                answered=insights.feedback_answered,
                asked=insights.feedback_requested,
                rate=f"{rate:.0%}",
            )
            if insights.mean_days_to_reply is not None:
                text += self.tr(", after {days} days on average").format(
                    days=f"{insights.mean_days_to_reply:.1f}"
                )
            if queued:
                text += self.tr("; {queued} more queued in the outbox").format(queued=queued)
        self.feedback_label.setText(text)
        self.goals_bar.setRange(0, max(1, insights.goals_planned))
        self.goals_bar.setValue(insights.goals_done)
        self.goals_bar.setFormat(
            self.tr("{done} of {planned}").format(
                done=insights.goals_done, planned=insights.goals_planned
            )
        )

    # ----- layout -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The dialog's own new width: the scroll area's viewport is resized only afterwards.
        self._arrange(2 if event.size().width() - 60 >= TWO_COLUMNS_FROM else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        p = self.panels
        rows: list[list[QWidget]] = [
            [p["chart_funnel"], p["chart_rejections_by_stage"]],
            [p["chart_flow"]],
            [p["chart_response_by_source"], p["chart_weekly_applications"]],
            [p["chart_stage_scores"], p["chart_improvement_areas"]],
            [self.numbers] if self.cv_box is None else [self.numbers, self.cv_box],
        ]
        for widget in [w for row in rows for w in row]:
            self._grid.removeWidget(widget)
        line = 0
        for row in rows:
            if columns == 1 or len(row) == 1:
                for widget in row:
                    self._grid.addWidget(widget, line, 0, 1, columns)
                    line += 1
            else:
                for index, widget in enumerate(row):
                    self._grid.addWidget(widget, line, index)
                line += 1
        for index in range(2):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)

    def columns(self) -> int:
        return self._columns

    # ----- saving -----------------------------------------------------------------------------

    def _on_panel_saveRequested(self, chart: Chart) -> None:
        suggested = self._save_folder / suggested_name(chart, self._today())
        chosen = self._save_as(self, self.tr("Save Chart as PNG"), str(suggested))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        problem = write_png(chart, path)
        if problem is not None:
            self.status.setText(problem)
            return
        self._save_folder = path.parent
        self.status.setText(
            self.tr("Saved {title} to {file}").format(title=chart.title, file=str(path))
        )
