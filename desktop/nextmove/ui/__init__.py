"""The PySide6 interface. The only package (with app.py) that imports Qt."""
