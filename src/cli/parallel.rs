//! Work spread over threads, results delivered in input order.
//!
//! A corpus run reads, maps and lints each file on its own, so files are
//! handed to `jobs` worker threads; the caller's `sink` still sees results
//! in the order of the input, and no worker runs more than a small window
//! ahead of the sink, so memory stays bounded by the window, not the corpus.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// The number of threads to use when the user does not say: the machine's cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Apply `work` to every item on `jobs` threads and pass the results to
/// `sink` in input order. The first error (from `work` or `sink`) stops the
/// run and is returned; later items may not be processed.
pub fn ordered<T, R, E>(
    items: &[T],
    jobs: usize,
    work: impl Fn(&T) -> Result<R, E> + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
    E: Send,
{
    let jobs = jobs.clamp(1, items.len().max(1));
    if jobs == 1 {
        for item in items {
            sink(work(item)?)?;
        }
        return Ok(());
    }
    // How far ahead of the sink workers may go.
    let window = jobs * 4;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // Results delivered so far, and how many workers wait for it to grow.
    // Both are read without the lock on the common path, where no one
    // waits, so a document costs no lock and no wake-up system call.
    let emitted = AtomicUsize::new(0);
    let waiting = AtomicUsize::new(0);
    let lock = Mutex::new(());
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Result<R, E>)>();
    let on_panic = || OnPanic {
        stop: &stop,
        lock: &lock,
        moved: &moved,
    };
    std::thread::scope(|scope| {
        // A panic anywhere stops the others, so that the scope can join them
        // and pass the panic on instead of waiting for ever.
        let _caller = on_panic();
        // The caller's thread is one of the `jobs`: it maps items too and
        // delivers results between them, so it does not sleep and wake once
        // per item waiting for the others.
        for _ in 1..jobs {
            let tx = tx.clone();
            let (next, stop, emitted, waiting, lock, moved, work) =
                (&next, &stop, &emitted, &waiting, &lock, &moved, &work);
            let guard = on_panic();
            scope.spawn(move || loop {
                let _guard = &guard;
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                if i >= emitted.load(Ordering::SeqCst) + window {
                    let mut guard = lock.lock().unwrap_or_else(|p| p.into_inner());
                    // Counted before the check, so the sink either sees this
                    // waiter or has already published what the check reads.
                    waiting.fetch_add(1, Ordering::SeqCst);
                    while i >= emitted.load(Ordering::SeqCst) + window
                        && !stop.load(Ordering::SeqCst)
                    {
                        guard = moved.wait(guard).unwrap_or_else(|p| p.into_inner());
                    }
                    waiting.fetch_sub(1, Ordering::SeqCst);
                }
                if stop.load(Ordering::SeqCst) || tx.send((i, work(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let wake = || {
            let _guard = lock.lock().unwrap_or_else(|p| p.into_inner());
            moved.notify_all();
        };
        let halt = |result: Result<(), E>| {
            stop.store(true, Ordering::SeqCst);
            wake();
            result
        };
        let mut pending = BTreeMap::new();
        let mut wanted = 0;
        while wanted < items.len() {
            pending.extend(rx.try_iter());
            while let Some(result) = pending.remove(&wanted) {
                let delivered = result.and_then(&mut sink);
                if delivered.is_err() {
                    return halt(delivered);
                }
                wanted += 1;
                emitted.store(wanted, Ordering::SeqCst);
                if waiting.load(Ordering::SeqCst) > 0 {
                    wake();
                }
            }
            if wanted == items.len() {
                break;
            }
            // Map the next item here unless that would run past the window
            // (a slow item on a worker holds delivery back); otherwise wait.
            if next.load(Ordering::Relaxed) < (wanted + window).min(items.len()) {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i < items.len() {
                    pending.insert(i, work(&items[i]));
                    continue;
                }
            }
            match rx.recv() {
                Ok((i, result)) => {
                    pending.insert(i, result);
                }
                // Every worker has stopped and no result can come.
                Err(_) => break,
            }
        }
        halt(Ok(()))
    })
}

/// Stops the run and wakes every waiting worker when dropped by a panic.
struct OnPanic<'a> {
    stop: &'a AtomicBool,
    lock: &'a Mutex<()>,
    moved: &'a Condvar,
}

impl Drop for OnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.stop.store(true, Ordering::SeqCst);
            let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
            self.moved.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_input_order_on_any_thread_count() {
        let items: Vec<u64> = (0..500).collect();
        for jobs in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            ordered(
                &items,
                jobs,
                |&i| Ok::<u64, ()>(i * i),
                |r| {
                    seen.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(
                seen,
                items.iter().map(|i| i * i).collect::<Vec<_>>(),
                "jobs {jobs}"
            );
        }
    }

    #[test]
    fn a_panic_in_work_or_sink_is_passed_on_not_waited_for() {
        // Items far past the window keep workers parked while the panic
        // unwinds: the run must end (with the panic), on any thread.
        let items: Vec<u32> = (0..10_000).collect();
        for jobs in [2, 4] {
            for panic_in_sink in [false, true] {
                let result = std::panic::catch_unwind(|| {
                    ordered(
                        &items,
                        jobs,
                        |&i| {
                            assert!(panic_in_sink || i != 50, "work fails on 50");
                            Ok::<u32, ()>(i)
                        },
                        |i| {
                            assert!(!panic_in_sink || i != 50, "sink fails on 50");
                            Ok(())
                        },
                    )
                });
                assert!(result.is_err(), "jobs {jobs}, sink {panic_in_sink}");
            }
        }
    }

    #[test]
    fn the_first_error_stops_the_run() {
        let items: Vec<u32> = (0..1000).collect();
        let mut seen = 0;
        let result = ordered(
            &items,
            4,
            |&i| if i == 10 { Err(i) } else { Ok(i) },
            |_| {
                seen += 1;
                Ok(())
            },
        );
        assert_eq!(result, Err(10));
        assert_eq!(seen, 10, "items before the error are delivered, none after");
        let result = ordered(
            &items,
            2,
            |&i| Ok(i),
            |i| if i == 3 { Err(i) } else { Ok(()) },
        );
        assert_eq!(result, Err(3));
    }

    #[test]
    fn workers_stay_within_the_window() {
        let items: Vec<usize> = (0..200).collect();
        let started = AtomicUsize::new(0);
        let mut max_gap = 0;
        let mut delivered = 0;
        ordered(
            &items,
            2,
            |&i| {
                started.fetch_max(i, Ordering::Relaxed);
                Ok::<usize, ()>(i)
            },
            |_| {
                delivered += 1;
                max_gap = max_gap.max(started.load(Ordering::Relaxed).saturating_sub(delivered));
                Ok(())
            },
        )
        .unwrap();
        assert!(max_gap <= 2 * 4, "a worker ran {max_gap} items ahead");
    }
}
