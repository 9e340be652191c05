from nextmove.ui.main_window import MainWindow

REQUIRED_NAMES = [
    "action_new_application",
    "action_edit_application",
    "action_delete_application",
    "action_import_csv",
    "action_export_csv",
    "action_backup_now",
    "action_restore_backup",
    "action_undo",
    "action_redo",
    "action_reject_wizard",
]


def test_window_has_every_named_action(window: MainWindow) -> None:
    for name in REQUIRED_NAMES:
        assert window.action(name).objectName() == name
    assert window.windowTitle() == "Next Move"
