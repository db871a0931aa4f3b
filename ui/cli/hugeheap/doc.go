// Package hugeheap asks Linux to back the Go heap with transparent huge
// pages, where the system leaves that to each program ("madvise" in
// /sys/kernel/mm/transparent_hugepage/enabled, the default of many
// distributions).
//
// byline's start and its analysis touch fresh heap memory page by page:
// the package initialisers of its libraries (chroma's lexers, above all)
// allocate about 7 MB before main, and `byline analyze` grows the heap as
// it goes. Each first touch of a 4 KB page is a page fault, and on the
// virtual machines byline was measured on a fault costs about 11 µs: a
// few thousand of them are a large part of the time to the first frame
// and of a short analysis. With huge pages a 2 MB region faults once.
// Measured side by side with BYLINE_HUGEPAGES=0 (the README says where).
//
// The Go runtime maps its heap as it grows and does not ask for huge pages
// itself, and the advice only holds for memory mapped when it is given;
// so the initialiser maps room ahead first: it allocates a large block,
// which the runtime maps, advises the heap mapped so far and drops the
// block. The runtime's first collection (which the block's size brings
// forward) frees it, and the heap then grows into its pages rather than
// past them. Nothing is touched: memory becomes resident only when used,
// as before, in 2 MB pieces where the kernel has them (4 KB pages where
// it has not).
//
// It runs from the package initialiser, before those of the large
// libraries: Go initialises packages in import-path order where their
// dependencies allow, and this one depends on the standard library only.
// main imports it for that effect. BYLINE_HUGEPAGES=0 turns it off.
package hugeheap
