# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QToolButton, QVBoxLayout,
    QWidget)

class Ui_PatientDialog(object):
    def setupUi(self, PatientDialog):
        if not PatientDialog.objectName():
            PatientDialog.setObjectName(u"PatientDialog")
        PatientDialog.resize(460, 420)
        PatientDialog.setModal(True)
        self.outer = QVBoxLayout(PatientDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.givenNameLabel = QLabel(PatientDialog)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenName = QLineEdit(PatientDialog)
        self.givenName.setObjectName(u"givenName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenName)

        self.givenNameError = QLabel(PatientDialog)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setWordWrap(True)
        self.givenNameError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenNameError)

        self.familyNameLabel = QLabel(PatientDialog)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyName = QLineEdit(PatientDialog)
        self.familyName.setObjectName(u"familyName")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.familyNameError = QLabel(PatientDialog)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setWordWrap(True)
        self.familyNameError.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.familyNameError)

        self.birthDateLabel = QLabel(PatientDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateRow = QHBoxLayout()
        self.birthDateRow.setObjectName(u"birthDateRow")
        self.birthDate = QLineEdit(PatientDialog)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setMaxLength(10)

        self.birthDateRow.addWidget(self.birthDate)

        self.birthDateCalendar = QToolButton(PatientDialog)
        self.birthDateCalendar.setObjectName(u"birthDateCalendar")
        self.birthDateCalendar.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.birthDateRow.addWidget(self.birthDateCalendar)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthDateRow)

        self.birthDateError = QLabel(PatientDialog)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateError)

        self.sexLabel = QLabel(PatientDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(PatientDialog)
        self.sex.setObjectName(u"sex")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sex)

        self.sexError = QLabel(PatientDialog)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setWordWrap(True)
        self.sexError.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sexError)

        self.chartNumberLabel = QLabel(PatientDialog)
        self.chartNumberLabel.setObjectName(u"chartNumberLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.chartNumberLabel)

        self.chartNumber = QLineEdit(PatientDialog)
        self.chartNumber.setObjectName(u"chartNumber")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.chartNumber)

        self.chartNumberError = QLabel(PatientDialog)
        self.chartNumberError.setObjectName(u"chartNumberError")
        self.chartNumberError.setWordWrap(True)
        self.chartNumberError.setVisible(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.chartNumberError)


        self.outer.addLayout(self.form)

        self.requiredNote = QLabel(PatientDialog)
        self.requiredNote.setObjectName(u"requiredNote")

        self.outer.addWidget(self.requiredNote)

        self.buttons = QDialogButtonBox(PatientDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenNameLabel.setBuddy(self.givenName)
        self.familyNameLabel.setBuddy(self.familyName)
        self.birthDateLabel.setBuddy(self.birthDate)
        self.sexLabel.setBuddy(self.sex)
        self.chartNumberLabel.setBuddy(self.chartNumber)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenName, self.familyName)
        QWidget.setTabOrder(self.familyName, self.birthDate)
        QWidget.setTabOrder(self.birthDate, self.sex)
        QWidget.setTabOrder(self.sex, self.chartNumber)
        QWidget.setTabOrder(self.chartNumber, self.buttons)

        self.retranslateUi(PatientDialog)

        QMetaObject.connectSlotsByName(PatientDialog)
    # setupUi

    def retranslateUi(self, PatientDialog):
        PatientDialog.setWindowTitle(QCoreApplication.translate("PatientDialog", u"Patient", None))
        self.givenNameLabel.setText(QCoreApplication.translate("PatientDialog", u"Given name(s) *", None))
#if QT_CONFIG(accessibility)
        self.givenName.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.givenNameError.setText("")
        self.familyNameLabel.setText(QCoreApplication.translate("PatientDialog", u"Family name *", None))
#if QT_CONFIG(accessibility)
        self.familyName.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.familyNameError.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("PatientDialog", u"Date of birth *", None))
#if QT_CONFIG(accessibility)
        self.birthDate.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.birthDate.setAccessibleDescription(QCoreApplication.translate("PatientDialog", u"Year, month, day, for example 1992-03-14", None))
#endif // QT_CONFIG(accessibility)
        self.birthDate.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"YYYY-MM-DD", None))
        self.birthDateCalendar.setText(QCoreApplication.translate("PatientDialog", u"Calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.birthDateCalendar.setToolTip(QCoreApplication.translate("PatientDialog", u"Pick the date on a calendar (Alt+Down in the field)", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateError.setText("")
        self.sexLabel.setText(QCoreApplication.translate("PatientDialog", u"Sex", None))
#if QT_CONFIG(accessibility)
        self.sex.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.sexError.setText("")
        self.chartNumberLabel.setText(QCoreApplication.translate("PatientDialog", u"Chart number *", None))
#if QT_CONFIG(accessibility)
        self.chartNumber.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Chart number", None))
#endif // QT_CONFIG(accessibility)
        self.chartNumber.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Unique in this clinic", None))
        self.chartNumberError.setText("")
        self.requiredNote.setText(QCoreApplication.translate("PatientDialog", u"* required", None))
    # retranslateUi

