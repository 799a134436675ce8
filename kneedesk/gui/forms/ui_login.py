# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginForm(object):
    def setupUi(self, LoginForm):
        if not LoginForm.objectName():
            LoginForm.setObjectName(u"LoginForm")
        LoginForm.resize(420, 360)
        self.outer = QVBoxLayout(LoginForm)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.card = QFrame(LoginForm)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(420, 0))
        self.card.setMaximumSize(QSize(420, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.clinicName = QLabel(self.card)
        self.clinicName.setObjectName(u"clinicName")
        self.clinicName.setText(u"KneeDesk")
        self.clinicName.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clinicName.setWordWrap(True)

        self.cardLayout.addWidget(self.clinicName)

        self.heading = QLabel(self.card)
        self.heading.setObjectName(u"heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)

        self.cardLayout.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.usernameLabel = QLabel(self.card)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.card)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.card)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.card)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.cardLayout.addLayout(self.fields)

        self.error = QLabel(self.card)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.cardLayout.addWidget(self.error)

        self.loginButton = QPushButton(self.card)
        self.loginButton.setObjectName(u"loginButton")

        self.cardLayout.addWidget(self.loginButton)

        self.hint = QLabel(self.card)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.hint)


        self.outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.loginButton)

        self.retranslateUi(LoginForm)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginForm)
    # setupUi

    def retranslateUi(self, LoginForm):
        LoginForm.setWindowTitle(QCoreApplication.translate("LoginForm", u"Log in", None))
        self.heading.setText(QCoreApplication.translate("LoginForm", u"Log in to continue", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginForm", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("LoginForm", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginForm", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LoginForm", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
        self.loginButton.setText(QCoreApplication.translate("LoginForm", u"Log in", None))
        self.hint.setText("")
    # retranslateUi

