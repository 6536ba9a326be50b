using System.Numerics;

namespace LayerGen;

/// <summary>Small element-wise helpers shared by the kernels.</summary>
internal static class VectorOps
{
    /// <summary><c>destination += source</c> element-wise over <c>destination.Length</c> entries.</summary>
    public static void Add<T>(Span<T> destination, ReadOnlySpan<T> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= destination.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                (new Vector<T>(destination[i..]) + new Vector<T>(source[i..])).CopyTo(destination[i..]);
            }
        }

        for (; i < destination.Length; i++)
        {
            destination[i] += source[i];
        }
    }
}
