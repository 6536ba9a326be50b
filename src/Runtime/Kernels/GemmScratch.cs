using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen;

/// <summary>
/// One grow-only, 64-byte aligned buffer per thread and element type for the packed panels of a matrix product, so the
/// products allocate nothing after a thread's first call at its largest size. Aligned panels make every vector load of
/// the micro-kernel stay within one cache line (an unaligned 64-byte load always spans two).
/// </summary>
internal static class GemmScratch<T>
    where T : unmanaged
{
    [ThreadStatic]
    private static T[]? _array;

    [ThreadStatic]
    private static int _offset;

    /// <summary>A buffer of at least <paramref name="length"/> elements starting on a 64-byte boundary; contents undefined.</summary>
    public static Span<T> Get(int length)
    {
        T[]? array = _array;
        if (array is null || array.Length - _offset < length)
        {
            // The pinned object heap never moves the array, so the alignment computed once stays valid.
            array = GC.AllocateUninitializedArray<T>(length + (64 / Unsafe.SizeOf<T>()), pinned: true);
            GCHandle handle = GCHandle.Alloc(array, GCHandleType.Pinned);
            nint address = handle.AddrOfPinnedObject();
            handle.Free();
            _offset = (int)((64 - (address & 63)) & 63) / Unsafe.SizeOf<T>();
            _array = array;
        }

        return array.AsSpan(_offset, length);
    }
}
