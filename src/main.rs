//! The `argmap` binary: parses arguments and hands over to the library.

mod cli;

/// mimalloc instead of the system allocator: the pipeline makes many small
/// short-lived allocations per sentence (see Cargo.toml for the measurement).
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// mimalloc as the global allocator, asking for an alignment only when the
/// layout needs more than a plain `mi_malloc` block has.
///
/// The `mimalloc` crate's allocator calls `mi_malloc_aligned` for every
/// allocation, which takes a slower path to test the alignment it was asked
/// for before reaching the same small-object pages (about 1.7% of all
/// instructions of a corpus run); nearly every Rust layout asks for no more
/// than a machine word. The test mirrors the one std's own `System`
/// allocator makes before calling plain `malloc`.
struct MiMalloc;

/// The alignment every `mi_malloc` block has at the least: block sizes are
/// whole machine words and pages start on a word. (mimalloc gives 16 bytes
/// for blocks of 16 or more, as a `malloc` must; a word is all this relies on.)
const WORD: usize = std::mem::size_of::<usize>();

/// True when a plain `mi_malloc` block of `size` bytes is aligned to `align`.
fn natural(align: usize, size: usize) -> bool {
    align <= WORD && align <= size
}

// SAFETY: every call forwards to mimalloc's allocation functions, which
// meet GlobalAlloc's contract for the layouts they are given: the aligned
// variants for any alignment, the plain ones only where `natural` holds.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if natural(layout.align(), new_size) {
            libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(test)]
mod tests {
    use super::{MiMalloc, WORD};
    use std::alloc::{GlobalAlloc, Layout};

    /// Blocks from the plain calls have the alignment their layouts ask for,
    /// and so do the aligned ones past a word.
    #[test]
    fn every_block_is_aligned_as_asked() {
        for size in 1..=4096 {
            for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a layout of non-zero size; each block is freed once.
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0, "{layout:?}");
                    let p = MiMalloc.realloc(p, layout, size * 3);
                    assert!(!p.is_null() && p as usize % align == 0, "{layout:?}");
                    MiMalloc.dealloc(p, Layout::from_size_align(size * 3, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!(!z.is_null() && z as usize % align == 0, "{layout:?}");
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
        assert_eq!(WORD, std::mem::size_of::<usize>());
    }
}
