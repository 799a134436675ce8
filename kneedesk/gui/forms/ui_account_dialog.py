# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(520, 320)
        AccountDialog.setModal(True)
        self.outer = QVBoxLayout(AccountDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(AccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"muted")

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.displayNameLabel = QLabel(AccountDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(AccountDialog)
        self.displayName.setObjectName(u"displayName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(AccountDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)
        self.displayNameError.setVisible(False)
        self.displayNameError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.usernameLabel = QLabel(AccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(AccountDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(AccountDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setVisible(False)
        self.usernameError.setProperty(u"role", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.admin = QCheckBox(AccountDialog)
        self.admin.setObjectName(u"admin")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.admin)

        self.passwordLabel = QLabel(AccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(AccountDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(AccountDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setVisible(False)
        self.passwordError.setProperty(u"role", u"error")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.confirmLabel = QLabel(AccountDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(AccountDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.confirmError = QLabel(AccountDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setVisible(False)
        self.confirmError.setProperty(u"role", u"error")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.outer.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

        self.formError = QLabel(AccountDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.confirmLabel.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.displayName, self.username)
        QWidget.setTabOrder(self.username, self.admin)
        QWidget.setTabOrder(self.admin, self.password)
        QWidget.setTabOrder(self.password, self.confirm)
        QWidget.setTabOrder(self.confirm, self.buttons)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Add clinician", None))
        self.intro.setText(QCoreApplication.translate("AccountDialog", u"The new clinician logs in with this user name and password.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AccountDialog", u"Full &name *", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Clinician name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameError.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("AccountDialog", u"User&name *", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setText("")
        self.admin.setText(QCoreApplication.translate("AccountDialog", u"&Administrator (may manage clinicians)", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"&Password *", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordError.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("AccountDialog", u"&Confirm password *", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmError.setText("")
        self.formError.setText("")
    # retranslateUi

