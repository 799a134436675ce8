"""The Settings dialog: clinic, units, videos, thresholds, security, clinicians, backups and
this workstation's clinic server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.forms.ui_settings import Ui_SettingsDialog
from kneedesk.gui.settings.backups_tab import BackupsTab
from kneedesk.gui.settings.clinic_fields import (
    FORCE_CHOICES,
    PAPER_CHOICES,
    UNIT_CHOICES,
    ClinicFields,
    fill_combo,
)
from kneedesk.gui.settings.clinicians_tab import CliniciansTab
from kneedesk.gui.settings.fields import fit_bold_text, prepare_error_label, show_field_problem
from kneedesk.gui.settings.language_tab import LanguageTab
from kneedesk.gui.settings.media_folder import MediaFolderTab
from kneedesk.gui.settings.server_tab import ServerTab
from kneedesk.gui.settings.thresholds_tab import ThresholdsTab, can_edit_thresholds
from kneedesk.store.clinic_settings import (
    MAX_AUTO_LOCK_MINUTES,
    ClinicSettings,
    SettingKey,
    changed_settings,
    check_auto_lock_minutes,
)
from kneedesk.store.errors import StoreError
from kneedesk.store.store import Store


class SettingsDialog(QDialog):
    """Edits the clinic settings; Save stores every change in one transaction, Cancel none.

    Account changes on the Clinicians tab and everything on the Backups tab take effect at
    once; a restore closes the dialog without saving. After a save, `saved_keys` lists the
    settings keys that changed and `settingsSaved` has been emitted with them, so the main
    window can re-read units, the auto-lock time or the clinic name.
    """

    settingsSaved = Signal(list)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        choose_logo_file: Callable[[], str] | None = None,
        backups: BackupCenter | None = None,
        choose_backup_folder: Callable[[str], str] | None = None,
        choose_backup_file: Callable[[str], str] | None = None,
        choose_media_folder: Callable[[str], str] | None = None,
        choose_ca_file: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("SettingsDialog")
        self._store = store
        self.saved_keys: list[str] = []
        self.clinic = ClinicFields(self.ui, self, choose_logo_file)
        self.media_folder = MediaFolderTab(self.ui.tabs, choose_media_folder)
        self.ui.tabs.insertTab(
            self.ui.tabs.indexOf(self.ui.unitsTab) + 1, self.media_folder, self.tr("Videos")
        )
        self.language = LanguageTab(
            self.ui.tabs, can_edit_clinic=can_edit_thresholds(store.current)
        )
        self.ui.tabs.insertTab(
            self.ui.tabs.indexOf(self.media_folder) + 1, self.language, self.tr("Language")
        )
        self.thresholds = ThresholdsTab(
            self.ui.thresholdForm,
            self.ui.thresholdContent,
            self.ui.resetThresholds,
            self.ui.thresholdsChanged,
            editable=can_edit_thresholds(store.current),
            units_combo=self.ui.units,
        )
        self.clinicians = CliniciansTab(self.ui, store, self)
        # Backups act at once (and a restore replaces every record, so the dialog closes
        # without saving what it showed).
        self.backup_center = backups or BackupCenter(store, self)
        self.backups = BackupsTab(
            store,
            self.backup_center,
            self,
            choose_folder=choose_backup_folder,
            choose_file=choose_backup_file,
        )
        self.ui.tabs.addTab(self.backups, self.tr("Backups"))
        # This workstation's own setting (not the clinic's): kept on this computer.
        self.server = ServerTab(
            self.ui.tabs,
            editable=can_edit_thresholds(store.current),
            choose_ca_file=choose_ca_file,
        )
        self.ui.tabs.addTab(self.server, self.tr("Clinic server"))
        self.finished.connect(self.server.stop_test)  # the dialog is deleted once closed
        self.backup_center.restored.connect(self.reject)
        self.finished.connect(self._detach_backups)
        # The scrolled thresholds sit on the tab's own background.
        self.ui.thresholdScroll.viewport().setAutoFillBackground(False)
        self.ui.thresholdContent.setAutoFillBackground(False)
        for label in (
            self.ui.unitsError,
            self.ui.forceUnitError,
            self.ui.paperError,
            self.ui.autoLockError,
            self.ui.saveError,
        ):
            prepare_error_label(label)
        spin = self.ui.autoLock
        spin.setRange(0, MAX_AUTO_LOCK_MINUTES)
        # Translators: after the number of minutes in a box; keep the leading space.
        spin.setSuffix(self.tr(" minutes"))
        # Translators: the auto-lock time set to 0: the app never locks by itself.
        spin.setSpecialValueText(self.tr("Never"))
        spin.valueChanged.connect(self._describe_auto_lock)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        fit_bold_text(save)
        self.ui.buttons.accepted.connect(self.try_save)
        self.ui.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        """Show the stored settings (model -> widgets)."""
        current = self._store.settings.read()
        self.clinic.load(current.clinic)
        fill_combo(self.ui.units, UNIT_CHOICES, current.units.system.value)
        fill_combo(self.ui.forceUnit, FORCE_CHOICES, current.units.force.value)
        fill_combo(self.ui.paper, PAPER_CHOICES, current.paper)
        self.thresholds.load(current.thresholds, current.units)
        self.ui.autoLock.setValue(current.auto_lock_minutes)
        self.media_folder.set_folder(current.media_folder)
        me = self._store.current
        mine = self._store.accounts.get(me.id).language if me is not None else None
        self.language.load(mine, current.handout_language)
        self._describe_auto_lock(self.ui.autoLock.value())

    def values(self) -> ClinicSettings:
        """The settings as the form holds them (call when `problems()` is empty)."""
        return ClinicSettings(
            clinic=self.clinic.values(),
            units=DisplayUnits(
                system=UnitSystem(self.ui.units.currentData()),
                force=ForceUnit(self.ui.forceUnit.currentData()),
            ),
            paper="letter" if self.ui.paper.currentData() == "letter" else "a4",
            thresholds=self.thresholds.thresholds(),
            auto_lock_minutes=self.ui.autoLock.value(),
            media_folder=self.media_folder.folder(),
            handout_language=self.language.handout_language(),
        )

    def problems(self) -> dict[str, dict[str, str]]:
        """Tab name -> field -> what to fix."""
        found = {
            "clinic": self.clinic.problems(),
            "thresholds": self.thresholds.problems(),
        }
        lock = check_auto_lock_minutes(self.ui.autoLock.value())
        if lock:
            found["security"] = {"auto_lock": lock}
        server = self.server.problems()
        if server:
            found["server"] = {field.name: text for field, text in server.items()}
        return {tab: fields for tab, fields in found.items() if fields}

    def try_save(self) -> bool:
        """Store every changed setting if all fields are valid; otherwise save nothing."""
        problems = self.problems()
        self.clinic.show_problems(problems.get("clinic", {}))
        self.thresholds.show_problems(problems.get("thresholds", {}))
        self.server.show_problems(self.server.problems())
        show_field_problem(
            self.ui.autoLock, self.ui.autoLockError, problems.get("security", {}).get("auto_lock")
        )
        if problems:
            self._point_at(problems)
            return False
        show_field_problem(None, self.ui.saveError, None)
        settings = self._store.settings
        changed = changed_settings(settings, settings.read(), self.values())
        if not self.thresholds.editable:  # administrators only
            changed.pop(SettingKey.THRESHOLDS, None)
            changed.pop(SettingKey.HANDOUT_LANGUAGE, None)
        if not self.server.save():  # the keychain refused the password: nothing else either
            self._point_at({"server": {"password": ""}})
            return False
        try:
            settings.save(changed)
            if (me := self._store.current) is not None:  # the clinician's own, not the clinic's
                self._store.accounts.set_language(me.id, self.language.my_language())
        except StoreError as exc:
            nothing = self.tr("Nothing was saved.")
            show_field_problem(None, self.ui.saveError, f"{nothing} {exc.what} {exc.todo}".strip())
            return False
        self.saved_keys = sorted(key.value for key in changed)
        self.settingsSaved.emit(self.saved_keys)
        self.accept()
        return True

    def _detach_backups(self) -> None:
        self.backups.detach()
        self.backup_center.restored.disconnect(self.reject)

    def _point_at(self, problems: dict[str, dict[str, str]]) -> None:
        tabs = {
            "clinic": (self.ui.clinicTab, self.clinic.first_invalid(problems.get("clinic", {}))),
            "thresholds": (
                self.ui.thresholdsTab,
                self.thresholds.first_invalid(problems.get("thresholds", {})),
            ),
            "security": (self.ui.securityTab, self.ui.autoLock),
            "server": (self.server, self.server.first_invalid(self.server.problems())),
        }
        tab, widget = next(tabs[name] for name in tabs if name in problems)
        names = ", ".join(self.ui.tabs.tabText(self.ui.tabs.indexOf(tabs[n][0])) for n in problems)
        show_field_problem(
            None,
            self.ui.saveError,
            # Translators: {tabs} names the Settings tabs with problems, e.g. "Clinic, Security".
            self.tr("Nothing was saved. Fix the fields marked in red ({tabs}).").format(
                tabs=names.replace("&&", "&")
            ),
        )
        self.ui.tabs.setCurrentWidget(tab)
        if widget is not None:
            widget.setFocus()
            if tab is self.ui.thresholdsTab:
                self.ui.thresholdScroll.ensureWidgetVisible(widget)

    def _describe_auto_lock(self, minutes: int) -> None:
        if minutes == 0:
            text = self.tr(
                "KneeDesk never locks by itself. Lock it whenever you leave the computer, "
                "or patient records stay on screen."
            )
        elif minutes == 1:
            text = self.tr(
                "After {n} minute without typing or mouse movement, KneeDesk locks and hides "
                "patient data until you log in again. Nothing you were doing is lost."
            ).format(n=minutes)
        else:
            text = self.tr(
                "After {n} minutes without typing or mouse movement, KneeDesk locks and hides "
                "patient data until you log in again. Nothing you were doing is lost."
            ).format(n=minutes)
        self.ui.autoLockNote.setText(text)
