#pragma once

#include <exception>
#include <thread>

namespace journeyscope {

/// Runs \a here on this thread and \a there on a second one at the same time, and returns
/// when both are done; an exception of either is rethrown (\a here's first).
template <typename Here, typename There> void runSideBySide(Here&& here, There&& there)
{
    std::exception_ptr thereFailed;
    std::thread second([&] {
        try {
            there();
        } catch (...) {
            thereFailed = std::current_exception();
        }
    });
    try {
        here();
    } catch (...) {
        second.join();
        throw;
    }
    second.join();
    if (thereFailed)
        std::rethrow_exception(thereFailed);
}

} // namespace journeyscope
