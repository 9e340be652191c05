"""What every insights chart shares: an empty state that says what will appear, a context menu
to save it as a PNG, and drawing that works the same on screen and into an image."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

# Export at twice the pixels so the saved picture stays sharp on slides and in documents.
EXPORT_SCALE = 2.0


class Chart(QWidget):
    """A chart drawn with QPainter; subclasses implement `has_data`, `draw` and `chart_height`."""

    saveRequested = Signal()
    # After new figures arrived (or none): whether there is anything to show now.
    dataChanged = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = ""
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.save_action = QAction(self.tr("Save Chart as PNG…"), self)
        self.save_action.setObjectName(f"action_save_{name}")
        self.save_action.triggered.connect(self.saveRequested)
        self.addAction(self.save_action)
        self.customContextMenuRequested.connect(self._on_self_customContextMenuRequested)

    def set_texts(self, title: str, empty_text: str) -> None:
        """The chart's title (saved with the picture) and what its empty state promises."""
        self.title = title
        self.empty_text = empty_text
        self.setAccessibleName(title)
        self.refresh()

    # ----- for subclasses -------------------------------------------------------------------

    def has_data(self) -> bool:
        raise NotImplementedError

    def chart_height(self) -> int:
        """Height the chart needs to be read comfortably."""
        raise NotImplementedError

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        """The figures as one line of text, for screen readers."""
        return ""

    def tooltip_at(self, pos: QPoint) -> str:
        """The figures under the mouse pointer, if any."""
        del pos
        return ""

    # ----- shared ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Call after the data changed."""
        filled = self.has_data()
        self.setAccessibleDescription(self.describe() if filled else self.empty_text)
        self.save_action.setEnabled(filled)
        self.updateGeometry()
        self.update()
        self.dataChanged.emit(filled)

    def sizeHint(self) -> QSize:
        return QSize(520, self.chart_height() if self.has_data() else 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def muted_color(self) -> QColor:
        color = self.text_color()
        color.setAlphaF(0.6)
        return color

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos()) if self.has_data() else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, QRectF(self.rect()))
        painter.end()

    def _paint(self, painter: QPainter, rect: QRectF) -> None:
        if self.has_data():
            self.draw(painter, rect)
            return
        frame = rect.adjusted(1, 1, -1, -1)
        pen = QPen(self.muted_color(), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, 6, 6)
        painter.setPen(self.muted_color())
        painter.drawText(
            frame.adjusted(16, 8, -16, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.empty_text,
        )

    def to_image(self) -> QImage:
        """The chart as a picture with an opaque background and its title on top."""
        size = self.size() if self.isVisible() else self.sizeHint()
        width, height = max(size.width(), 480), max(size.height(), self.sizeHint().height())
        title_height = self.fontMetrics().height() + 16
        image = QImage(
            int(width * EXPORT_SCALE),
            int((height + title_height) * EXPORT_SCALE),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(EXPORT_SCALE)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.text_color())
        painter.drawText(
            QRectF(8, 4, width - 16, title_height - 4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.setFont(self.font())
        painter.translate(0, title_height)
        self._paint(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    def _on_self_customContextMenuRequested(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("chart_menu")
        menu.addAction(self.save_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.mapToGlobal(pos))
