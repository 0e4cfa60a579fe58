//! The `argmap` binary: parses arguments and hands over to the library.

mod cli;

/// mimalloc instead of the system allocator: the pipeline makes many small
/// short-lived allocations per sentence (see Cargo.toml for the measurement).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
