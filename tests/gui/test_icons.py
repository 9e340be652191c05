"""Every toolbar icon exists as a bundled SVG that Qt can draw (the fallback on Windows and
macOS, and in the frozen bundle)."""

from __future__ import annotations

from nextmove.ui.icons import ACTION_ICONS, bundled_icon


def test_every_bundled_action_icon_renders(qapp: object) -> None:
    for name in ACTION_ICONS.values():
        pixmap = bundled_icon(name).pixmap(24, 24)
        assert not pixmap.isNull(), name
        image = pixmap.toImage()
        drawn = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 0)
        assert drawn > 20, name  # a visible glyph, not an empty square
