#pragma once

// Opens the application's main window on a project, as a user would, for GUI tests.

#include "ui/mainwindow.h"

#include <memory>
#include <QSignalSpy>

namespace journeyscope::test {

/// A shown main window with \a path open, or null when the project did not open in time.
inline std::unique_ptr<MainWindow> openWindow(const QString& path)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy loaded(window.get(), &MainWindow::projectLoaded);
    window->openProject(path);
    if (!loaded.wait(30000) || !loaded.first().first().toBool())
        return nullptr;
    return window;
}

} // namespace journeyscope::test
