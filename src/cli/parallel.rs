//! Work spread over threads, results delivered in input order.
//!
//! A corpus run reads, maps and lints each file on its own, so files are
//! handed to `jobs` threads; the caller's `sink` still sees results in the
//! order of the input, and no thread runs more than a small window ahead of
//! the sink, so memory stays bounded by the window, not the corpus.
//!
//! Two channels and a reorder buffer: the caller queues the indexes of the
//! window, the workers and the caller map them, and the caller delivers the
//! results in order. This replaced a pool written by hand with atomics, a
//! condition variable and a panic guard (about twice the code), because
//! the hand-written one did not win. Measured on the project's 2-core
//! machine while other sessions kept its load average at 2 to 9, so that
//! no run could show what a second thread gains; `--jobs 1` runs the same
//! serial loop with every pool, so its spread is the machine's noise.
//!
//! - `SCALES="1 10 100" benches/corpus.sh`, one run per pool, 10x corpus
//!   (2 400 essays, 10 MB): one thread 0.85 s by hand, 1.60 s this one;
//!   two threads 0.85 s and 0.95 s; its thread line 1.18x and 0.75x; 100x
//!   at two threads 13.8 s and 14.3 s. The load moved more than the pools.
//! - Interleaved, each round running every pool, `argmap --jobs N graph
//!   --format jsonl target/bench-corpus/corpus-10x` (fastest and median
//!   wall seconds):
//!
//! | pool | rounds | load | `--jobs 1` | `--jobs 2` |
//! | --- | --- | --- | --- | --- |
//! | by hand | 10 | 2.2 | 0.83, 0.92 | 0.84, 0.95 |
//! | crossbeam-channel (this) | 10 | 2.2 | 0.80, 0.99 | 0.85, 0.89 |
//! | by hand | 15 | 6.1 | 0.87, 1.33 | 0.82, 1.31 |
//! | crossbeam-channel (this) | 15 | 6.1 | 0.81, 1.28 | 0.96, 1.36 |
//! | by hand | 12 | 5.7 | 1.82, 2.29 | 1.89, 2.37 |
//! | rayon, a window at a time | 12 | 5.7 | 1.55, 2.03 | 1.73, 2.15 |
//! | crossbeam-channel, caller idle | 12 | 5.7 | 1.30, 2.13 | 1.76, 2.31 |
//!
//! A tie, so the pool with less code is kept. Rayon's is shorter still,
//! but it waits at the end of every window for its slowest file, leaves
//! the workers idle while the sink runs, and adds four crates to the
//! binary; crossbeam-channel is already built for `lsp-server`. On a quiet
//! machine, compare `benches/corpus.sh`'s thread line with the 1.78-1.89x
//! of the hand-written pool in `docs/performance.md`.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

/// The number of threads to use when the user does not say: the machine's cores.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Apply `work` to every item on `jobs` threads and pass the results to
/// `sink` in input order. The first error (from `work` or `sink`) stops the
/// run and is returned; later items may not be processed. A panic in `work`
/// or `sink` ends the run and is passed on.
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
    // How far ahead of the sink the threads may go.
    let window = jobs * 4;
    std::thread::scope(|scope| {
        // Dropping `todo` (on any return or panic) ends the workers once
        // the queue is empty.
        let (todo, queue) = crossbeam_channel::unbounded::<usize>();
        let (done, results) = crossbeam_channel::unbounded();
        for _ in 1..jobs {
            let (queue, done, work) = (queue.clone(), done.clone(), &work);
            scope.spawn(move || {
                for i in queue {
                    // A panic goes to the caller like a result, to be
                    // passed on in the caller's thread.
                    let result = panic::catch_unwind(AssertUnwindSafe(|| work(&items[i])));
                    if done.send((i, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let mut queued = 0;
        let mut pending = BTreeMap::new();
        for wanted in 0..items.len() {
            while queued < (wanted + window).min(items.len()) {
                todo.send(queued).expect("the caller holds the queue");
                queued += 1;
            }
            let result = loop {
                if let Some(result) = pending.remove(&wanted) {
                    break result;
                }
                if let Ok((i, result)) = results.try_recv() {
                    pending.insert(i, result);
                } else if let Ok(i) = queue.try_recv() {
                    // The caller's thread is one of the `jobs`: rather than
                    // sleep until a worker is done, it maps a queued item.
                    pending.insert(i, Ok(work(&items[i])));
                } else {
                    let (i, result) = results.recv().expect("a worker owes a result");
                    pending.insert(i, result);
                }
            };
            match result {
                Ok(result) => sink(result?)?,
                Err(panicked) => panic::resume_unwind(panicked),
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

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
