"""Insights across reflections, with charts where a picture says it faster."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.cv_insights import CvRate
from nextmove.domain.insights import Insights, StageScore, compute_insights
from nextmove.domain.wizard import MAX_SCORE
from nextmove.storage.reflections import ReflectionService
from nextmove.ui.wizard.bar_chart import BarChart
from nextmove.ui.wizard.cv_rates import CvRates
from nextmove.ui.wizard.screen_fit import fit_to_screen


def _score_bars(scores: list[StageScore]) -> list[tuple[str, float, str]]:
    return [(s.stage, s.average, f"{s.average:.1f} ({s.count})") for s in scores]


def _count_bars(counts: list[tuple[str, int]]) -> list[tuple[str, float, str]]:
    return [(label, float(n), str(n)) for label, n in counts]


class InsightsDialog(QDialog):
    def __init__(
        self,
        service: ReflectionService,
        parent: QWidget | None = None,
        cv_rates: list[CvRate] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insights_dialog")
        self.setWindowTitle(self.tr("Insights"))
        self.setAccessibleName(self.tr("Insights"))
        fit_to_screen(self, QSize(720, 640), QSize(420, 320))
        facts, goals = service.insight_facts()
        self.insights = compute_insights(facts, goals)

        self.stage_chart = BarChart("chart_stage_scores")
        self.beyond_chart = BarChart("chart_stage_scores_beyond", "#9a8c98")
        self.improve_chart = BarChart("chart_improvement_areas", "#c8553d")
        self.rejection_chart = BarChart("chart_rejection_stages", "#588b8b")
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedback_stats")
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goals_bar = QProgressBar()
        self.goals_bar.setObjectName("goals_progress")
        self.goals_bar.setAccessibleName(self.tr("Learning goals done"))
        self._fill(self.insights)

        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(self._intro(self.insights))
        intro.setObjectName("insights_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for title, widget in (
            (self.tr("Average score per stage"), self.stage_chart),
            (self.tr("…when it was beyond your control (kept apart)"), self.beyond_chart),
            (self.tr("Most frequent areas to improve"), self.improve_chart),
            (self.tr("Where rejections happen"), self.rejection_chart),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        numbers = QGroupBox(self.tr("Feedback and learning"))
        form = QFormLayout(numbers)
        form.addRow(self.tr("Feedback requests:"), self.feedback_label)
        form.addRow(self.tr("Learning goals done:"), self.goals_bar)
        layout.addWidget(numbers)
        if cv_rates is not None:
            cv_box = QGroupBox(self.tr("Response rate per CV version"))
            QVBoxLayout(cv_box).addWidget(CvRates(cv_rates))
            layout.addWidget(cv_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)

    def _intro(self, insights: Insights) -> str:
        if not insights.reflections:
            return self.tr("Finish a reflection and your patterns will start to show here.")
        if insights.reflections == 1:
            text = self.tr("From your first finished reflection.")
        else:
            text = self.tr("From {count} finished reflections.").format(count=insights.reflections)
        if insights.beyond_control:
            text += " " + self.tr(
                "{beyond} of them came down to things beyond your control; their scores are "
                "shown apart."
            ).format(beyond=insights.beyond_control)
        return text

    def _fill(self, insights: Insights) -> None:
        self.stage_chart.set_bars(_score_bars(insights.stage_scores), MAX_SCORE)
        self.beyond_chart.set_bars(_score_bars(insights.stage_scores_beyond), MAX_SCORE)
        self.improve_chart.set_bars(_count_bars(insights.improvement_areas[:8]))
        self.rejection_chart.set_bars(_count_bars(insights.rejection_stages))
        rate = insights.response_rate
        if rate is None:
            self.feedback_label.setText(self.tr("None asked for yet"))
        else:
            text = self.tr("{answered} of {asked} answered ({rate:.0%})").format(
                answered=insights.feedback_answered, asked=insights.feedback_requested, rate=rate
            )
            if insights.mean_days_to_reply is not None:
                text += self.tr(", after {days:.1f} days on average").format(
                    days=insights.mean_days_to_reply
                )
            self.feedback_label.setText(text)
        self.goals_bar.setRange(0, max(1, insights.goals_planned))
        self.goals_bar.setValue(insights.goals_done)
        self.goals_bar.setFormat(
            self.tr("{done} of {planned}").format(
                done=insights.goals_done, planned=insights.goals_planned
            )
        )
