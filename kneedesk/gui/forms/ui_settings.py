# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(1064, 600)
        SettingsDialog.setModal(True)
        self.outer = QVBoxLayout(SettingsDialog)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.clinicTab = QWidget()
        self.clinicTab.setObjectName(u"clinicTab")
        self.clinicColumn = QVBoxLayout(self.clinicTab)
        self.clinicColumn.setObjectName(u"clinicColumn")
        self.clinicIntro = QLabel(self.clinicTab)
        self.clinicIntro.setObjectName(u"clinicIntro")
        self.clinicIntro.setWordWrap(True)
        self.clinicIntro.setProperty(u"role", u"muted")

        self.clinicColumn.addWidget(self.clinicIntro)

        self.clinicForm = QFormLayout()
        self.clinicForm.setObjectName(u"clinicForm")
        self.clinicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clinicForm.setVerticalSpacing(4)
        self.clinicNameLabel = QLabel(self.clinicTab)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinicNameLabel)

        self.clinicName = QLineEdit(self.clinicTab)
        self.clinicName.setObjectName(u"clinicName")

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinicName)

        self.clinicNameError = QLabel(self.clinicTab)
        self.clinicNameError.setObjectName(u"clinicNameError")
        self.clinicNameError.setWordWrap(True)
        self.clinicNameError.setVisible(False)
        self.clinicNameError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clinicNameError)

        self.addressLabel = QLabel(self.clinicTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.clinicTab)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMinimumSize(QSize(0, 72))
        self.address.setMaximumSize(QSize(16777215, 96))

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(self.clinicTab)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setVisible(False)
        self.addressError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.phoneLabel = QLabel(self.clinicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.clinicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.clinicTab)
        self.phone.setObjectName(u"phone")

        self.clinicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.clinicTab)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)
        self.phoneError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.logoLabel = QLabel(self.clinicTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.clinicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setSpacing(8)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.clinicTab)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(160, 64))

        self.logoRow.addWidget(self.logoPreview)

        self.logoButton = QPushButton(self.clinicTab)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.logoClear = QPushButton(self.clinicTab)
        self.logoClear.setObjectName(u"logoClear")

        self.logoRow.addWidget(self.logoClear)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.clinicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(self.clinicTab)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)
        self.logoError.setVisible(False)
        self.logoError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.logoError)


        self.clinicColumn.addLayout(self.clinicForm)

        self.clinicSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clinicColumn.addItem(self.clinicSpacer)

        self.tabs.addTab(self.clinicTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsColumn = QVBoxLayout(self.unitsTab)
        self.unitsColumn.setObjectName(u"unitsColumn")
        self.unitsIntro = QLabel(self.unitsTab)
        self.unitsIntro.setObjectName(u"unitsIntro")
        self.unitsIntro.setWordWrap(True)
        self.unitsIntro.setProperty(u"role", u"muted")

        self.unitsColumn.addWidget(self.unitsIntro)

        self.unitsForm = QFormLayout()
        self.unitsForm.setObjectName(u"unitsForm")
        self.unitsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitsForm.setVerticalSpacing(4)
        self.unitsLabel = QLabel(self.unitsTab)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.unitsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.units = QComboBox(self.unitsTab)
        self.units.setObjectName(u"units")

        self.unitsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.units)

        self.unitsError = QLabel(self.unitsTab)
        self.unitsError.setObjectName(u"unitsError")
        self.unitsError.setWordWrap(True)
        self.unitsError.setVisible(False)
        self.unitsError.setProperty(u"role", u"error")

        self.unitsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitsError)

        self.forceUnitLabel = QLabel(self.unitsTab)
        self.forceUnitLabel.setObjectName(u"forceUnitLabel")

        self.unitsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.forceUnitLabel)

        self.forceUnit = QComboBox(self.unitsTab)
        self.forceUnit.setObjectName(u"forceUnit")

        self.unitsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forceUnit)

        self.forceUnitNote = QLabel(self.unitsTab)
        self.forceUnitNote.setObjectName(u"forceUnitNote")
        self.forceUnitNote.setWordWrap(True)
        self.forceUnitNote.setProperty(u"role", u"muted")

        self.unitsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.forceUnitNote)

        self.forceUnitError = QLabel(self.unitsTab)
        self.forceUnitError.setObjectName(u"forceUnitError")
        self.forceUnitError.setWordWrap(True)
        self.forceUnitError.setVisible(False)
        self.forceUnitError.setProperty(u"role", u"error")

        self.unitsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.forceUnitError)

        self.paperLabel = QLabel(self.unitsTab)
        self.paperLabel.setObjectName(u"paperLabel")

        self.unitsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.unitsTab)
        self.paper.setObjectName(u"paper")

        self.unitsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paper)

        self.paperError = QLabel(self.unitsTab)
        self.paperError.setObjectName(u"paperError")
        self.paperError.setWordWrap(True)
        self.paperError.setVisible(False)
        self.paperError.setProperty(u"role", u"error")

        self.unitsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paperError)


        self.unitsColumn.addLayout(self.unitsForm)

        self.unitsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitsColumn.addItem(self.unitsSpacer)

        self.tabs.addTab(self.unitsTab, "")
        self.thresholdsTab = QWidget()
        self.thresholdsTab.setObjectName(u"thresholdsTab")
        self.thresholdsColumn = QVBoxLayout(self.thresholdsTab)
        self.thresholdsColumn.setObjectName(u"thresholdsColumn")
        self.thresholdsIntro = QLabel(self.thresholdsTab)
        self.thresholdsIntro.setObjectName(u"thresholdsIntro")
        self.thresholdsIntro.setWordWrap(True)
        self.thresholdsIntro.setProperty(u"role", u"muted")

        self.thresholdsColumn.addWidget(self.thresholdsIntro)

        self.thresholdScroll = QScrollArea(self.thresholdsTab)
        self.thresholdScroll.setObjectName(u"thresholdScroll")
        self.thresholdScroll.setWidgetResizable(True)
        self.thresholdScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.thresholdContent = QWidget()
        self.thresholdContent.setObjectName(u"thresholdContent")
        self.thresholdForm = QFormLayout(self.thresholdContent)
        self.thresholdForm.setObjectName(u"thresholdForm")
        self.thresholdForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.thresholdForm.setVerticalSpacing(4)
        self.thresholdScroll.setWidget(self.thresholdContent)

        self.thresholdsColumn.addWidget(self.thresholdScroll)

        self.thresholdButtons = QHBoxLayout()
        self.thresholdButtons.setObjectName(u"thresholdButtons")
        self.thresholdsChanged = QLabel(self.thresholdsTab)
        self.thresholdsChanged.setObjectName(u"thresholdsChanged")
        self.thresholdsChanged.setProperty(u"role", u"muted")

        self.thresholdButtons.addWidget(self.thresholdsChanged)

        self.thresholdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdButtons.addItem(self.thresholdSpacer)

        self.resetThresholds = QPushButton(self.thresholdsTab)
        self.resetThresholds.setObjectName(u"resetThresholds")

        self.thresholdButtons.addWidget(self.resetThresholds)


        self.thresholdsColumn.addLayout(self.thresholdButtons)

        self.tabs.addTab(self.thresholdsTab, "")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityColumn = QVBoxLayout(self.securityTab)
        self.securityColumn.setObjectName(u"securityColumn")
        self.securityForm = QFormLayout()
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.autoLockLabel = QLabel(self.securityTab)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLock = QSpinBox(self.securityTab)
        self.autoLock.setObjectName(u"autoLock")
        self.autoLock.setMinimumSize(QSize(140, 0))

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autoLock)

        self.autoLockError = QLabel(self.securityTab)
        self.autoLockError.setObjectName(u"autoLockError")
        self.autoLockError.setWordWrap(True)
        self.autoLockError.setVisible(False)
        self.autoLockError.setProperty(u"role", u"error")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autoLockError)


        self.securityColumn.addLayout(self.securityForm)

        self.autoLockNote = QLabel(self.securityTab)
        self.autoLockNote.setObjectName(u"autoLockNote")
        self.autoLockNote.setWordWrap(True)
        self.autoLockNote.setProperty(u"role", u"muted")

        self.securityColumn.addWidget(self.autoLockNote)

        self.securitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityColumn.addItem(self.securitySpacer)

        self.tabs.addTab(self.securityTab, "")
        self.cliniciansTab = QWidget()
        self.cliniciansTab.setObjectName(u"cliniciansTab")
        self.cliniciansColumn = QVBoxLayout(self.cliniciansTab)
        self.cliniciansColumn.setObjectName(u"cliniciansColumn")
        self.cliniciansNote = QLabel(self.cliniciansTab)
        self.cliniciansNote.setObjectName(u"cliniciansNote")
        self.cliniciansNote.setWordWrap(True)
        self.cliniciansNote.setProperty(u"role", u"muted")

        self.cliniciansColumn.addWidget(self.cliniciansNote)

        self.accountsTable = QTableWidget(self.cliniciansTab)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setAlternatingRowColors(True)
        self.accountsTable.horizontalHeader().setStretchLastSection(True)
        self.accountsTable.verticalHeader().setVisible(False)

        self.cliniciansColumn.addWidget(self.accountsTable)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.addAccount = QPushButton(self.cliniciansTab)
        self.addAccount.setObjectName(u"addAccount")

        self.accountButtons.addWidget(self.addAccount)

        self.resetPassword = QPushButton(self.cliniciansTab)
        self.resetPassword.setObjectName(u"resetPassword")

        self.accountButtons.addWidget(self.resetPassword)

        self.toggleActive = QPushButton(self.cliniciansTab)
        self.toggleActive.setObjectName(u"toggleActive")

        self.accountButtons.addWidget(self.toggleActive)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)


        self.cliniciansColumn.addLayout(self.accountButtons)

        self.accountsMessage = QLabel(self.cliniciansTab)
        self.accountsMessage.setObjectName(u"accountsMessage")
        self.accountsMessage.setWordWrap(True)
        self.accountsMessage.setProperty(u"role", u"muted")

        self.cliniciansColumn.addWidget(self.accountsMessage)

        self.accountsError = QLabel(self.cliniciansTab)
        self.accountsError.setObjectName(u"accountsError")
        self.accountsError.setWordWrap(True)
        self.accountsError.setVisible(False)
        self.accountsError.setProperty(u"role", u"error")

        self.cliniciansColumn.addWidget(self.accountsError)

        self.tabs.addTab(self.cliniciansTab, "")

        self.outer.addWidget(self.tabs)

        self.saveError = QLabel(SettingsDialog)
        self.saveError.setObjectName(u"saveError")
        self.saveError.setWordWrap(True)
        self.saveError.setVisible(False)
        self.saveError.setProperty(u"role", u"error")

        self.outer.addWidget(self.saveError)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clinicNameLabel.setBuddy(self.clinicName)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.logoLabel.setBuddy(self.logoButton)
        self.unitsLabel.setBuddy(self.units)
        self.forceUnitLabel.setBuddy(self.forceUnit)
        self.paperLabel.setBuddy(self.paper)
        self.autoLockLabel.setBuddy(self.autoLock)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.clinicName)
        QWidget.setTabOrder(self.clinicName, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.logoClear)
        QWidget.setTabOrder(self.logoClear, self.units)
        QWidget.setTabOrder(self.units, self.forceUnit)
        QWidget.setTabOrder(self.forceUnit, self.paper)
        QWidget.setTabOrder(self.paper, self.resetThresholds)
        QWidget.setTabOrder(self.resetThresholds, self.autoLock)
        QWidget.setTabOrder(self.autoLock, self.accountsTable)
        QWidget.setTabOrder(self.accountsTable, self.addAccount)
        QWidget.setTabOrder(self.addAccount, self.resetPassword)
        QWidget.setTabOrder(self.resetPassword, self.toggleActive)
        QWidget.setTabOrder(self.toggleActive, self.buttons)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.clinicIntro.setText(QCoreApplication.translate("SettingsDialog", u"These details head every report and handout.", None))
        self.clinicNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Clinic &name *", None))
#if QT_CONFIG(accessibility)
        self.clinicName.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNameError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Clinic phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("SettingsDialog", u"No logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.logoButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose logo...", None))
#if QT_CONFIG(accessibility)
        self.logoButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the clinic logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoClear.setText(QCoreApplication.translate("SettingsDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.logoClear.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Remove the logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.clinicTab), QCoreApplication.translate("SettingsDialog", u"Clinic", None))
        self.unitsIntro.setText(QCoreApplication.translate("SettingsDialog", u"Values are always stored in metric units; these settings change how they are shown and typed.", None))
        self.unitsLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Units", None))
#if QT_CONFIG(accessibility)
        self.units.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Units", None))
#endif // QT_CONFIG(accessibility)
        self.unitsError.setText("")
        self.forceUnitLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Dynamometer unit", None))
#if QT_CONFIG(accessibility)
        self.forceUnit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dynamometer unit", None))
#endif // QT_CONFIG(accessibility)
        self.forceUnitNote.setText(QCoreApplication.translate("SettingsDialog", u"The unit your hand-held dynamometer shows; strength is typed in it.", None))
        self.forceUnitError.setText("")
        self.paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paper.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.paperError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("SettingsDialog", u"Units && paper", None))
        self.thresholdsIntro.setText(QCoreApplication.translate("SettingsDialog", u"When a finding is reported. The defaults come from the published sources named under each value; change them only if your clinic has agreed on other values.", None))
        self.thresholdsChanged.setText("")
        self.resetThresholds.setText(QCoreApplication.translate("SettingsDialog", u"Reset to defaults", None))
#if QT_CONFIG(accessibility)
        self.resetThresholds.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Reset all thresholds to their defaults", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.thresholdsTab), QCoreApplication.translate("SettingsDialog", u"Thresholds", None))
        self.autoLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock after", None))
#if QT_CONFIG(accessibility)
        self.autoLock.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Auto-lock after minutes", None))
#endif // QT_CONFIG(accessibility)
        self.autoLockError.setText("")
        self.autoLockNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.cliniciansNote.setText(QCoreApplication.translate("SettingsDialog", u"Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.", None))
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Clinician accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addAccount.setText(QCoreApplication.translate("SettingsDialog", u"Add clinician...", None))
        self.resetPassword.setText(QCoreApplication.translate("SettingsDialog", u"Reset password...", None))
        self.toggleActive.setText(QCoreApplication.translate("SettingsDialog", u"Deactivate", None))
        self.accountsMessage.setText("")
        self.accountsError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.cliniciansTab), QCoreApplication.translate("SettingsDialog", u"Clinicians", None))
        self.saveError.setText("")
    # retranslateUi

