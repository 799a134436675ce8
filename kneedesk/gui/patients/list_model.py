"""A table model over pages of patient search results: rows are fetched as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kneedesk.store.patients import Patient

# (query, limit, offset, include_archived) -> one page of patients in display order.
FetchPage = Callable[[str, int, int, bool], Sequence[Patient]]

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_CHART, COL_BIRTH, COL_AGE = range(4)
COLUMN_COUNT = 4
PatientIdRole = Qt.ItemDataRole.UserRole + 1
ArchivedRole = Qt.ItemDataRole.UserRole + 2

# Views ask for a dozen roles per cell on every paint; comparing plain ints keeps data() cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(PatientIdRole)
_ARCHIVED = int(ArchivedRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def age_on(birth_date: str | None, today: date) -> int | None:
    """Whole years of age on `today`, or None."""
    if not birth_date:
        return None
    try:
        born = date.fromisoformat(birth_date)
    except ValueError:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientListModel(QAbstractTableModel):
    """Patients matching the current search, loaded one page at a time (never the whole table)."""

    PAGE = 50  # two screens of rows: a keystroke reads no more than it shows

    def __init__(self, fetch: FetchPage, *, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._fetch = fetch
        self._today = today
        self._rows: list[Patient] = []
        self._cells: list[tuple[str, str, str, str]] = []
        self._query = ""
        self._include_archived = False
        self._exhausted = True
        self._fetching = False

    # --- search -------------------------------------------------------------------------

    @property
    def query(self) -> str:
        """The search text the rows match."""
        return self._query

    def set_query(self, query: str, *, include_archived: bool | None = None) -> None:
        """Show the first page of patients matching `query` (if the page cannot be read, the
        rows shown stay as they were and the store's error is raised)."""
        archived = self._include_archived if include_archived is None else include_archived
        rows = list(self._fetch(query, self.PAGE, 0, archived))
        self.beginResetModel()
        self._query = query
        self._include_archived = archived
        self._rows = rows
        self._cells = self._texts(self._rows)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def refresh(self) -> None:
        """Reload after a patient was added or changed."""
        self.set_query(self._query)

    def _page(self, offset: int) -> Sequence[Patient]:
        return self._fetch(self._query, self.PAGE, offset, self._include_archived)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching:
            return
        page = list(self._page(len(self._rows)))
        self._exhausted = len(page) < self.PAGE
        if not page:
            return
        first = len(self._rows)
        # Views and testers ask for more while rows go in; that waits until these are in.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self._cells.extend(self._texts(page))
            self.endInsertRows()
        finally:
            self._fetching = False

    def _texts(self, patients: Sequence[Patient]) -> list[tuple[str, str, str, str]]:
        """The four cells of each row, worked out once per page rather than on every paint."""
        today = self._today()
        cells = []
        for p in patients:
            age = age_on(p.birth_date, today)
            cells.append(
                (
                    self.tr("{name}  (archived)").format(name=p.display_name)
                    if p.archived
                    else p.display_name,
                    p.chart_number,
                    p.birth_date or "",
                    "" if age is None else str(age),
                )
            )
        return cells

    # --- model --------------------------------------------------------------------------

    def patient(self, row: int) -> Patient:
        """The patient shown on a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> tuple[str, str, str, str]:
        """The column titles, in column order."""
        return (self.tr("Name"), self.tr("Chart no."), self.tr("Date of birth"), self.tr("Age"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < COLUMN_COUNT):
            return None
        if role == _DISPLAY:
            return self._cells[row][col]
        if role == _ID:
            return self._rows[row].id
        if role == _ARCHIVED:
            return self._rows[row].archived
        if role == _TOOLTIP and col == COL_NAME:
            p = self._rows[row]
            return self.tr("{given} {family} - chart {chart}").format(
                given=p.given_name, family=p.family_name, chart=p.chart_number
            )
        if role == _ALIGN and col == COL_AGE:
            return _RIGHT
        return None
