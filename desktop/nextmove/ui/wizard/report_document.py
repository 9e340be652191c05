"""A reflection report as a QTextDocument, built from plain text only (never rich text)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from nextmove.domain.reflection_report import Report


def build_document(report: Report) -> QTextDocument:
    document = QTextDocument()
    cursor = QTextCursor(document)
    title = QTextCharFormat()
    title.setFontPointSize(18)
    title.setFontWeight(QFont.Weight.Bold)
    subtitle = QTextCharFormat()
    subtitle.setFontItalic(True)
    heading = QTextCharFormat()
    heading.setFontPointSize(13)
    heading.setFontWeight(QFont.Weight.Bold)
    label = QTextCharFormat()
    label.setFontWeight(QFont.Weight.Bold)
    normal = QTextCharFormat()

    cursor.insertText(report.title, title)
    cursor.insertBlock()
    cursor.insertText(report.subtitle, subtitle)
    for section in report.sections:
        cursor.insertBlock()
        cursor.insertBlock()
        cursor.insertText(section.title, heading)
        if section.bullets:
            cursor.insertBlock()
            bullets = QTextListFormat()
            bullets.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(bullets)
            for index, bullet in enumerate(section.bullets):
                if index:
                    cursor.insertBlock()
                cursor.insertText(bullet, normal)
            cursor.insertBlock()
            block_format = cursor.blockFormat()
            block_format.setObjectIndex(-1)
            cursor.setBlockFormat(block_format)
            current = cursor.currentList()
            if current is not None:
                current.remove(cursor.block())
        for row_label, text in section.rows:
            cursor.insertBlock()
            cursor.insertText(f"{row_label}: ", label)
            cursor.insertText(text, normal)
    return document
