# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clinic_setup.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ClinicSetupDialog(object):
    def setupUi(self, ClinicSetupDialog):
        if not ClinicSetupDialog.objectName():
            ClinicSetupDialog.setObjectName(u"ClinicSetupDialog")
        ClinicSetupDialog.resize(1000, 520)
        ClinicSetupDialog.setModal(True)
        self.outer = QVBoxLayout(ClinicSetupDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.title = QLabel(ClinicSetupDialog)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.outer.addWidget(self.title)

        self.intro = QLabel(ClinicSetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"muted")

        self.outer.addWidget(self.intro)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.clinicBox = QGroupBox(ClinicSetupDialog)
        self.clinicBox.setObjectName(u"clinicBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.clinicBox.sizePolicy().hasHeightForWidth())
        self.clinicBox.setSizePolicy(sizePolicy)
        self.clinicForm = QFormLayout(self.clinicBox)
        self.clinicForm.setObjectName(u"clinicForm")
        self.clinicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clinicForm.setVerticalSpacing(4)
        self.clinicNameLabel = QLabel(self.clinicBox)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinicNameLabel)

        self.clinicName = QLineEdit(self.clinicBox)
        self.clinicName.setObjectName(u"clinicName")

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinicName)

        self.clinicNameError = QLabel(self.clinicBox)
        self.clinicNameError.setObjectName(u"clinicNameError")
        self.clinicNameError.setWordWrap(True)
        self.clinicNameError.setVisible(False)
        self.clinicNameError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clinicNameError)

        self.addressLabel = QLabel(self.clinicBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.clinicBox)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMinimumSize(QSize(0, 64))
        self.address.setMaximumSize(QSize(16777215, 80))

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(self.clinicBox)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setVisible(False)
        self.addressError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.phoneLabel = QLabel(self.clinicBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.clinicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.clinicBox)
        self.phone.setObjectName(u"phone")

        self.clinicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.clinicBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)
        self.phoneError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.logoLabel = QLabel(self.clinicBox)
        self.logoLabel.setObjectName(u"logoLabel")

        self.clinicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setSpacing(8)
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.clinicBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(160, 64))

        self.logoRow.addWidget(self.logoPreview)

        self.logoButton = QPushButton(self.clinicBox)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.logoClear = QPushButton(self.clinicBox)
        self.logoClear.setObjectName(u"logoClear")

        self.logoRow.addWidget(self.logoClear)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.clinicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoError = QLabel(self.clinicBox)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)
        self.logoError.setVisible(False)
        self.logoError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.logoError)

        self.unitsLabel = QLabel(self.clinicBox)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.clinicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitsLabel)

        self.units = QComboBox(self.clinicBox)
        self.units.setObjectName(u"units")

        self.clinicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.units)

        self.unitsError = QLabel(self.clinicBox)
        self.unitsError.setObjectName(u"unitsError")
        self.unitsError.setWordWrap(True)
        self.unitsError.setVisible(False)
        self.unitsError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitsError)

        self.paperLabel = QLabel(self.clinicBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.clinicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.clinicBox)
        self.paper.setObjectName(u"paper")

        self.clinicForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.paper)

        self.paperError = QLabel(self.clinicBox)
        self.paperError.setObjectName(u"paperError")
        self.paperError.setWordWrap(True)
        self.paperError.setVisible(False)
        self.paperError.setProperty(u"role", u"error")

        self.clinicForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.paperError)


        self.columns.addWidget(self.clinicBox)

        self.accountBox = QGroupBox(ClinicSetupDialog)
        self.accountBox.setObjectName(u"accountBox")
        sizePolicy.setHeightForWidth(self.accountBox.sizePolicy().hasHeightForWidth())
        self.accountBox.setSizePolicy(sizePolicy)
        self.accountColumn = QVBoxLayout(self.accountBox)
        self.accountColumn.setObjectName(u"accountColumn")
        self.accountNote = QLabel(self.accountBox)
        self.accountNote.setObjectName(u"accountNote")
        self.accountNote.setWordWrap(True)
        self.accountNote.setProperty(u"role", u"muted")

        self.accountColumn.addWidget(self.accountNote)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.accountForm.setVerticalSpacing(4)
        self.displayNameLabel = QLabel(self.accountBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(self.accountBox)
        self.displayName.setObjectName(u"displayName")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(self.accountBox)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)
        self.displayNameError.setVisible(False)
        self.displayNameError.setProperty(u"role", u"error")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.usernameLabel = QLabel(self.accountBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.accountBox)
        self.username.setObjectName(u"username")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(self.accountBox)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setVisible(False)
        self.usernameError.setProperty(u"role", u"error")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.passwordLabel = QLabel(self.accountBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.accountBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(self.accountBox)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setVisible(False)
        self.passwordError.setProperty(u"role", u"error")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.confirmLabel = QLabel(self.accountBox)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(self.accountBox)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.confirmError = QLabel(self.accountBox)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setVisible(False)
        self.confirmError.setProperty(u"role", u"error")

        self.accountForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.accountColumn.addLayout(self.accountForm)

        self.accountBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountColumn.addItem(self.accountBottomSpacer)


        self.columns.addWidget(self.accountBox)


        self.outer.addLayout(self.columns)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

        self.requiredNote = QLabel(ClinicSetupDialog)
        self.requiredNote.setObjectName(u"requiredNote")
        self.requiredNote.setProperty(u"role", u"muted")

        self.outer.addWidget(self.requiredNote)

        self.formError = QLabel(ClinicSetupDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttons = QDialogButtonBox(ClinicSetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clinicNameLabel.setBuddy(self.clinicName)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.logoLabel.setBuddy(self.logoButton)
        self.unitsLabel.setBuddy(self.units)
        self.paperLabel.setBuddy(self.paper)
        self.displayNameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.confirmLabel.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clinicName, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.logoClear)
        QWidget.setTabOrder(self.logoClear, self.units)
        QWidget.setTabOrder(self.units, self.paper)
        QWidget.setTabOrder(self.paper, self.displayName)
        QWidget.setTabOrder(self.displayName, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.buttons)

        self.retranslateUi(ClinicSetupDialog)

        QMetaObject.connectSlotsByName(ClinicSetupDialog)
    # setupUi

    def retranslateUi(self, ClinicSetupDialog):
        ClinicSetupDialog.setWindowTitle(QCoreApplication.translate("ClinicSetupDialog", u"Set up KneeDesk", None))
        self.title.setText(QCoreApplication.translate("ClinicSetupDialog", u"Welcome to KneeDesk", None))
        self.intro.setText(QCoreApplication.translate("ClinicSetupDialog", u"Set up your clinic and your own account. You can change all of this later in Settings.", None))
        self.clinicBox.setTitle(QCoreApplication.translate("ClinicSetupDialog", u"Clinic", None))
        self.clinicNameLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"Clinic &name *", None))
#if QT_CONFIG(accessibility)
        self.clinicName.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.clinicNameError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Clinic phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
        self.logoLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"&Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("ClinicSetupDialog", u"No logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.logoButton.setText(QCoreApplication.translate("ClinicSetupDialog", u"Choose logo...", None))
#if QT_CONFIG(accessibility)
        self.logoButton.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Choose the clinic logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoClear.setText(QCoreApplication.translate("ClinicSetupDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.logoClear.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Remove the logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoError.setText("")
        self.unitsLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"&Units", None))
#if QT_CONFIG(accessibility)
        self.units.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Units", None))
#endif // QT_CONFIG(accessibility)
        self.unitsError.setText("")
        self.paperLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"Pape&r", None))
#if QT_CONFIG(accessibility)
        self.paper.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.paperError.setText("")
        self.accountBox.setTitle(QCoreApplication.translate("ClinicSetupDialog", u"Your account (administrator)", None))
        self.accountNote.setText(QCoreApplication.translate("ClinicSetupDialog", u"As the first clinician you are the administrator: you can add other clinicians in Settings.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"Your na&me *", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Clinician name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameError.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"User&name *", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"Pass&word *", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordError.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("ClinicSetupDialog", u"&Confirm password *", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("ClinicSetupDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmError.setText("")
        self.requiredNote.setText(QCoreApplication.translate("ClinicSetupDialog", u"* required", None))
        self.formError.setText("")
    # retranslateUi

