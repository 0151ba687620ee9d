#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcStore, "dj.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCodes, "dj.codes", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "dj.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "dj.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "dj.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGeo, "dj.geo", QtWarningMsg)
