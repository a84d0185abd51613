// serve(): the message loop. A reader thread frames and parses what the client sends into a
// queue; this thread handles the queue, and runs the throttled checks only when the queue is
// empty, so a burst of edits is one check and requests never wait behind stale work.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "chainmap/lsp.h"
#include "lsp/server.h"

namespace chainmap::lsp {

namespace {

struct Queue {
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<Incoming> items;
  bool end = false;
};

bool is_cancel(const Incoming& in) {
  return in.kind == Incoming::Kind::Message && in.message.is_object() &&
         in.message.contains("method") && in.message["method"] == "$/cancelRequest";
}

}  // namespace

int serve(Input& in, Output& out, const ServerOptions& options) {
  auto queue = std::make_shared<Queue>();
  std::thread reader([queue, &in] {
    MessageReader messages(in);
    for (;;) {
      Incoming next = messages.next();
      const bool end = next.kind == Incoming::Kind::End;
      {
        std::lock_guard lock(queue->mutex);
        if (end)
          queue->end = true;
        else
          queue->items.push_back(std::move(next));
      }
      queue->ready.notify_one();
      if (end) return;
    }
  });

  Server server(out, options);
  bool end = false;
  while (!server.done() && server.connected()) {
    std::deque<Incoming> batch;
    {
      std::unique_lock lock(queue->mutex);
      const auto has_work = [&] { return !queue->items.empty() || queue->end; };
      if (auto due = server.next_due())
        queue->ready.wait_until(lock, *due, has_work);
      else
        queue->ready.wait(lock, has_work);
      batch.swap(queue->items);
      end = queue->end;
    }
    if (!batch.empty()) {
      // Cancellations of requests that are still waiting in this batch take effect first.
      for (std::size_t i = 0; i < batch.size(); ++i)
        if (is_cancel(batch[i]) && batch[i].message.contains("params") &&
            batch[i].message["params"].is_object()) {
          const json& id = batch[i].message["params"].value("id", json());
          for (std::size_t k = 0; k < i; ++k)
            if (batch[k].kind == Incoming::Kind::Message && batch[k].message.is_object() &&
                batch[k].message.value("id", json()) == id && !id.is_null())
              server.cancel(id);
        }
      for (const Incoming& message : batch) {
        server.handle(message, Clock::now());
        if (server.done()) break;
      }
      continue;  // read whatever else has arrived before checking
    }
    if (end) break;
    server.run_due(Clock::now());
  }

  // The reader ends with the input; if the client keeps it open after `exit`, leave the
  // reader blocked in read() (the process is about to end).
  {
    std::unique_lock lock(queue->mutex);
    queue->ready.wait_for(lock, std::chrono::milliseconds(100), [&] { return queue->end; });
    end = queue->end;
  }
  if (end)
    reader.join();
  else
    reader.detach();
  return server.exit_status();
}

}  // namespace chainmap::lsp
